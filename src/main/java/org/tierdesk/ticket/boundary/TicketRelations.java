package org.tierdesk.ticket.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tierdesk.directory.entity.Person;
import org.tierdesk.notification.boundary.Notifications;
import org.tierdesk.platform.errors.AccessDenied;
import org.tierdesk.platform.errors.Conflict;
import org.tierdesk.platform.errors.InvalidInput;
import org.tierdesk.platform.errors.NotFound;
import org.tierdesk.platform.i18n.Texts;
import org.tierdesk.routing.boundary.Routing;
import org.tierdesk.ticket.control.TicketAccess;
import org.tierdesk.ticket.entity.LinkKind;
import org.tierdesk.ticket.entity.Ticket;
import org.tierdesk.ticket.entity.TicketEvent;
import org.tierdesk.ticket.entity.TicketLink;
import org.tierdesk.ticket.entity.TicketStatus;

/**
 * How tickets relate: related tickets (both ways), parents and children (a parent is resolved only
 * when its children are done, unless an agent forces it with a reason), and duplicates merged into
 * the ticket that goes on. Every link is a history entry on both tickets.
 */
@Stateless
public class TicketRelations extends TicketWork {

  /** How far up a chain of parents a new parent link is checked for a cycle. */
  private static final int MAX_DEPTH = 100;

  @Inject Routing routing;
  @Inject Notifications notifications;
  @Inject Tickets tickets;

  /**
   * The ticket's links, oldest first. Support sees all; a requester only links to other tickets of
   * their own.
   */
  public List<LinkView> links(long id) {
    TicketAccess access = access();
    Ticket ticket = em.find(Ticket.class, id);
    if (ticket == null) {
      throw new NotFound("ticket.notFound", id);
    }
    access.requireSee(ticket);
    return em
        .createNamedQuery(TicketLink.OF_TICKET, TicketLink.class)
        .setParameter("ticketId", id)
        .getResultList()
        .stream()
        .filter(link -> access.maySee(link.otherThan(ticket)))
        .map(link -> view(ticket, link))
        .toList();
  }

  /**
   * Links the ticket to another one; {@code role} is what the other ticket becomes to this one:
   * {@code related}, {@code parent} or {@code child}.
   */
  public LinkView link(long id, String other, String role) {
    Ticket ticket = supportTicket(id, null);
    Ticket target = byReference("ticket", other);
    if (target.getId().equals(ticket.getId())) {
      throw new InvalidInput("ticket", "ticket.link.self");
    }
    if (!between(ticket, target).isEmpty()) {
      throw new Conflict("ticket.link.exists", ticket.displayNumber(), target.displayNumber());
    }
    String given = role == null ? "" : role.strip();
    TicketLink link =
        switch (given) {
          case LinkView.RELATED -> related(ticket, target);
          case LinkView.PARENT -> parentLink(target, ticket);
          case LinkView.CHILD -> parentLink(ticket, target);
          default ->
              throw new InvalidInput(
                  "role",
                  "error.field.oneOf",
                  List.of(LinkView.RELATED, LinkView.PARENT, LinkView.CHILD));
        };
    em.persist(link);
    Person actor = currentUser.person();
    Instant now = link.getCreatedAt();
    ticket.recordLink(true, given, target, actor, now);
    target.recordLink(true, opposite(given), ticket, actor, now);
    save(ticket);
    save(target);
    return view(ticket, link);
  }

  /** Removes the related or parent/child link between the two tickets (merges stay). */
  public void unlink(long id, String other) {
    Ticket ticket = supportTicket(id, null);
    Ticket target = byReference("ticket", other);
    TicketLink link =
        between(ticket, target).stream()
            .filter(l -> l.getKind() != LinkKind.MERGED)
            .findFirst()
            .orElseThrow(
                () ->
                    new InvalidInput(
                        "ticket",
                        "ticket.link.none",
                        ticket.displayNumber(),
                        target.displayNumber()));
    String role = view(ticket, link).role();
    em.remove(link);
    Person actor = currentUser.person();
    Instant now = clock.instant();
    ticket.recordLink(false, role, target, actor, now);
    target.recordLink(false, opposite(role), ticket, actor, now);
    save(ticket);
    save(target);
  }

  /** How many children of the ticket are still open. */
  public long openChildren(long id) {
    access().requireSupport();
    return openChildren(em, id);
  }

  static long openChildren(EntityManager em, long parentId) {
    return em.createNamedQuery(TicketLink.OPEN_CHILDREN, Long.class)
        .setParameter("ticketId", parentId)
        .setParameter("kind", LinkKind.PARENT)
        .setParameter("open", TicketStatus.OPEN)
        .getSingleResult();
  }

  /**
   * Resolves a parent although children are still open; the reason is kept in the history. Without
   * open children it is an ordinary resolution.
   */
  public TicketView resolveForced(long id, String reason, Long expectedVersion) {
    Ticket ticket = workable(id, expectedVersion);
    long open = openChildren(em, id);
    Person actor = currentUser.person();
    if (open == 0) {
      ticket.moveTo(TicketStatus.RESOLVED, actor, reason, clock.instant());
    } else {
      ticket.resolveForced(actor, reason, open, clock.instant());
    }
    save(ticket);
    return tickets.get(id);
  }

