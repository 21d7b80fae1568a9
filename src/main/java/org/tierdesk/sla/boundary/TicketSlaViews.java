package org.tierdesk.sla.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tierdesk.sla.entity.SlaClock;
import org.tierdesk.sla.entity.SlaMetric;
import org.tierdesk.ticket.boundary.TicketSlaSource;
import org.tierdesk.ticket.boundary.TicketView;

/**
 * The SLA part of ticket views ({@code "sla": {policy, firstResponse, nextResponse, resolution}}),
 * for a whole page of tickets in two queries. The ticket component asks through its own {@link
 * TicketSlaSource} port, so it does not depend on this component.
 */
@ApplicationScoped
public class TicketSlaViews implements TicketSlaSource {

  @PersistenceContext EntityManager em;

  @Override
  public Map<Long, TicketView.Sla> slaOf(Collection<Long> ticketIds) {
    if (ticketIds.isEmpty()) {
      return Map.of();
    }
    List<SlaClock> clocks =
        em.createNamedQuery(SlaClock.OF_TICKETS, SlaClock.class)
            .setParameter("ticketIds", ticketIds)
            .getResultList();
    if (clocks.isEmpty()) {
      return Map.of();
    }
    Map<Long, String> policyNames = new HashMap<>();
    em.createQuery("SELECT p.id, p.name FROM SlaPolicy p WHERE p.id IN :ids", Object[].class)
        .setParameter("ids", clocks.stream().map(SlaClock::getPolicyId).distinct().toList())
        .getResultList()
        .forEach(row -> policyNames.put((Long) row[0], (String) row[1]));
    Map<Long, Map<SlaMetric, SlaClock>> byTicket = new HashMap<>();
    for (SlaClock clock : clocks) {
      byTicket
          .computeIfAbsent(clock.getTicketId(), id -> new EnumMap<>(SlaMetric.class))
          .put(clock.getMetric(), clock);
    }
    Map<Long, TicketView.Sla> sla = new HashMap<>();
    byTicket.forEach(
        (ticketId, metrics) -> {
          SlaClock any = metrics.values().iterator().next();
          sla.put(
              ticketId,
              new TicketView.Sla(
                  policyNames.get(any.getPolicyId()),
                  view(metrics.get(SlaMetric.FIRST_RESPONSE)),
                  view(metrics.get(SlaMetric.NEXT_RESPONSE)),
                  view(metrics.get(SlaMetric.RESOLUTION))));
        });
    return sla;
  }

  private static TicketView.Clock view(SlaClock clock) {
    return clock == null
        ? null
        : new TicketView.Clock(clock.getState().name(), clock.getDueAt(), clock.getWarnAt());
  }
}
