package org.tierdesk.sla.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tierdesk.directory.boundary.RequesterChanged;
import org.tierdesk.directory.entity.Person;
import org.tierdesk.sla.entity.FirstResponseBy;
import org.tierdesk.sla.entity.SlaClock;
import org.tierdesk.sla.entity.SlaMetric;
import org.tierdesk.sla.entity.SlaPolicy;
import org.tierdesk.sla.entity.SlaTicket;
import org.tierdesk.sla.entity.TicketFacts;
import org.tierdesk.ticket.boundary.TicketChanged;
import org.tierdesk.ticket.entity.Ticket;
import org.tierdesk.ticket.entity.TicketEvent;
import org.tierdesk.ticket.entity.TicketEventType;
import org.tierdesk.ticket.entity.TicketStatus;

/**
 * Keeps a ticket's SLA clocks in step with the ticket, in the same transaction as each change:
 * starts them on creation, meets, pauses, resumes and reopens them as the ticket moves, and chooses
 * the policy again (keeping the time used) whenever the facts it depends on change.
 *
 * <p>Rows are locked in one order everywhere (ticket, then its SLA row, then its clocks), so the
 * ticket change, the sweep and the recomputation after a policy edit never deadlock; the clock rows
 * are read with a row lock so that a sweep firing at the same moment makes this wait instead of
 * failing on a stale version.
 */
@ApplicationScoped
public class ClockKeeper {

  @PersistenceContext EntityManager em;
  @Inject PolicyCatalog policies;
  @Inject CalendarStore calendars;
  @Inject SlaFiring firing;
  @Inject Event<SlaScheduleChanged> scheduleChanged;
  @Inject Clock time;
  @Inject StartedClocks started;

  /** Follows every ticket change except the SLA's own history entries. */
  void onTicketChanged(@Observes TicketChanged change) {
    List<TicketEvent> events =
        change.events().stream().filter(event -> !event.getType().isSla()).toList();
    if (events.isEmpty()) {
      return;
    }
    Ticket ticket = change.ticket();
    Instant now = events.get(events.size() - 1).getOccurredAt();
    // A ticket created in this transaction has no SLA row yet: nothing to read or lock.
    SlaTicket sla =
        Ticket.createdIn(events)
            ? null
            : em.find(SlaTicket.class, ticket.getId(), LockModeType.PESSIMISTIC_WRITE);
    Governance governance = govern(factsOf(ticket), policies.currentMatcher());
    Map<SlaMetric, SlaClock> clocks;
    if (sla == null) {
      sla =
          new SlaTicket(
              ticket.getId(),
              ticket.getRequester().getId(),
              governance.facts(),
              governance.policy().getId(),
              governance.calendarId());
      em.persist(sla);
      clocks = startClocks(ticket, governance);
      started.record(ticket.getId(), governance.policy().getName(), clocks);
    } else {
      clocks = lockedClocks(ticket.getId());
      fireDue(clocks, now);
      adopt(sla, governance, clocks, now);
    }
    for (TicketEvent event : events) {
      apply(event, ticket, governance, clocks, now);
    }
    holdOrRun(governance, clocks, now);
    announce(clocks);
  }

  /**
   * Chooses the policy of an existing ticket again from its stored facts, after a policy, calendar
   * or line calendar edit; in the caller's transaction.
   */
  public void reselect(long ticketId, PolicyMatcher matcher, Instant now) {
    SlaTicket sla = em.find(SlaTicket.class, ticketId, LockModeType.PESSIMISTIC_WRITE);
    if (sla == null || !sla.isActive()) {
      return;
    }
    reselect(sla, matcher, now);
  }

  private void reselect(SlaTicket sla, PolicyMatcher matcher, Instant now) {
    Governance governance = govern(sla.facts(), matcher);
    Map<SlaMetric, SlaClock> clocks = lockedClocks(sla.getTicketId());
    fireDue(clocks, now);
    adopt(sla, governance, clocks, now);
    holdOrRun(governance, clocks, now);
    announce(clocks);
  }

