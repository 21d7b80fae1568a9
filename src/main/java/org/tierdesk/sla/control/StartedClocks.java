package org.tierdesk.sla.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.tierdesk.sla.entity.SlaClock;
import org.tierdesk.sla.entity.SlaMetric;

/**
 * The clocks that tickets created in the current transaction started, so that the answer to a
 * creation shows its SLA from them instead of reading back the rows just written (a flush and two
 * queries per creation). An entry holds the managed clocks themselves, so it shows their state at
 * the time of asking; it is dropped as soon as anything reads the ticket's clocks to change them,
 * which then goes back to the database as before.
 */
@ApplicationScoped
public class StartedClocks {

  /** A ticket's clocks as started, under the name of the policy that governs them. */
  public record Started(String policyName, Map<SlaMetric, SlaClock> clocks) {}

  private static final Object KEY = StartedClocks.class;

  @Resource TransactionSynchronizationRegistry transactions;

  void record(long ticketId, String policyName, Map<SlaMetric, SlaClock> clocks) {
    byTicket(true).put(ticketId, new Started(policyName, clocks));
  }

  void forget(long ticketId) {
    Map<Long, Started> started = byTicket(false);
    if (started != null) {
      started.remove(ticketId);
    }
  }

  /** The clocks the ticket started in this transaction, if it was created in it. */
  public Optional<Started> of(long ticketId) {
    Map<Long, Started> started = byTicket(false);
    return started == null ? Optional.empty() : Optional.ofNullable(started.get(ticketId));
  }

  @SuppressWarnings("unchecked")
  private Map<Long, Started> byTicket(boolean create) {
    if (transactions.getTransactionKey() == null) {
      return null;
    }
    Map<Long, Started> started = (Map<Long, Started>) transactions.getResource(KEY);
    if (started == null && create) {
      started = new HashMap<>();
      transactions.putResource(KEY, started);
    }
    return started;
  }
}
