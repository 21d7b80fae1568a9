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
 * One pass over the due clocks: claim and fire them in batches (each batch one transaction), then
 * run the actions that are pending. Any node may sweep at any time, several at once; the database
 * decides who fires what ({@link SlaFiring}). Its cost grows with the number of due clocks, found
 * through an index, not with the number of open tickets.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SlaSweep {

  /** Clocks claimed per transaction. */
  public static final int BATCH = 200;

  /** Actions run per sweep; the rest wait for the next one. */
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
    long deadline = System.nanoTime() + BUDGET.toNanos();
    List<FiredEvent> fired = new ArrayList<>();
    SlaFiring.Batch batch;
    do {
      batch = claimAndFire(now, trigger);
      fired.addAll(batch.fired());
    } while (batch.claimed() == BATCH && System.nanoTime() < deadline);
    List<String> done = runPendingActions();
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
