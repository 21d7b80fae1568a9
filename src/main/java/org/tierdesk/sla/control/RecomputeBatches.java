package org.tierdesk.sla.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The batches of a recomputation: which open tickets come next (keyset paging by ticket id, each
 * scope served by an index of {@code sla_ticket}), and choosing their policies again in a short
 * transaction of their own that locks only SLA rows, never tickets.
 */
@Stateless
public class RecomputeBatches {

  @PersistenceContext EntityManager em;
  @Inject PolicyCatalog policies;
  @Inject ClockKeeper keeper;
  @Inject Clock clock;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Long> nextTicketIds(RecomputeScope scope, long afterTicketId, int limit) {
    String where =
        switch (scope.kind()) {
          case ALL -> "";
          case POLICY -> " AND s.policyId = :id";
          case CALENDAR -> " AND s.calendarId = :id";
          case LINE -> " AND s.lineId = :id";
        };
    TypedQuery<Long> query =
        em.createQuery(
            "SELECT s.ticketId FROM SlaTicket s WHERE s.active = TRUE"
                + where
                + " AND s.ticketId > :after ORDER BY s.ticketId",
            Long.class);
    if (scope.id() != null) {
      query.setParameter("id", scope.id());
    }
    return query.setParameter("after", afterTicketId).setMaxResults(limit).getResultList();
  }

  /** Chooses the policies of these tickets again, in one transaction. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void reselect(List<Long> ticketIds) {
    Instant now = clock.instant();
    PolicyMatcher matcher = policies.matcher();
    for (long ticketId : ticketIds) {
      keeper.reselect(ticketId, matcher, now);
    }
  }
}
