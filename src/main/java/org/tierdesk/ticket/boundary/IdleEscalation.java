package org.tierdesk.ticket.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.tierdesk.directory.entity.Person;
import org.tierdesk.notification.boundary.Notifications;
import org.tierdesk.platform.persistence.InstantConverter;
import org.tierdesk.routing.entity.SupportLine;
import org.tierdesk.ticket.entity.Ticket;
import org.tierdesk.ticket.entity.TicketEvent;
import org.tierdesk.ticket.entity.TicketEventType;
import org.tierdesk.ticket.entity.TicketStatus;

/**
 * Hierarchical escalation of stuck tickets (issue 4). A ticket that support must act on (new, in
 * progress, reopened) and that got no reply or note for its line's idle time is brought to the
 * line's leads; after a second such period, to the leads' leads: their managers in the directory,
 * or, where no lead has one, the leads of the next line. Each level fires once per idle period: the
 * state is one {@code ticket_idle} row, moved on by a conditional UPDATE that only one node wins.
 */
@Stateless
public class IdleEscalation {

  /** Statuses in which support owes the next step; waiting statuses are not "stuck". */
  static final Set<TicketStatus> ACTIVE =
      EnumSet.of(TicketStatus.NEW, TicketStatus.IN_PROGRESS, TicketStatus.REOPENED);

  /** The last level: the leads' leads. */
  static final int LAST_LEVEL = 2;

  private static final InstantConverter TIMES = new InstantConverter();

  @PersistenceContext EntityManager em;
  @Inject Notifications notifications;
  @Inject Clock clock;
  @Inject Event<TicketChanged> changed;

  /**
   * Follows every ticket change in its transaction: activity (a reply, a note, the arrival in a
   * line, the return to an active status) starts a new idle period; leaving the active statuses
   * stops watching.
   */
  public void onChange(@Observes TicketChanged change) {
    Ticket ticket = change.ticket();
    if (change.events().stream().allMatch(e -> e.getType() == TicketEventType.IDLE_ESCALATED)) {
      return;
    }
    if (!ACTIVE.contains(ticket.getStatus())) {
      em.createNativeQuery("UPDATE ticket_idle SET due_at = NULL WHERE ticket_id = ?1")
          .setParameter(1, ticket.getId())
          .executeUpdate();
      return;
    }
    if (change.events().stream().anyMatch(IdleEscalation::isActivity)) {
      restart(ticket, clock.instant(), Ticket.createdIn(change.events()));
    }
  }

  private static boolean isActivity(TicketEvent event) {
    return switch (event.getType()) {
      case CREATED, REPLY, NOTE, LINE_CHANGED, STATUS_CHANGED, DEFECT_FIXED -> true;
      default -> false;
    };
  }

  /**
   * A new idle period from now. A NULL timestamp is written as a literal: PostgreSQL refuses a null
   * parameter that EclipseLink sends untyped (as text) for a timestamp column.
   */
  private void restart(Ticket ticket, Instant now, boolean created) {
    Integer minutes = ticket.getLine().getIdleMinutes();
    Timestamp at = TIMES.convertToDatabaseColumn(now);
    Timestamp due = minutes == null ? null : TIMES.convertToDatabaseColumn(now.plus(idle(minutes)));
    // A ticket created in this transaction has no row yet: no UPDATE to try first.
    int updated =
        created
            ? 0
            : bindDue(
                    em.createNativeQuery(
                        "UPDATE ticket_idle SET activity_at = ?1, idle_level = 0, due_at = "
                            + (due == null ? "NULL" : "?2")
                            + " WHERE ticket_id = ?3"),
                    due)
                .setParameter(1, at)
                .setParameter(3, ticket.getId())
                .executeUpdate();
    if (updated == 0) {
      bindDue(
              em.createNativeQuery(
                  "INSERT INTO ticket_idle (ticket_id, activity_at, idle_level, due_at)"
                      + " VALUES (?3, ?1, 0, "
                      + (due == null ? "NULL" : "?2")
                      + ")"),
              due)
          .setParameter(1, at)
          .setParameter(3, ticket.getId())
          .executeUpdate();
    }
  }

