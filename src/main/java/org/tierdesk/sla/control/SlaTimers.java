package org.tierdesk.sla.control;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tierdesk.platform.time.ClockShifted;

/**
 * When sweeps run on this node: every minute ({@code @Schedule}), and at the nearest deadline or
 * warning instant (a single-action timer, re-armed after every sweep and every clock change), so
 * warnings and breaches fire within seconds. Both timers are non-persistent: the state they act on
 * lives in database rows, so a node that goes away loses nothing and any node can sweep.
 */
@Singleton
@Startup
@DependsOn("DatabaseSetup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SlaTimers {

  /** The deadline timer fires at least this far ahead (bounds the rate of sweeps). */
  static final Duration MIN_DELAY = Duration.ofSeconds(1);

  /** ...and at most this far: the minute sweep covers the rest. */
  static final Duration MAX_DELAY = Duration.ofSeconds(60);

  /** After a start, the first sweep comes this soon, to fire what fell due while no node ran. */
  static final Duration FIRST_SWEEP = Duration.ofSeconds(10);

  private static final Logger LOG = Logger.getLogger(SlaTimers.class.getName());

  @Resource TimerService timerService;
  @Inject SlaSweep sweep;
  @Inject Clock clock;

  private final AtomicBoolean sweeping = new AtomicBoolean();
  private Timer armed;
  private Instant armedFor;

  /** Timers may fire while the application is still deploying; sweeps wait until it runs. */
  private volatile boolean started;

  /** Once the application runs: a first sweep soon, for what fell due while no node ran. */
  public void onStart(@Observes @Initialized(ApplicationScoped.class) Object application) {
    started = true;
    arm(clock.instant().plus(FIRST_SWEEP));
  }

  @Schedule(second = "0", minute = "*", hour = "*", persistent = false)
  public void everyMinute() {
    sweepHere(SlaFiring.BY_SCHEDULE);
  }

  @Timeout
  public void atDeadline(Timer timer) {
    synchronized (this) {
      if (timer.equals(armed)) {
        armed = null;
        armedFor = null;
      }
    }
    sweepHere(SlaFiring.BY_TIMER);
  }

  /** Clocks changed and committed: make sure the timer fires by their nearest check. */
  public void onScheduleChanged(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) SlaScheduleChanged change) {
    arm(change.nearestCheck());
  }

  /** The application clock jumped (tests): what became due should fire now, not in a minute. */
  public void onClockShifted(@Observes ClockShifted shift) {
    arm(clock.instant());
  }

  /**
   * Arms the deadline timer for {@code at} (within [now + 1 s, now + 60 s]) unless it is already
   * armed for an earlier instant.
   */
  public synchronized void arm(Instant at) {
    Instant now = clock.instant();
    Instant earliest = now.plus(MIN_DELAY);
    Instant target = at.isBefore(earliest) ? earliest : at;
    Instant latest = now.plus(MAX_DELAY);
    if (target.isAfter(latest)) {
      target = latest;
    }
    if (armed != null && armedFor != null && !target.isBefore(armedFor)) {
      return;
    }
    cancelArmed();
    armed =
        timerService.createSingleActionTimer(
            Duration.between(now, target).toMillis(), new TimerConfig(null, false));
    armedFor = target;
  }

  private void cancelArmed() {
    if (armed != null) {
      try {
        armed.cancel();
      } catch (RuntimeException alreadyGone) {
        // It fired or expired meanwhile; a new one is armed below.
      }
    }
    armed = null;
    armedFor = null;
  }

  /** One local sweep at a time per node; a trigger that finds one running is covered by it. */
  private void sweepHere(String trigger) {
    if (!started || !sweeping.compareAndSet(false, true)) {
      return;
    }
    try {
      SweepReport report = sweep.sweep(trigger);
      if (report.nextCheckAt() != null) {
        arm(report.nextCheckAt());
      }
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "SLA sweep failed; the next one retries", e);
    } finally {
      sweeping.set(false);
    }
  }
}