  /**
   * Merges the ticket into {@code target}: it is closed with a public reply that names the target,
   * its requester is notified, and its description, public replies and attachments appear on the
   * target's timeline. Refused for the ticket itself, a closed ticket, or a stale copy.
   */
  public TicketView merge(long id, String target, Long expectedVersion) {
    Ticket source = workable(id, expectedVersion);
    Ticket into = byReference("target", target);
    Person actor = currentUser.person();
    Instant now = clock.instant();
    Person requester = source.getRequester();
    Locale locale =
        requester.getLocale() == null ? null : Locale.forLanguageTag(requester.getLocale());
    String notice =
        Texts.format(
            Texts.supported(locale),
            "ticket.merge.notice",
            source.displayNumber(),
            into.displayNumber());
    List<TicketEvent> history =
        em.createNamedQuery(TicketEvent.PUBLIC_OF_TICKET, TicketEvent.class)
            .setParameter("ticketId", source.getId())
            .getResultList();
    source.mergeInto(into, actor, notice, now);
    into.absorb(source, history, actor, now);
    em.persist(new TicketLink(LinkKind.MERGED, source, into, actor, now));
    save(source);
    save(into);
    notifications.send(
        requester.getId(),
        source.getId(),
        "ticket.notification.merged",
        List.of(source.displayNumber(), into.displayNumber()),
        null);
    return tickets.get(id);
  }

  /**
   * Whether an attachment appears on the ticket's timeline as one of a merged ticket's entries, so
   * that it may be downloaded from there; {@code withInternal} for support.
   */
  static boolean shownOn(EntityManager em, Ticket ticket, long attachmentId, boolean withInternal) {
    return em.createQuery(
                "SELECT COUNT(e) FROM TicketEvent e WHERE e.ticket.id = :ticketId"
                    + " AND e.attachment.id = :attachmentId"
                    + (withInternal ? "" : " AND e.internal = FALSE"),
                Long.class)
            .setParameter("ticketId", ticket.getId())
            .setParameter("attachmentId", attachmentId)
            .getSingleResult()
        > 0;
  }

  /** A ticket the caller may close or resolve: support working in its line. */
  private Ticket workable(long id, Long expectedVersion) {
    Ticket ticket = supportTicket(id, expectedVersion);
    if (!routing.worksIn(ticket.getLine(), currentUser.person())) {
      throw new AccessDenied("routing.notYourLine", ticket.getLine().getCode());
    }
    return ticket;
  }

  private TicketLink related(Ticket a, Ticket b) {
    Ticket first = a.getId() < b.getId() ? a : b;
    Ticket second = first == a ? b : a;
    return new TicketLink(LinkKind.RELATED, first, second, currentUser.person(), clock.instant());
  }

  /** A parent link, refused when the child has a parent already or the link would close a cycle. */
  private TicketLink parentLink(Ticket parent, Ticket child) {
    parentOf(child)
        .ifPresent(
            existing -> {
              throw new Conflict(
                  "ticket.link.hasParent", child.displayNumber(), existing.displayNumber());
            });
    Ticket up = parent;
    for (int depth = 0; up != null && depth < MAX_DEPTH; depth++) {
      if (up.getId().equals(child.getId())) {
        throw new Conflict("ticket.link.cycle", parent.displayNumber(), child.displayNumber());
      }
      up = parentOf(up).orElse(null);
    }
    return new TicketLink(LinkKind.PARENT, parent, child, currentUser.person(), clock.instant());
  }

  private Optional<Ticket> parentOf(Ticket child) {
    return em.createNamedQuery(TicketLink.PARENT_OF, TicketLink.class)
        .setParameter("ticketId", child.getId())
        .setParameter("kind", LinkKind.PARENT)
        .getResultStream()
        .findFirst()
        .map(TicketLink::getFrom);
  }

  private List<TicketLink> between(Ticket a, Ticket b) {
    return em.createNamedQuery(TicketLink.BETWEEN, TicketLink.class)
        .setParameter("a", a.getId())
        .setParameter("b", b.getId())
        .getResultList();
  }

  private static String opposite(String role) {
    return switch (role) {
      case LinkView.PARENT -> LinkView.CHILD;
      case LinkView.CHILD -> LinkView.PARENT;
      default -> role;
    };
  }

  private static LinkView view(Ticket ticket, TicketLink link) {
    Ticket other = link.otherThan(ticket);
    boolean outgoing = link.getFrom().getId().equals(ticket.getId());
    String role =
        switch (link.getKind()) {
          case RELATED -> LinkView.RELATED;
          case PARENT -> outgoing ? LinkView.CHILD : LinkView.PARENT;
          case MERGED -> outgoing ? LinkView.MERGED_INTO : LinkView.MERGED_FROM;
        };
    return new LinkView(
        other.getId(),
        other.displayNumber(),
        other.getSubject(),
        other.getStatus(),
        role,
        link.getCreatedAt());
  }
}
