package org.tierdesk.ticket.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tierdesk.ticket.entity.Ticket;

/**
 * Digests of many tickets in one query, for server-side components acting on their own (the SLA
 * sweep's notifications). No caller is checked: REST does not expose this.
 */
@Stateless
public class TicketDigests {

  /** Ids per query (an IN list). */
  static final int CHUNK = 1000;

  @PersistenceContext EntityManager em;

  /** The digests of the tickets with these ids (missing ids are left out). */
  public Map<Long, TicketDigest> of(Collection<Long> ids) {
    List<Long> all = ids.stream().distinct().toList();
    Map<Long, TicketDigest> byId = new HashMap<>();
    for (int from = 0; from < all.size(); from += CHUNK) {
      em.createQuery(
              "SELECT t.id, t.number, t.subject, a.id, r.id, l.code FROM Ticket t"
                  + " LEFT JOIN t.assignee a JOIN t.requester r JOIN t.line l WHERE t.id IN :ids",
              Object[].class)
          .setParameter("ids", all.subList(from, Math.min(all.size(), from + CHUNK)))
          .getResultList()
          .forEach(
              row -> {
                long id = ((Number) row[0]).longValue();
                byId.put(
                    id,
                    new TicketDigest(
                        id,
                        Ticket.NUMBER_PREFIX + row[1],
                        (String) row[2],
                        row[3] == null ? null : ((Number) row[3]).longValue(),
                        ((Number) row[4]).longValue(),
                        (String) row[5]));
              });
    }
    return byId;
  }
}
