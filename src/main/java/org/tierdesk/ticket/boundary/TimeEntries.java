package org.tierdesk.ticket.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.tierdesk.platform.errors.InvalidInput;
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

  /** The ticket's totals and one page of its entries. */
  public TimeSheet of(long id, int page, int size) {
    Ticket ticket = supportTicket(id, null);
    if (page < 0) {
      throw new InvalidInput("page", "error.field.notNegative");
    }
    if (size < 1 || size > MAX_PAGE) {
      throw new InvalidInput("size", "error.field.range", 1, MAX_PAGE);
    }
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
