package org.tierdesk.sla.boundary;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import org.tierdesk.sla.entity.ClockState;
import org.tierdesk.sla.entity.SlaMetric;

/**
 * One SLA clock of a ticket, for countdown badges and reports.
 *
 * <ul>
 *   <li>{@code state}: RUNNING, PAUSED, MET or BREACHED; {@code badge}: GREEN (running or paused,
 *       before the warning), AMBER (warned), RED (breached), DONE (met).
 *   <li>{@code dueAt}: the deadline (null while paused); {@code warnAt}: the warning instant still
 *       to come; {@code warnedAt}/{@code breachedAt}: when warning and deadline were reached.
 *   <li>{@code businessTime}: business time used so far (or in total, once done); {@code
 *       calendarTime}: wall-clock time since the clock started (or until done); {@code remaining}:
 *       business time left, negative once overrun.
 * </ul>
 */
public record ClockView(
    SlaMetric metric,
    ClockState state,
    Badge badge,
    String policy,
    Instant startedAt,
    Instant dueAt,
    Instant warnAt,
    Instant warnedAt,
    Instant breachedAt,
    Instant completedAt,
    boolean paused,
    Duration target,
    Duration businessTime,
    Duration calendarTime,
    Duration remaining)
    implements Serializable {

  /** The colour of a countdown badge. */
  public enum Badge {
    GREEN,
    AMBER,
    RED,
    DONE
  }
}
