package org.tierdesk.ticket.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.tierdesk.directory.boundary.CurrentUser;
import org.tierdesk.directory.entity.Person;
import org.tierdesk.directory.entity.Role;
import org.tierdesk.notification.boundary.Notifications;
import org.tierdesk.platform.errors.AccessDenied;
import org.tierdesk.platform.errors.Conflict;
import org.tierdesk.platform.errors.InvalidInput;
import org.tierdesk.platform.errors.NotFound;
import org.tierdesk.platform.persistence.Page;
import org.tierdesk.routing.boundary.Routing;
import org.tierdesk.routing.boundary.SupportLines;
import org.tierdesk.routing.entity.SupportLine;
import org.tierdesk.ticket.control.TicketAccess;
import org.tierdesk.ticket.entity.DefectLink;
import org.tierdesk.ticket.entity.ExternalDefect;
import org.tierdesk.ticket.entity.Ticket;
import org.tierdesk.ticket.entity.TicketEvent;
import org.tierdesk.ticket.entity.TicketEventType;
import org.tierdesk.ticket.entity.TicketStatus;

/**
 * External defects (issue 4): an agent of a line that works with defects links a ticket to a
 * tracker's defect and the ticket waits for development; when the defect is fixed (an agent says
 * so, or the tracker calls the API) every ticket waiting for it goes back to the line that owns the
 * requester contact — the line it was opened in — whose leads are told.
 */
@Stateless
public class Defects {

  /** Tracker keys as Jira, YouTrack or Redmine write them: PROJECT-123, or a plain #123. */
  static final Pattern KEY =
      Pattern.compile("([A-Za-z][A-Za-z0-9_]{0,49}-[0-9]{1,12}|#[0-9]{1,12})");

  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject TicketAccesses accesses;
  @Inject SupportLines lines;
  @Inject Routing routing;
  @Inject Notifications notifications;
  @Inject Clock clock;
  @Inject Event<TicketChanged> changed;

  /** The defect a ticket waits for, as the ticket page and the API show it. */
  public record Link(
      String key, String url, String returnLine, Instant linkedAt, boolean fixed, Instant fixedAt) {

    static Link of(DefectLink link) {
      return new Link(
          link.getDefect().getTrackerKey(),
          link.getDefect().getUrl(),
          link.getReturnLine().getCode(),
          link.getLinkedAt(),
          link.getDefect().isFixed(),
          link.getDefect().getFixedAt());
    }
  }

  /** A row of the console's "waiting for development". */
  public record Waiting(
      long ticketId,
      long number,
      String subject,
      String line,
      String defectKey,
      String defectUrl,
      String returnLine,
      Instant linkedAt) {

    public String displayNumber() {
      return Ticket.NUMBER_PREFIX + number;
    }
  }

  /** What a fix did: how many tickets went back to work. */
  public record Fixed(String key, boolean newlyFixed, int returned) {}

  /**
   * Links the ticket to a defect (created on first use) and lets it wait for development. Only
   * someone working in the ticket's line, and only if that line works with defects.
   */
  public Link link(long ticketId, String key, String url, Long expectedVersion) {
    String trackerKey = key(key);
    String address = url(url);
    Ticket ticket = workable(ticketId, expectedVersion);
    if (!ticket.getLine().isDefectLinks()) {
      throw new Conflict("defect.line.notAllowed", ticket.getLine().getCode());
    }
    if (openLink(ticket.getId()).isPresent()) {
      throw new Conflict("defect.link.exists", ticket.displayNumber());
    }
    ExternalDefect defect = defect(trackerKey).orElse(null);
    if (defect == null) {
      defect = new ExternalDefect(trackerKey, address);
      em.persist(defect);
    } else if (defect.isFixed()) {
      // The tracker reopened it, or someone links a fixed defect by mistake: linking says it is
      // not fixed for this ticket, so the defect counts as open again.
      defect.reopen(address);
    } else {
      defect.pointTo(address);
    }
    Person me = currentUser.person();
    Instant now = clock.instant();
    ticket.awaitDevelopment(trackerKey, address, me, now);
    DefectLink link = new DefectLink(ticket, defect, intakeLine(ticket), me, now);
    em.persist(link);
    save(ticket);
    return Link.of(link);
  }