  private static jakarta.persistence.Query bindDue(jakarta.persistence.Query query, Timestamp due) {
    return due == null ? query : query.setParameter(2, due);
  }

  /** Rows whose next level is due, oldest first (index on due_at). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Object[]> due(int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT ticket_id, idle_level, due_at FROM ticket_idle"
                    + " WHERE due_at <= ?1 ORDER BY due_at")
            .setParameter(1, TIMES.convertToDatabaseColumn(clock.instant()))
            .setMaxResults(limit)
            .getResultList();
    return rows;
  }

  /**
   * Fires the next level for one ticket if no other node did since the row was read: the
   * conditional UPDATE decides. Returns whether this call escalated.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean escalate(long ticketId, int seenLevel, Timestamp seenDue) {
    Ticket ticket = em.find(Ticket.class, ticketId);
    if (ticket == null) {
      return false;
    }
    int level = seenLevel + 1;
    Integer minutes = ticket.getLine().getIdleMinutes();
    Instant now = clock.instant();
    Timestamp next =
        level >= LAST_LEVEL || minutes == null
            ? null
            : TIMES.convertToDatabaseColumn(now.plus(idle(minutes)));
    int won =
        bindDue(
                em.createNativeQuery(
                    "UPDATE ticket_idle SET idle_level = ?1, due_at = "
                        + (next == null ? "NULL" : "?2")
                        + " WHERE ticket_id = ?3 AND idle_level = ?4 AND due_at = ?5"),
                next)
            .setParameter(1, level)
            .setParameter(3, ticketId)
            .setParameter(4, seenLevel)
            .setParameter(5, seenDue)
            .executeUpdate();
    if (won != 1 || !ACTIVE.contains(ticket.getStatus())) {
      return false;
    }
    Set<Person> recipients = recipients(ticket.getLine(), level);
    String names =
        recipients.stream().map(Person::getUsername).sorted().collect(Collectors.joining(", "));
    ticket.recordIdle(level, names, now);
    List<TicketEvent> events = ticket.takeRecordedEvents();
    events.forEach(em::persist);
    em.flush();
    changed.fire(new TicketChanged(ticket, events));
    for (Person recipient : recipients) {
      notifications.send(
          recipient.getId(),
          ticket.getId(),
          "idle.notification.level" + level,
          List.of(
              ticket.displayNumber(),
              ticket.getSubject(),
              ticket.getLine().getCode(),
              String.valueOf(minutes == null ? 0 : (long) minutes * level)),
          null);
    }
    return true;
  }

  /**
   * Level 1: the line's leads. Level 2: the leads' managers (from the directory), or the next
   * line's leads where none of the leads has a manager.
   */
  static Set<Person> recipients(SupportLine line, int level) {
    Set<Person> leads = line.getLeads();
    if (level <= 1) {
      return active(leads);
    }
    Set<Person> above = new LinkedHashSet<>();
    leads.stream()
        .map(Person::getManager)
        .filter(manager -> manager != null && leads.stream().noneMatch(l -> same(l, manager)))
        .forEach(above::add);
    if (above.isEmpty() && line.getNextLine() != null) {
      above.addAll(line.getNextLine().getLeads());
    }
    return active(above);
  }

  private static Set<Person> active(Set<Person> people) {
    Set<Person> result = new LinkedHashSet<>();
    Set<Long> seen = new java.util.HashSet<>();
    for (Person person : people) {
      if (person.isActive() && seen.add(person.getId())) {
        result.add(person);
      }
    }
    return result;
  }

  private static boolean same(Person a, Person b) {
    return a.getId() != null && a.getId().equals(b.getId());
  }

  private static Duration idle(int minutes) {
    return Duration.ofMinutes(minutes);
  }
}
