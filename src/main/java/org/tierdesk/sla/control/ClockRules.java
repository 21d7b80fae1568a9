package org.tierdesk.sla.control;

import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.tierdesk.sla.entity.ClockState;
import org.tierdesk.sla.entity.SlaClock;
import org.tierdesk.sla.entity.SlaEventKind;

/**
 * How an SLA clock moves, in one business calendar: starting, pausing, resuming, completing,
 * reopening, changing target, and firing its warning and deadline. Pure logic over the clock's
 * fields and instants given by the caller, so every rule is testable without a container.
 *
 * <p>The clock keeps the business time used up to {@code runningSince}; each pause, completion or
 * change of policy first adds the time since then (a checkpoint), so consumed time survives any
 * later change of target or calendar. Deadline and warning are computed from the checkpoint:
 * deadline when the target is used up, warning when {@code warningPercent} of it is.
 *
 * <p>Callers fire what is due ({@link #fireDue}) before they complete or pause a clock, so a
 * deadline that passed moments before a reply still counts as a breach.
 */
public final class ClockRules {

  private static final Logger LOG = Logger.getLogger(ClockRules.class.getName());
  private static final int NO_WARNING_PERCENT = 100;

  private final BusinessCalendar calendar;

  public ClockRules(BusinessCalendar calendar) {
    this.calendar = calendar;
  }

  /** Starts the clock's next cycle from zero at {@code at}, standing still if {@code paused}. */
  public void start(SlaClock clock, Instant at, boolean paused) {
    clock.beginCycle(at);
    schedule(clock);
    if (paused) {
      pause(clock, at);
    }
  }

  /** Stops counting while the ticket waits (e.g. for the requester); keeps the time used. */
  public void pause(SlaClock clock, Instant at) {
    if (!clock.isOpen() || !clock.isCounting()) {
      return;
    }
    checkpoint(clock, calendar, at);
    clock.stopCounting();
    clock.openPause(at);
    if (clock.getState() == ClockState.RUNNING) {
      clock.changeState(ClockState.PAUSED);
    }
    schedule(clock);
  }

  /** Counts again from {@code at}, with a deadline moved by the business time of the pause. */
  public void resume(SlaClock clock, Instant at) {
    if (!clock.isOpen() || clock.isCounting()) {
      return;
    }
    clock.closePause(at);
    clock.countFrom(at);
    if (clock.getState() == ClockState.PAUSED) {
      clock.changeState(ClockState.RUNNING);
    }
    schedule(clock);
  }

  /**
   * The work is done: MET if the deadline was not passed, else it stays BREACHED. A running clock
   * whose deadline passed unnoticed also counts as breached (defensive; callers fire first).
   */
  public void complete(SlaClock clock, Instant at) {
    if (!clock.isOpen()) {
      return;
    }
    if (clock.isCounting()) {
      checkpoint(clock, calendar, at);
      clock.stopCounting();
    }
    if (clock.isPaused()) {
      clock.closePause(at);
    }
    if (clock.getState() == ClockState.RUNNING && isPast(clock.getDueAt(), at)) {
      clock.changeState(ClockState.BREACHED);
      clock.markBreached(clock.getDueAt());
    } else if (clock.getState() != ClockState.BREACHED) {
      clock.changeState(ClockState.MET);
    }
    clock.markCompleted(at);
    clock.schedule(clock.getDueAt(), null, null);
  }

  /**
   * Resumes a completed clock (a reopened ticket): the time used so far still counts, a breach
   * stays a breach, and a met clock runs again towards the rest of its target.
   */
  public void reopen(SlaClock clock, Instant at, boolean paused) {
    if (clock.isOpen()) {
      return;
    }
    clock.markCompleted(null);
    if (clock.getState() == ClockState.MET) {
      clock.changeState(ClockState.RUNNING);
    }
    clock.countFrom(at);
    schedule(clock);
    if (paused) {
      pause(clock, at);
    }
  }

  /**
   * Puts the clock under another policy (or the same policy with other targets or calendar),
   * keeping the business time used so far: the time since the last checkpoint is counted in the
   * {@code previous} calendar, the rest in this one.
   */
  public void retarget(
      SlaClock clock,
      BusinessCalendar previous,
      long policyId,
      Duration target,
      int warningPercent,
      Instant at) {
    if (clock.isOpen() && clock.isCounting()) {
      checkpoint(clock, previous, at);
    }
    clock.governBy(policyId, Math.toIntExact(target.toMinutes()), warningPercent);
    schedule(clock);
  }

