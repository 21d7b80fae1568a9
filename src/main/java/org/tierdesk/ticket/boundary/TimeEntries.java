package org.tierdesk.ticket.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tierdesk.directory.boundary.People;
import org.tierdesk.directory.entity.Person;
import org.tierdesk.directory.entity.Role;
import org.tierdesk.platform.errors.AccessDenied;
import org.tierdesk.platform.errors.InvalidInput;
import org.tierdesk.platform.persistence.Page;
import org.tierdesk.ticket.entity.Ticket;
import org.tierdesk.ticket.entity.TimeEntry;

/**
 * Time agents spent on tickets, for the ticket page and for reports: entered with a reply or note,
 * or on its own. Entries are only added; a negative entry corrects an earlier one.
 */
@Stateless
public class TimeEntries extends TicketWork {

  public static final int MAX_PAGE = 200;

  @Inject Tickets tickets;
  @Inject People people;

  public TimeEntryView log(long id, Integer minutes, String note) {
    Ticket ticket = supportTicket(id, null);
    if (minutes == null) {
      throw new InvalidInput("minutes", "error.field.required");
    }
    TimeEntry entry = ticket.logTime(currentUser.person(), minutes, note, clock.instant());
    em.persist(entry);
    save(ticket);
    return TimeEntryView.of(entry);
  }

  /** A reply or internal note with the minutes it took, in one transaction. */
  public HistoryEntry replyWithTime(
      long id, String body, boolean internal, Long expectedVersion, Integer minutes) {
    HistoryEntry reply = tickets.reply(id, body, internal, expectedVersion);
    if (minutes != null && minutes != 0) {
      log(id, minutes, null);
    }
    return reply;
  }

  /**
   * Time entries of a period, newest first, for reports: an agent reads their own; admins read
   * anyone's ({@code agent} a username, or null for everybody). {@code from} inclusive, {@code to}
   * exclusive; either may be null.
   */
  public Page<TimeEntryView> search(String agent, Instant from, Instant to, int page, int size) {
    access().requireSupport();
    requirePage(page, size);
    Person me = currentUser.person();
    Long agentId;
    if (agent == null || agent.isBlank()) {
      agentId = currentUser.is(Role.ADMIN) ? null : me.getId();
    } else {
      Person person =
          people
              .byUsername(agent.strip())
              .orElseThrow(() -> new InvalidInput("agent", "person.notFound", agent));
      if (!currentUser.is(Role.ADMIN) && !person.getId().equals(me.getId())) {
        throw new AccessDenied("ticket.time.ownOnly");
      }
      agentId = person.getId();
    }
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    Map<String, Object> parameters = new HashMap<>();
    if (agentId != null) {
      where.append(" AND e.agent.id = :agent");
      parameters.put("agent", agentId);
    }
    if (from != null) {
      where.append(" AND e.loggedAt >= :from");
      parameters.put("from", from);
    }
    if (to != null) {
      where.append(" AND e.loggedAt < :to");
      parameters.put("to", to);
    }
    TypedQuery<Long> count = em.createQuery("SELECT COUNT(e) FROM TimeEntry e" + where, Long.class);
    TypedQuery<TimeEntry> items =
        em.createQuery(
            "SELECT e FROM TimeEntry e JOIN FETCH e.agent JOIN FETCH e.ticket"
                + where
                + " ORDER BY e.loggedAt DESC, e.id DESC",
            TimeEntry.class);
    parameters.forEach(
        (name, value) -> {
          count.setParameter(name, value);
          items.setParameter(name, value);
        });
    List<TimeEntryView> views =
        items.setFirstResult(page * size).setMaxResults(size).getResultList().stream()
            .map(TimeEntryView::of)
            .toList();
    return new Page<>(views, count.getSingleResult());
  }

  private static void requirePage(int page, int size) {
    if (page < 0) {
      throw new InvalidInput("page", "error.field.notNegative");
    }
    if (size < 1 || size > MAX_PAGE) {
      throw new InvalidInput("size", "error.field.range", 1, MAX_PAGE);
    }
  }

  /** The ticket's totals and one page of its entries. */
  public TimeSheet of(long id, int page, int size) {
    Ticket ticket = supportTicket(id, null);
    requirePage(page, size);
    List<TimeSheet.AgentTotal> perAgent =
        em
            .createNamedQuery(TimeEntry.TOTALS_OF_TICKET, Object[].class)
            .setParameter("ticketId", ticket.getId())
            .getResultList()
            .stream()
            .map(
                row ->
                    new TimeSheet.AgentTotal(
                        (String) row[0], (String) row[1], ((Number) row[2]).longValue()))
            .toList();
    long total = perAgent.stream().mapToLong(TimeSheet.AgentTotal::minutes).sum();
    long count =
        em.createQuery("SELECT COUNT(e) FROM TimeEntry e WHERE e.ticket.id = :id", Long.class)
            .setParameter("id", ticket.getId())
            .getSingleResult();
    List<TimeEntryView> entries =
        em
            .createNamedQuery(TimeEntry.OF_TICKET, TimeEntry.class)
            .setParameter("ticketId", ticket.getId())
            .setFirstResult(page * size)
            .setMaxResults(size)
            .getResultList()
            .stream()
            .map(TimeEntryView::of)
            .toList();
    return new TimeSheet(total, perAgent, entries, count);
  }
}
