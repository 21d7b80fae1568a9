package org.tierdesk.sla.control;

import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One pass over the due clocks: claim and fire them in batches (each batch one transaction, written
 * set-based, with the notifications of events whose actions only notify), then run the actions that
 * are still pending: notifications set-based, a batch per transaction (events fired through the
 * entity path), and the actions that change tickets (escalation, priority) one event at a time. Any
 * node may sweep at any time, several at once; the database decides who fires what ({@link
 * SlaFiring}). Its cost grows with the number of due clocks, found through an index, not with the
 * number of open tickets.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SlaSweep {

  /**
   * Clocks claimed per transaction. Firing is set-based (a few statements per batch, not per
   * clock), so a big batch is cheap and saves the fixed cost of a transaction (claim, policies,
   * sequences, ticket digests, commit); it stays bounded so that a transaction holds its row locks
   * for well under a second and a failed batch (retried clock by clock) stays small.
   */
  public static final int BATCH = 2000;

  /** Pending events per transaction of the bulk notification pass. */
  static final int NOTIFY_BATCH = 1000;

  /** Events whose actions change the ticket, run one by one per sweep; the rest wait. */
  static final int MAX_ACTIONS = 500;

  /** A sweep stops claiming after this long so that the next minute's sweep starts fresh. */
  static final Duration BUDGET = Duration.ofSeconds(50);

  /** How long a clock that cannot fire is left alone before it is tried again. */
  static final Duration RETRY_AFTER = Duration.ofMinutes(1);

  private static final Logger LOG = Logger.getLogger(SlaSweep.class.getName());

  @Inject SlaFiring firing;
  @Inject SlaActions actions;
  @Inject Clock clock;

  public SweepReport sweep(String trigger) {
    Instant now = clock.instant();
    long started = System.nanoTime();
    long deadline = started + BUDGET.toNanos();
    List<FiredEvent> fired = new ArrayList<>();
    List<String> done = new ArrayList<>();
    SlaFiring.Batch batch;
    do {
      batch = claimAndFire(now, trigger);
      fired.addAll(batch.fired());
      done.addAll(batch.done());
    } while (batch.claimed() == BATCH && System.nanoTime() < deadline);
    long firedAt = System.nanoTime();
    done.addAll(runNotifications(deadline));
    long notifiedAt = System.nanoTime();
    done.addAll(runPendingActions());
    long ended = System.nanoTime();
    if (!fired.isEmpty() || !done.isEmpty()) {
      LOG.info(
          () ->
              String.format(
                  "SLA sweep (%s): fired %d events in %d ms; notifications %d ms,"
                      + " other actions %d ms; %d actions done",
                  trigger,
                  fired.size(),
                  (firedAt - started) / 1_000_000,
                  (notifiedAt - firedAt) / 1_000_000,
                  (ended - notifiedAt) / 1_000_000,
                  done.size()));
    }
    return new SweepReport(now, fired, done, firing.nearestCheck().orElse(null));
  }

  private SlaFiring.Batch claimAndFire(Instant now, String trigger) {
    try {
      return firing.fireDue(now, BATCH, trigger);
    } catch (EJBException | PersistenceException e) {
      LOG.log(Level.WARNING, "SLA batch failed; firing its clocks one by one", e);
      return oneByOne(now, trigger);
    }
  }

  /** After a failed batch: each clock alone, and one that still fails is postponed. */
  private SlaFiring.Batch oneByOne(Instant now, String trigger) {
    List<FiredEvent> fired = new ArrayList<>();
    List<Long> ids = firing.dueIds(now, BATCH);
    for (long id : ids) {
      try {
        fired.addAll(firing.fireOne(id, now, trigger).fired());
      } catch (EJBException | PersistenceException e) {
        LOG.log(Level.SEVERE, "SLA clock " + id + " cannot fire; retrying in " + RETRY_AFTER, e);
        firing.postpone(id, now.plus(RETRY_AFTER));
      }
    }
    return new SlaFiring.Batch(0, fired);
  }

  /** Notification-only actions, set-based, a batch per transaction (see SlaActions). */
  private List<String> runNotifications(long deadline) {
    List<String> done = new ArrayList<>();
    long after = 0;
    SlaActions.BulkPass pass;
    do {
      try {
        pass = actions.runNotificationsOnly(after, NOTIFY_BATCH);
      } catch (EJBException | PersistenceException e) {
        // The events stay pending; the one-by-one pass below and later sweeps retry them.
        LOG.log(Level.WARNING, "SLA notification batch failed; running actions one by one", e);
        break;
      }
      done.addAll(pass.done());
      after = pass.lastEventId();
    } while (pass.examined() == NOTIFY_BATCH && System.nanoTime() < deadline);
    return done;
  }

  private List<String> runPendingActions() {
    List<String> done = new ArrayList<>();
    for (long eventId : actions.pending(MAX_ACTIONS)) {
      try {
        actions.run(eventId).forEach(action -> done.add(eventId + ":" + action));
      } catch (EJBException | PersistenceException e) {
        LOG.log(Level.SEVERE, "Actions of SLA event " + eventId + " failed", e);
        actions.countFailedAttempt(eventId);
      }
    }
    return done;
  }
}