  /**
   * Takes in a requester's new organisation unit or VIP mark and chooses the policies of their open
   * tickets again, in the transaction that changed the person (requesters have few open tickets).
   */
  void onRequesterChanged(@Observes RequesterChanged change) {
    // Locked as they are read: locking a row already read would refresh it and lose the change.
    List<SlaTicket> open =
        em.createNamedQuery(SlaTicket.OPEN_OF_REQUESTER, SlaTicket.class)
            .setParameter("requesterId", change.personId())
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    if (open.isEmpty()) {
      return;
    }
    PolicyMatcher matcher = policies.matcher();
    Instant now = time.instant();
    for (SlaTicket sla : open) {
      sla.requesterChanged(change.vip(), change.orgUnitId());
      reselect(sla, matcher, now);
    }
  }

  /** The policy, calendar and clock rules that apply to a ticket with these facts. */
  private record Governance(
      TicketFacts facts, SlaPolicy policy, Long calendarId, BusinessCalendar calendar) {

    ClockRules rules() {
      return new ClockRules(calendar);
    }

    boolean pauses() {
      return policy.pausesIn(facts.status());
    }
  }

  private Governance govern(TicketFacts facts, PolicyMatcher matcher) {
    SlaPolicy policy = matcher.select(facts);
    Long calendarId =
        calendars.resolve(policy, facts.lineId(), facts.requesterUnitId(), matcher.units());
    return new Governance(facts, policy, calendarId, calendars.of(calendarId));
  }

  private static TicketFacts factsOf(Ticket ticket) {
    return new TicketFacts(
        ticket.getStatus(),
        ticket.getPriority(),
        ticket.getCategory() == null ? null : ticket.getCategory().getId(),
        ticket.getLine().getId(),
        ticket.getChannel(),
        ticket.getRequester().isVip(),
        ticket.getRequester().getOrgUnitId());
  }

  private Map<SlaMetric, SlaClock> startClocks(Ticket ticket, Governance governance) {
    Map<SlaMetric, SlaClock> clocks = new EnumMap<>(SlaMetric.class);
    for (SlaMetric metric : List.of(SlaMetric.FIRST_RESPONSE, SlaMetric.RESOLUTION)) {
      clocks.put(metric, startClock(ticket.getId(), metric, governance, ticket.getCreatedAt()));
    }
    return clocks;
  }

  private SlaClock startClock(long ticketId, SlaMetric metric, Governance governance, Instant at) {
    SlaClock clock = new SlaClock(ticketId, metric);
    SlaPolicy policy = governance.policy();
    clock.governBy(
        policy.getId(),
        Math.toIntExact(policy.targetOf(metric).toMinutes()),
        policy.getWarningPercent());
    em.persist(clock);
    governance.rules().start(clock, at, governance.pauses());
    return clock;
  }

