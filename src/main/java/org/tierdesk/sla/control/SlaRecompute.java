package org.tierdesk.sla.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Recomputes the open clocks an SLA configuration edit governs, in the background and in batches
 * ({@link #BATCH} tickets per transaction), after the edit has committed. Agents keep working: a
 * batch locks only the SLA rows of its tickets, briefly; a batch that meets a concurrent change is
 * retried, then its tickets one by one.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SlaRecompute {

  public static final int BATCH = 500;
  private static final Logger LOG = Logger.getLogger(SlaRecompute.class.getName());

  @Inject RecomputeBatches batches;
  @Resource SessionContext context;

  /** Starts the recomputation once the edit that asked for it has committed. */
  public void onEdited(@Observes(during = TransactionPhase.AFTER_SUCCESS) RecomputeScope scope) {
    context.getBusinessObject(SlaRecompute.class).recompute(scope);
  }

  @Asynchronous
  public void recompute(RecomputeScope scope) {
    long after = 0;
    int done = 0;
    List<Long> ids;
    do {
      ids = batches.nextTicketIds(scope, after, BATCH);
      if (ids.isEmpty()) {
        break;
      }
      reselect(ids);
      done += ids.size();
      after = ids.get(ids.size() - 1);
    } while (ids.size() == BATCH);
    int total = done;
    LOG.info(() -> "SLA recomputation " + scope + " done for " + total + " open tickets");
  }

  private void reselect(List<Long> ids) {
    try {
      batches.reselect(ids);
    } catch (EJBException first) {
      try {
        batches.reselect(ids);
      } catch (EJBException again) {
        ids.forEach(this::reselectAlone);
      }
    }
  }

  private void reselectAlone(long ticketId) {
    try {
      batches.reselect(List.of(ticketId));
    } catch (EJBException e) {
      LOG.log(Level.WARNING, "SLA recomputation skipped ticket " + ticketId, e);
    }
  }
}