  /**
   * Fires what is due at {@code now} on a running clock: the breach if the deadline has come (the
   * warning is then skipped: it would come too late to help), else the warning if its instant has
   * come. Returns what fired, or null; each fires at most once per cycle.
   */
  public static SlaEventKind fireDue(SlaClock clock, Instant now) {
    if (clock.getState() != ClockState.RUNNING || !clock.isOpen()) {
      return null;
    }
    SlaEventKind kind = dueKind(clock.getDueAt(), clock.getWarnAt(), clock.getWarnedAt(), now);
    if (kind == SlaEventKind.BREACH) {
      clock.changeState(ClockState.BREACHED);
      clock.markBreached(clock.getDueAt());
      clock.schedule(clock.getDueAt(), null, null);
      return SlaEventKind.BREACH;
    }
    if (kind == SlaEventKind.WARNING) {
      clock.markWarned(clock.getWarnAt());
      clock.schedule(clock.getDueAt(), null, clock.getDueAt());
      return SlaEventKind.WARNING;
    }
    Instant warn = clock.getWarnedAt() == null ? clock.getWarnAt() : null;
    clock.schedule(clock.getDueAt(), warn, warn != null ? warn : clock.getDueAt());
    return null;
  }

  /**
   * What is due at {@code now} on an open running clock with these instants: the breach once the
   * deadline has come (a warning then would come too late to help), else the warning once its
   * instant has come and it has not fired yet, else nothing. The rule {@link #fireDue} applies and
   * the sweep's set-based firing shares.
   */
  public static SlaEventKind dueKind(Instant dueAt, Instant warnAt, Instant warnedAt, Instant now) {
    if (isPast(dueAt, now)) {
      return SlaEventKind.BREACH;
    }
    if (warnedAt == null && isPast(warnAt, now)) {
      return SlaEventKind.WARNING;
    }
    return null;
  }

  /** Business time used by {@code at}, including the running stretch since the last checkpoint. */
  public Duration consumedAt(SlaClock clock, Instant at) {
    if (!clock.isCounting() || !at.isAfter(clock.getRunningSince())) {
      return clock.consumed();
    }
    return clock.consumed().plus(calendar.businessTimeBetween(clock.getRunningSince(), at));
  }

  /** Business time left before the deadline at {@code at}; negative once it is overrun. */
  public Duration remainingAt(SlaClock clock, Instant at) {
    return clock.target().minus(consumedAt(clock, at));
  }

  /** Computes deadline, warning and next check again from the clock's checkpoint. */
  public void schedule(SlaClock clock) {
    if (!clock.isOpen()) {
      return;
    }
    if (clock.getState() == ClockState.BREACHED) {
      clock.schedule(clock.getDueAt(), null, null);
      return;
    }
    if (clock.getState() != ClockState.RUNNING || !clock.isCounting()) {
      clock.schedule(null, null, null);
      return;
    }
    Instant due = after(clock, clock.target());
    Instant warn = clock.getWarnedAt() == null ? after(clock, warningThreshold(clock)) : null;
    if (warn != null && (due == null || !warn.isBefore(due))) {
      warn = null;
    }
    clock.schedule(due, warn, warn != null ? warn : due);
  }

  /** The business time used when the warning fires; null for no warning. */
  private static Duration warningThreshold(SlaClock clock) {
    if (clock.getWarningPercent() >= NO_WARNING_PERCENT) {
      return null;
    }
    return Duration.ofMillis(clock.target().toMillis() * clock.getWarningPercent() / 100);
  }

  /** When the clock will have used {@code used} in total; null if never (no working time). */
  private Instant after(SlaClock clock, Duration used) {
    if (used == null) {
      return null;
    }
    Duration left = used.minus(clock.consumed());
    try {
      return calendar.addBusinessTime(
          clock.getRunningSince(), left.isNegative() ? Duration.ZERO : left);
    } catch (IllegalStateException noWorkingTime) {
      LOG.warning(
          () -> "SLA clock " + clock.getId() + " never comes due: " + noWorkingTime.getMessage());
      return null;
    }
  }

  private static void checkpoint(SlaClock clock, BusinessCalendar in, Instant at) {
    if (at.isAfter(clock.getRunningSince())) {
      clock.useUp(clock.consumed().plus(in.businessTimeBetween(clock.getRunningSince(), at)));
    }
    clock.countFrom(at);
  }

  private static boolean isPast(Instant instant, Instant now) {
    return instant != null && !instant.isAfter(now);
  }
}
