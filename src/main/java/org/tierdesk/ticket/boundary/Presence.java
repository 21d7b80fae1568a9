package org.tierdesk.ticket.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.tierdesk.directory.boundary.CurrentUser;
import org.tierdesk.directory.entity.Person;
import org.tierdesk.platform.errors.NotFound;
import org.tierdesk.platform.persistence.InstantConverter;
import org.tierdesk.ticket.control.TicketAccess;
import org.tierdesk.ticket.entity.Ticket;

/**
 * Who has a ticket open (collision detection, issue 4). An open agent page sends a heartbeat every
 * few seconds; each is one row per ticket and agent in {@code ticket_presence}. Being a table, it
 * is the same on every node behind the load balancer and survives any node going away, and it needs
 * nothing besides the database the cluster already shares; the load is one indexed UPDATE per open
 * page every ten seconds. Rows not refreshed for {@link #GONE_AFTER} are stale and a sweep deletes
 * them. A heartbeat within {@link #FRESH_FOR} of the caller's last one (the page shown again, a
 * second tab) writes nothing: otherwise each view of the ticket by that agent would update the same
 * row, waiting for the view before it to commit.
 */
@Stateless
public class Presence {

  /** Someone whose page has not said "still here" for this long has left. */
  public static final Duration GONE_AFTER = Duration.ofSeconds(30);

  /** A "still here" this recent is not written again (well within {@link #GONE_AFTER}). */
  static final Duration FRESH_FOR = Duration.ofSeconds(5);

  private static final InstantConverter TIMES = new InstantConverter();

  @PersistenceContext EntityManager em;
  @Resource SessionContext context;
  @Inject CurrentUser currentUser;
  @Inject TicketAccesses accesses;
  @Inject Clock clock;

  /** Another agent who has the ticket open. */
  public record Viewer(String username, String displayName, Instant seenAt) {}

  /**
   * Says the caller has the ticket open; returns the others who have it open too. Two first
   * heartbeats of the same agent at once (two tabs opening the ticket) both find no row and both
   * insert one; the loser's transaction fails on the key, and its second try finds the winner's
   * row.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public List<Viewer> heartbeat(long ticketId) {
    Presence self = context.getBusinessObject(Presence.class);
    try {
      return self.beat(ticketId);
    } catch (EJBException | PersistenceException e) {
      return self.beat(ticketId);
    }
  }

  /** One heartbeat, in a transaction of its own (see {@link #heartbeat}). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Viewer> beat(long ticketId) {
    Person me = currentUser.person();
    requireSupportSees(ticketId, me);
    Instant now = clock.instant();
    Timestamp seen = TIMES.convertToDatabaseColumn(now);
    // Refreshes the caller's row unless it is fresh. A row ahead of this clock (written by a node
    // whose clock runs ahead, or before a test clock was set back) is refreshed too.
    int refreshed =
        em.createNativeQuery(
                "UPDATE ticket_presence SET seen_at = ?1 WHERE ticket_id = ?2 AND person_id = ?3"
                    + " AND (seen_at < ?4 OR seen_at > ?1)")
            .setParameter(1, seen)
            .setParameter(2, ticketId)
            .setParameter(3, me.getId())
            .setParameter(4, TIMES.convertToDatabaseColumn(now.minus(FRESH_FOR)))
            .executeUpdate();
    List<Row> rows = rows(ticketId, me, now);
    if (refreshed == 0 && rows.stream().noneMatch(Row::mine)) {
      em.createNativeQuery(
              "INSERT INTO ticket_presence (ticket_id, person_id, seen_at) VALUES (?1, ?2, ?3)")
          .setParameter(1, ticketId)
          .setParameter(2, me.getId())
          .setParameter(3, seen)
          .executeUpdate();
    }
    return others(rows);
  }

  /** The caller closed the ticket (or left the page): others stop seeing them at once. */
  public void leave(long ticketId) {
    Person me = currentUser.person();
    em.createNativeQuery("DELETE FROM ticket_presence WHERE ticket_id = ?1 AND person_id = ?2")
        .setParameter(1, ticketId)
        .setParameter(2, me.getId())
        .executeUpdate();
  }

  /** The others who have the ticket open, without saying the caller is there. */
  public List<Viewer> viewers(long ticketId) {
    Person me = currentUser.person();
    requireSupportSees(ticketId, me);
    return others(rows(ticketId, me, clock.instant()));
  }

  /** A row of the ticket's presence: the caller's, whatever its age, or another's still there. */
  private record Row(boolean mine, Viewer viewer) {}

  private List<Row> rows(long ticketId, Person me, Instant now) {
    Instant since = now.minus(GONE_AFTER);
    return em
        .createQuery(
            "SELECT x.personId, p.username, p.displayName, x.seenAt FROM TicketPresenceRow x,"
                + " Person p WHERE p.id = x.personId AND x.ticketId = :ticket"
                + " AND (x.personId = :me OR x.seenAt >= :since) ORDER BY p.displayName",
            Object[].class)
        .setParameter("ticket", ticketId)
        .setParameter("me", me.getId())
        .setParameter("since", since)
        .getResultList()
        .stream()
        .map(
            row ->
                new Row(
                    me.getId().equals(row[0]),
                    new Viewer((String) row[1], (String) row[2], (Instant) row[3])))
        .toList();
  }

  private static List<Viewer> others(List<Row> rows) {
    return rows.stream().filter(row -> !row.mine()).map(Row::viewer).toList();
  }

  /** Every few minutes on every node: forget the pages that stopped sending heartbeats. */
  @Schedule(minute = "*/5", hour = "*", persistent = false)
  public void forgetGone() {
    em.createNativeQuery("DELETE FROM ticket_presence WHERE seen_at < ?1")
        .setParameter(
            1, TIMES.convertToDatabaseColumn(clock.instant().minus(GONE_AFTER.multipliedBy(4))))
        .executeUpdate();
  }

  private void requireSupportSees(long ticketId, Person me) {
    TicketAccess access = accesses.current();
    access.requireSupport();
    Ticket ticket = em.find(Ticket.class, ticketId);
    if (ticket == null) {
      throw new NotFound("ticket.notFound", ticketId);
    }
    access.requireSee(ticket);
  }
}
