package org.tierdesk.sla.boundary;

import java.util.List;
import java.util.Map;

/**
 * What to preview: either {@code calendar} and {@code targets}, or {@code policyId} (its calendar
 * and targets; with {@code line} a line code for a policy that counts in the line's calendar), from
 * {@code start} (an instant, e.g. 2027-01-06T14:30:00Z), minus optional {@code pauses}.
 *
 * <p>{@code calendar.week} maps MON..SUN to slots such as "09:00-13:00"; {@code calendar.holidays}
 * are "2027-01-07", "--01-07" (every year), optionally with hours off, "2027-01-07 13:00-18:00".
 * Targets are ISO-8601 durations, e.g. "PT4H".
 */
public record PreviewRequest(
    CalendarSpec calendar,
    Long policyId,
    String line,
    String start,
    TargetSpec targets,
    List<PauseSpec> pauses) {

  public record CalendarSpec(String zone, Map<String, List<String>> week, List<String> holidays) {}

  public record TargetSpec(String firstResponse, String nextResponse, String resolution) {}

  public record PauseSpec(String from, String to) {}
}