  /** The defect the ticket waits for, if any (whoever may see the ticket's internal side). */
  public Optional<Link> linkOf(long ticketId) {
    TicketAccess access = access();
    access.requireSupport();
    Ticket ticket = existing(ticketId);
    access.requireSee(ticket);
    return openLink(ticket.getId()).map(Link::of);
  }

  /**
   * The defect is fixed: every ticket waiting for it returns to the line that owns the requester
   * contact, with a history entry, assigned to whoever escalated it out of that line (if they still
   * work there), and that line's leads are told. Repeating it changes nothing. Admins (the
   * tracker's integration account) and agents of a line that works with defects may say so.
   */
  public Fixed markFixed(String key) {
    String trackerKey = key(key);
    Person me = currentUser.person();
    boolean allowed =
        currentUser.is(Role.ADMIN)
            || (currentUser.isSupport()
                && lines.linesOf(me.getId()).stream().anyMatch(SupportLine::isDefectLinks));
    if (!allowed) {
      throw new AccessDenied("defect.fix.denied");
    }
    ExternalDefect defect =
        defect(trackerKey).orElseThrow(() -> new NotFound("defect.notFound", trackerKey));
    Instant now = clock.instant();
    boolean newly = defect.fix(me, now);
    List<DefectLink> waiting =
        em.createNamedQuery(DefectLink.OPEN_OF_DEFECT, DefectLink.class)
            .setParameter("defectId", defect.getId())
            .getResultList();
    int returned = 0;
    for (DefectLink link : waiting) {
      if (giveBack(link, defect, me, now)) {
        returned++;
      }
    }
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new Conflict("defect.fix.concurrent", trackerKey);
    }
    return new Fixed(trackerKey, newly, returned);
  }

  private boolean giveBack(DefectLink link, ExternalDefect defect, Person actor, Instant now) {
    Ticket ticket = link.getTicket();
    link.close(now);
    SupportLine back = link.getReturnLine();
    Person assignee = escalatorOutOf(ticket, back);
    boolean returned =
        ticket.developmentDone(
            defect.getTrackerKey(), back, routing.defaultQueue(back), assignee, actor, now);
    save(ticket);
    if (returned) {
      Set<Long> told = new LinkedHashSet<>();
      back.getLeads().forEach(lead -> told.add(lead.getId()));
      if (assignee != null) {
        told.add(assignee.getId());
      }
      for (Long recipient : told) {
        notifications.send(
            recipient,
            ticket.getId(),
            "defect.notification.fixed",
            List.of(ticket.displayNumber(), defect.getTrackerKey(), back.getCode()),
            null);
      }
    }
    return returned;
  }

  /**
   * The tickets waiting for development in the caller's lines, or coming back to them (a ticket an
   * agent moved on meanwhile is no longer waiting, though the fix will still be noted on it).
   */
  public Page<Waiting> waiting(int page, int size) {
    access().requireSupport();
    List<Long> mine = myLines();
    if (mine.isEmpty()) {
      return new Page<>(List.of(), 0);
    }
    List<Waiting> rows =
        em.createQuery(
                "SELECT NEW org.tierdesk.ticket.boundary.Defects.Waiting(t.id, t.number,"
                    + " t.subject, l.code, d.trackerKey, d.url, r.code, k.linkedAt)"
                    + " FROM DefectLink k JOIN k.ticket t JOIN t.line l JOIN k.defect d"
                    + " JOIN k.returnLine r WHERE k.returnedAt IS NULL AND t.status = :waiting"
                    + " AND (l.id IN :lines OR r.id IN :lines) ORDER BY k.linkedAt, k.id",
                Waiting.class)
            .setParameter("lines", mine)
            .setParameter("waiting", TicketStatus.WAITING_FOR_DEVELOPMENT)
            .setFirstResult(Math.max(0, page) * size)
            .setMaxResults(size)
            .getResultList();
    return new Page<>(rows, countWaiting(mine));
  }

  /** How many tickets {@link #waiting} lists, for the console's menu. */
  public long waitingCount() {
    access().requireSupport();
    List<Long> mine = myLines();
    return mine.isEmpty() ? 0 : countWaiting(mine);
  }

  private long countWaiting(List<Long> mine) {
    return em.createQuery(
            "SELECT COUNT(k) FROM DefectLink k JOIN k.ticket t WHERE k.returnedAt IS NULL"
                + " AND t.status = :waiting AND (t.line.id IN :lines OR k.returnLine.id IN :lines)",
            Long.class)
        .setParameter("lines", mine)
        .setParameter("waiting", TicketStatus.WAITING_FOR_DEVELOPMENT)
        .getSingleResult();
  }

  private List<Long> myLines() {
    return lines.lineIdsOf(currentUser.person().getId());
  }

  /**
   * The line that owns the requester contact: the one the ticket was opened in (where its first
   * move started), or its current line if it never moved.
   */
  private SupportLine intakeLine(Ticket ticket) {
    return firstMove(ticket)
        .map(event -> lines.byCode("line", event.getOldValue()))
        .orElse(ticket.getLine());
  }

  private Optional<TicketEvent> firstMove(Ticket ticket) {
    return em.createQuery(
            "SELECT e FROM TicketEvent e WHERE e.ticket.id = :id AND e.type = :type"
                + " ORDER BY e.occurredAt, e.id",
            TicketEvent.class)
        .setParameter("id", ticket.getId())
        .setParameter("type", TicketEventType.LINE_CHANGED)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** Who last moved the ticket out of the line, if they still work there. */
  private Person escalatorOutOf(Ticket ticket, SupportLine line) {
    return em.createQuery(
            "SELECT e FROM TicketEvent e LEFT JOIN FETCH e.actor WHERE e.ticket.id = :id"
                + " AND e.type = :type AND e.oldValue = :line ORDER BY e.occurredAt DESC, e.id DESC",
            TicketEvent.class)
        .setParameter("id", ticket.getId())
        .setParameter("type", TicketEventType.LINE_CHANGED)
        .setParameter("line", line.getCode())
        .setMaxResults(1)
        .getResultStream()
        .map(TicketEvent::getActor)
        .filter(actor -> actor != null && actor.isAgent() && line.hasMember(actor))
        .findFirst()
        .orElse(null);
  }

  private Optional<DefectLink> openLink(long ticketId) {
    return em.createNamedQuery(DefectLink.OPEN_OF_TICKET, DefectLink.class)
        .setParameter("ticketId", ticketId)
        .getResultStream()
        .findFirst();
  }

  private Optional<ExternalDefect> defect(String key) {
    return em.createNamedQuery(ExternalDefect.BY_KEY, ExternalDefect.class)
        .setParameter("key", key)
        .getResultStream()
        .findFirst();
  }

  private Ticket workable(long id, Long expectedVersion) {
    TicketAccess access = access();
    access.requireSupport();
    Ticket ticket = existing(id);
    access.requireSee(ticket);
    ticket.requireVersion(expectedVersion);
    if (!routing.worksIn(ticket.getLine(), currentUser.person())) {
      throw new AccessDenied("routing.notYourLine", ticket.getLine().getCode());
    }
    return ticket;
  }

  private Ticket existing(long id) {
    Ticket ticket = em.find(Ticket.class, id);
    if (ticket == null) {
      throw new NotFound("ticket.notFound", id);
    }
    return ticket;
  }

  private void save(Ticket ticket) {
    List<TicketEvent> events = ticket.takeRecordedEvents();
    events.forEach(em::persist);
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new Conflict("ticket.stale.concurrent", ticket.displayNumber());
    }
    if (!events.isEmpty()) {
      changed.fire(new TicketChanged(ticket, events));
    }
  }

  private TicketAccess access() {
    return accesses.current();
  }

  /** A tracker key, upper-cased as trackers show them (PROJ-12). */
  static String key(String given) {
    if (given == null || given.isBlank()) {
      throw new InvalidInput("key", "error.field.required");
    }
    String key = given.strip();
    if (!KEY.matcher(key).matches()) {
      throw new InvalidInput("key", "defect.key.format", key);
    }
    return key.toUpperCase(Locale.ROOT);
  }

  /** An absolute http(s) address with a host. */
  static String url(String given) {
    if (given == null || given.isBlank()) {
      throw new InvalidInput("url", "error.field.required");
    }
    String url = given.strip();
    if (url.length() > ExternalDefect.MAX_URL) {
      throw new InvalidInput("url", "error.field.tooLong", ExternalDefect.MAX_URL);
    }
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        throw new InvalidInput("url", "defect.url.format", url);
      }
    } catch (URISyntaxException e) {
      throw new InvalidInput("url", "defect.url.format", url);
    }
    return url;
  }
}