  private Map<SlaMetric, SlaClock> lockedClocks(long ticketId) {
    started.forget(ticketId);
    Map<SlaMetric, SlaClock> clocks = new EnumMap<>(SlaMetric.class);
    em.createNamedQuery(SlaClock.OF_TICKET, SlaClock.class)
        .setParameter("ticketId", ticketId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList()
        .forEach(clock -> clocks.put(clock.getMetric(), clock));
    return clocks;
  }

  /** A deadline that passed moments ago (before the sweep saw it) still fires first. */
  private void fireDue(Map<SlaMetric, SlaClock> clocks, Instant now) {
    for (SlaClock clock : clocks.values()) {
      firing.fire(clock, now, SlaFiring.BY_CHANGE);
    }
  }

  /**
   * Puts the clocks under the chosen policy and calendar, keeping the business time they used; with
   * nothing changed it only recomputes deadlines (which picks up an edited calendar).
   */
  private void adopt(
      SlaTicket sla, Governance governance, Map<SlaMetric, SlaClock> clocks, Instant now) {
    SlaPolicy policy = governance.policy();
    boolean calendarChanged = !Objects.equals(sla.getCalendarId(), governance.calendarId());
    BusinessCalendar previous = calendars.of(sla.getCalendarId());
    for (SlaClock clock : clocks.values()) {
      int target = Math.toIntExact(policy.targetOf(clock.getMetric()).toMinutes());
      boolean changed =
          calendarChanged
              || clock.getPolicyId() != policy.getId()
              || clock.getTargetMinutes() != target
              || clock.getWarningPercent() != policy.getWarningPercent();
      if (changed) {
        governance
            .rules()
            .retarget(
                clock,
                previous,
                policy.getId(),
                policy.targetOf(clock.getMetric()),
                policy.getWarningPercent(),
                now);
      } else {
        governance.rules().schedule(clock);
      }
    }
    sla.observe(governance.facts());
    sla.governBy(policy.getId(), governance.calendarId());
  }

  private void apply(
      TicketEvent event,
      Ticket ticket,
      Governance governance,
      Map<SlaMetric, SlaClock> clocks,
      Instant now) {
    boolean bySupport = isSupport(event.getActor(), ticket);
    TicketEventType type = event.getType();
    if (type == TicketEventType.REPLY && !event.isInternal()) {
      if (bySupport) {
        answered(governance, clocks, FirstResponseBy.PUBLIC_REPLY, now);
        complete(governance, clocks.get(SlaMetric.NEXT_RESPONSE), now);
      } else if (event.getActor() != null) {
        requesterWrote(ticket.getId(), governance, clocks, now);
      }
    } else if (type == TicketEventType.STATUS_CHANGED) {
      statusChanged(TicketStatus.valueOf(event.getNewValue()), governance, clocks, now);
      if (bySupport) {
        answered(governance, clocks, FirstResponseBy.STATUS_CHANGE, now);
      }
    } else if (type == TicketEventType.ASSIGNED && bySupport && event.getNewValue() != null) {
      answered(governance, clocks, FirstResponseBy.ASSIGNMENT, now);
    }
  }

  /** Support did something the policy counts as the first response. */
  private static void answered(
      Governance governance,
      Map<SlaMetric, SlaClock> clocks,
      FirstResponseBy activity,
      Instant now) {
    if (governance.policy().respondsBy(activity)) {
      complete(governance, clocks.get(SlaMetric.FIRST_RESPONSE), now);
    }
  }

  /**
   * A requester's public message starts the next-response clock, unless the first response is still
   * awaited (then that clock already measures the wait) or an earlier message still is.
   */
  private void requesterWrote(
      long ticketId, Governance governance, Map<SlaMetric, SlaClock> clocks, Instant now) {
    SlaClock first = clocks.get(SlaMetric.FIRST_RESPONSE);
    if (first != null && first.isOpen()) {
      return;
    }
    SlaClock next = clocks.get(SlaMetric.NEXT_RESPONSE);
    if (next == null) {
      clocks.put(
          SlaMetric.NEXT_RESPONSE, startClock(ticketId, SlaMetric.NEXT_RESPONSE, governance, now));
    } else if (!next.isOpen()) {
      governance.rules().start(next, now, governance.pauses());
    }
  }

  private static void statusChanged(
      TicketStatus status, Governance governance, Map<SlaMetric, SlaClock> clocks, Instant now) {
    if (status == TicketStatus.RESOLVED || status == TicketStatus.CLOSED) {
      clocks.values().forEach(clock -> complete(governance, clock, now));
    } else if (status == TicketStatus.REOPENED) {
      SlaClock resolution = clocks.get(SlaMetric.RESOLUTION);
      if (resolution != null) {
        governance.rules().reopen(resolution, now, governance.pauses());
      }
    }
  }

  private static void complete(Governance governance, SlaClock clock, Instant now) {
    if (clock != null) {
      governance.rules().complete(clock, now);
    }
  }

  /** Clocks stand still while the ticket is in one of the policy's pause statuses. */
  private static void holdOrRun(
      Governance governance, Map<SlaMetric, SlaClock> clocks, Instant now) {
    boolean pause = governance.pauses();
    for (SlaClock clock : clocks.values()) {
      if (pause) {
        governance.rules().pause(clock, now);
      } else {
        governance.rules().resume(clock, now);
      }
    }
  }

  private void announce(Map<SlaMetric, SlaClock> clocks) {
    clocks.values().stream()
        .map(SlaClock::getNextCheckAt)
        .filter(Objects::nonNull)
        .min(Instant::compareTo)
        .ifPresent(nearest -> scheduleChanged.fire(new SlaScheduleChanged(nearest)));
  }

  /** Support is an agent acting on someone else's ticket; the system (no actor) is not. */
  private static boolean isSupport(Person actor, Ticket ticket) {
    return actor != null && actor.isAgent() && !ticket.isRequester(actor);
  }
}
