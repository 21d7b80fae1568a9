package org.tierdesk.sla.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tierdesk.sla.control.StartedClocks;
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
  @Inject StartedClocks startedClocks;

  /** Tickets created in this transaction are shown from the clocks they just started. */
  @Override
  public Map<Long, TicketView.Sla> slaOf(Collection<Long> ticketIds) {
    Map<Long, TicketView.Sla> sla = new HashMap<>();
    List<Long> stored = new ArrayList<>();
    for (Long ticketId : ticketIds) {
      startedClocks
          .of(ticketId)
          .ifPresentOrElse(
              started -> sla.put(ticketId, view(started.policyName(), started.clocks())),
              () -> stored.add(ticketId));
    }
    if (!stored.isEmpty()) {
      sla.putAll(read(stored));
    }
    return sla;
  }

  /**
   * The names of these clocks' policies, by id: the names alone, not the policies, whose rules are
   * nine collections of their own.
   */
  static Map<Long, String> policyNames(EntityManager em, List<SlaClock> clocks) {
    Map<Long, String> names = new HashMap<>();
    em.createQuery("SELECT p.id, p.name FROM SlaPolicy p WHERE p.id IN :ids", Object[].class)
        .setParameter("ids", clocks.stream().map(SlaClock::getPolicyId).distinct().toList())
        .getResultList()
        .forEach(row -> names.put((Long) row[0], (String) row[1]));
    return names;
  }

  /** The SLA of stored tickets: their clocks and their policies' names, in two queries. */
  private Map<Long, TicketView.Sla> read(List<Long> ticketIds) {
    List<SlaClock> clocks =
        em.createNamedQuery(SlaClock.OF_TICKETS, SlaClock.class)
            .setParameter("ticketIds", ticketIds)
            .getResultList();
    if (clocks.isEmpty()) {
      return Map.of();
    }
    Map<Long, String> policyNames = policyNames(em, clocks);
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
          sla.put(ticketId, view(policyNames.get(any.getPolicyId()), metrics));
        });
    return sla;
  }

  private static TicketView.Sla view(String policyName, Map<SlaMetric, SlaClock> metrics) {
    return new TicketView.Sla(
        policyName,
        view(metrics.get(SlaMetric.FIRST_RESPONSE)),
        view(metrics.get(SlaMetric.NEXT_RESPONSE)),
        view(metrics.get(SlaMetric.RESOLUTION)));
  }

  private static TicketView.Clock view(SlaClock clock) {
    return clock == null
        ? null
        : new TicketView.Clock(clock.getState().name(), clock.getDueAt(), clock.getWarnAt());
  }
}
