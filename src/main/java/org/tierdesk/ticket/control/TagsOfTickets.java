package org.tierdesk.ticket.control;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The tags of a page of tickets in one query (primary key of ticket_tag), sorted per ticket. */
public final class TagsOfTickets {

  private TagsOfTickets() {}

  public static Map<Long, List<String>> load(EntityManager em, Collection<Long> ticketIds) {
    Map<Long, List<String>> tags = new HashMap<>();
    if (ticketIds.isEmpty()) {
      return tags;
    }
    em.createQuery(
            "SELECT t.id, g FROM Ticket t JOIN t.tags g WHERE t.id IN :ids ORDER BY t.id, g",
            Object[].class)
        .setParameter("ids", ticketIds)
        .getResultList()
        .forEach(
            row ->
                tags.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((String) row[1]));
    return tags;
  }
}
