package org.tierdesk.sla.boundary;

import java.util.List;

/**
 * A policy as an admin enters it, and as the REST API takes it. Values are text so that every
 * mistake is reported on its field ({@code targets.firstResponse}, {@code conditions.lines[1]}).
 *
 * <ul>
 *   <li>{@code conditions}: priorities, category and line codes, channels, and {@code vip} (true:
 *       VIP requesters only, false: others only, null: anyone), organisation-unit codes (requesters
 *       in those units or below them); an empty or missing list matches anything. The fallback
 *       policy takes no conditions.
 *   <li>{@code targets}: business time as ISO-8601 durations in whole minutes ({@code PT4H}).
 *   <li>{@code warningPercent}: 1-100 (100: no warning); default 80.
 *   <li>{@code calendarId}: null counts in the ticket's line's calendar, else around the clock.
 *   <li>{@code pauseStatuses}: default WAITING_FOR_REQUESTER and WAITING_FOR_DEVELOPMENT; {@code
 *       firstResponseBy}: default PUBLIC_REPLY (also STATUS_CHANGE, ASSIGNMENT); actions:
 *       NOTIFY_ASSIGNEE, NOTIFY_LINE_LEADS, NOTIFY_REQUESTER, ESCALATE_TO_NEXT_LINE,
 *       RAISE_PRIORITY.
 *   <li>{@code version}: the version the admin saw (required to update).
 * </ul>
 */
public record PolicyForm(
    String name,
    Conditions conditions,
    Targets targets,
    Integer warningPercent,
    Long calendarId,
    List<String> pauseStatuses,
    List<String> firstResponseBy,
    List<String> warningActions,
    List<String> breachActions,
    Long version) {

  public record Conditions(
      List<String> priorities,
      List<String> categories,
      List<String> lines,
      List<String> channels,
      Boolean vip,
      List<String> orgUnits) {}

  public record Targets(String firstResponse, String nextResponse, String resolution) {}
}
