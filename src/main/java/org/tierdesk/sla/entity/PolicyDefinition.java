package org.tierdesk.sla.entity;

import java.util.EnumSet;
import java.util.Set;
import org.tierdesk.ticket.entity.Channel;
import org.tierdesk.ticket.entity.Priority;
import org.tierdesk.ticket.entity.TicketStatus;

/**
 * Everything an admin defines about a policy, already validated. Empty condition sets match any
 * ticket; {@code requesterVip} null matches any requester; {@code orgUnitIds} match requesters in
 * those units or below them. Targets are business minutes; {@code calendarId} null means "the
 * ticket's line's calendar, else around the clock".
 */
public record PolicyDefinition(
    String name,
    Set<Priority> priorities,
    Set<Long> categoryIds,
    Set<Long> lineIds,
    Set<Channel> channels,
    Boolean requesterVip,
    Set<Long> orgUnitIds,
    int firstResponseMinutes,
    int nextResponseMinutes,
    int resolutionMinutes,
    int warningPercent,
    Long calendarId,
    Set<TicketStatus> pauseStatuses,
    Set<FirstResponseBy> firstResponseBy,
    Set<SlaAction> warningActions,
    Set<SlaAction> breachActions) {

  public PolicyDefinition {
    priorities = Set.copyOf(priorities);
    categoryIds = Set.copyOf(categoryIds);
    lineIds = Set.copyOf(lineIds);
    channels = Set.copyOf(channels);
    orgUnitIds = Set.copyOf(orgUnitIds);
    pauseStatuses = Set.copyOf(pauseStatuses);
    firstResponseBy = Set.copyOf(firstResponseBy);
    warningActions = Set.copyOf(warningActions);
    breachActions = Set.copyOf(breachActions);
  }

  /** The defaults of a new policy: waiting (for the requester, for development) pauses. */
  public static Set<TicketStatus> defaultPauseStatuses() {
    return EnumSet.of(TicketStatus.WAITING_FOR_REQUESTER, TicketStatus.WAITING_FOR_DEVELOPMENT);
  }

  public static Set<FirstResponseBy> defaultFirstResponseBy() {
    return EnumSet.of(FirstResponseBy.PUBLIC_REPLY);
  }

  /** True if the policy has no conditions at all, as the fallback must be. */
  public boolean matchesEverything() {
    return priorities.isEmpty()
        && categoryIds.isEmpty()
        && lineIds.isEmpty()
        && channels.isEmpty()
        && requesterVip == null
        && orgUnitIds.isEmpty();
  }
}
