package org.tierdesk.ticket.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tierdesk.directory.boundary.CurrentUser;
import org.tierdesk.directory.boundary.People;
import org.tierdesk.directory.entity.Person;
import org.tierdesk.platform.errors.Conflict;
import org.tierdesk.platform.errors.Enums;
import org.tierdesk.platform.errors.InvalidInput;
import org.tierdesk.platform.errors.NotFound;
import org.tierdesk.platform.persistence.Page;
import org.tierdesk.routing.boundary.SupportLines;
import org.tierdesk.routing.entity.Category;
import org.tierdesk.ticket.control.TicketAccess;
import org.tierdesk.ticket.control.TicketSearch;
import org.tierdesk.ticket.control.UploadedFile;
import org.tierdesk.ticket.entity.Attachment;
import org.tierdesk.ticket.entity.AttachmentContent;
import org.tierdesk.ticket.entity.Channel;
import org.tierdesk.ticket.entity.Environment;
import org.tierdesk.ticket.entity.NewTicket;
import org.tierdesk.ticket.entity.Priority;
import org.tierdesk.ticket.entity.Ticket;
import org.tierdesk.ticket.entity.TicketEvent;
import org.tierdesk.ticket.entity.TicketStatus;

/**
 * The ticket use cases, one transaction each, for the portal, the agent console and the REST API
 * alike. Every method checks who is calling before it reads or changes anything, and every change
 * writes its history in the same transaction.
 */
@Stateless
public class Tickets {

  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject People people;
  @Inject SupportLines lines;
  @Inject Clock clock;
  @Inject Event<TicketChanged> changed;

  @Inject
  @ConfigProperty(name = "tierdesk.attachments.max-bytes", defaultValue = "20971520")
  long maxAttachmentBytes;

  public TicketView open(TicketDraft draft) {
    TicketAccess access = access();
    Person requester = requesterOf(draft, access);
    Channel channel = Enums.parse("channel", Channel.class, draft.channel());
    if (!access.isSupport()
        && channel != null
        && channel != Channel.PORTAL
        && channel != Channel.API) {
      channel = null;
    }
    NewTicket request =
        new NewTicket(
            requester,
            draft.subject(),
            draft.description(),
            channel,
            category(draft.category()),
            Enums.parse("priority", Priority.class, draft.priority()),
            environment(draft.environment()));
    Ticket ticket = new Ticket(request, nextNumber(), lines.first(), clock.instant());
    em.persist(ticket);
    save(ticket);
    return TicketView.of(ticket);
  }

  public TicketView get(long id) {
    return TicketView.of(visible(id));
  }

  /** A page of tickets; a requester only ever gets their own. */
  public Page<TicketView> search(TicketQuery query) {
    TicketAccess access = access();
    Long onlyRequester = access.isSupport() ? null : access.caller().getId();
    Page<Ticket> page = TicketSearch.of(query, onlyRequester).run(em);
    return new Page<>(page.items().stream().map(TicketView::of).toList(), page.total());
  }

  public HistoryEntry reply(long id, String body, boolean internal, Long expectedVersion) {
    Ticket ticket = visible(id);
    ticket.requireVersion(expectedVersion);
    TicketEvent event = ticket.reply(currentUser.person(), body, internal, clock.instant());
    save(ticket);
    return HistoryEntry.of(event);
  }

  public TicketView transition(long id, String to, String comment, Long expectedVersion) {
    TicketStatus target = Enums.parse("to", TicketStatus.class, to);
    if (target == null) {
      throw new InvalidInput("to", "error.field.required");
    }
    Ticket ticket = visible(id);
    access().requireMove(ticket, target);
    ticket.requireVersion(expectedVersion);
    ticket.moveTo(target, currentUser.person(), comment, clock.instant());
    save(ticket);
    return TicketView.of(ticket);
  }

  /** An agent's edit of priority, category or assignee, refused when made on a stale copy. */
  public TicketView change(long id, TicketChange change) {
    TicketAccess access = access();
    access.requireSupport();
    Ticket ticket = visible(id);
    ticket.requireVersion(change.version());
    Person actor = currentUser.person();
    ticket.changePriority(
        Enums.parse("priority", Priority.class, change.priority()), actor, clock.instant());
    if (change.category() != null) {
      ticket.changeCategory(category(change.category()), actor, clock.instant());
    }
    if (change.assignee() != null) {
      Person assignee = change.assignee().isBlank() ? null : assignee(change.assignee());
      ticket.assignTo(assignee, actor, clock.instant());
    }
    save(ticket);
    return TicketView.of(ticket);
  }

  /** The calling agent takes ownership of the ticket. */
  public TicketView take(long id, Long expectedVersion) {
    access().requireSupport();
    Ticket ticket = visible(id);
    ticket.requireVersion(expectedVersion);
    Person me = currentUser.person();
    ticket.assignTo(me, me, clock.instant());
    save(ticket);
    return TicketView.of(ticket);
  }

  /** The timeline; requesters do not see internal notes. */
  public List<HistoryEntry> history(long id) {
    Ticket ticket = visible(id);
    String query = access().maySeeInternal() ? TicketEvent.OF_TICKET : TicketEvent.PUBLIC_OF_TICKET;
    return em
        .createNamedQuery(query, TicketEvent.class)
        .setParameter("ticketId", ticket.getId())
        .getResultList()
        .stream()
        .map(HistoryEntry::of)
        .toList();
  }

  /**
   * Stores a file on the ticket. The content is read up to the configured limit; a larger file is
   * refused as a whole, so nothing half-stored remains.
   */
  public AttachmentView attach(long id, String fileName, String contentType, InputStream content) {
    Ticket ticket = visible(id);
    UploadedFile file = UploadedFile.read(fileName, contentType, content, maxAttachmentBytes);
    Attachment attachment =
        ticket.attach(
            file.name(),
            file.contentType(),
            file.size(),
            file.sha256(),
            currentUser.person(),
            clock.instant());
    em.persist(attachment);
    em.flush();
    em.persist(new AttachmentContent(attachment.getId(), file.bytes()));
    save(ticket);
    return AttachmentView.of(attachment);
  }

  public List<AttachmentView> attachments(long id) {
    Ticket ticket = visible(id);
    return em
        .createNamedQuery(Attachment.OF_TICKET, Attachment.class)
        .setParameter("ticketId", ticket.getId())
        .getResultList()
        .stream()
        .map(AttachmentView::of)
        .toList();
  }

  public AttachmentFile download(long id, long attachmentId) {
    Ticket ticket = visible(id);
    Attachment attachment = em.find(Attachment.class, attachmentId);
    if (attachment == null || !attachment.getTicket().getId().equals(ticket.getId())) {
      throw new NotFound("attachment.notFound", attachmentId);
    }
    AttachmentContent content = em.find(AttachmentContent.class, attachmentId);
    return new AttachmentFile(AttachmentView.of(attachment), content.getContent());
  }

  public long maxAttachmentBytes() {
    return maxAttachmentBytes;
  }

  private Ticket visible(long id) {
    Ticket ticket = em.find(Ticket.class, id);
    if (ticket == null) {
      throw new NotFound("ticket.notFound", id);
    }
    access().requireSee(ticket);
    return ticket;
  }

  /** Persists the history the ticket recorded and tells observers, within this transaction. */
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
    return new TicketAccess(currentUser.person(), currentUser.isSupport());
  }

  private Person requesterOf(TicketDraft draft, TicketAccess access) {
    if (draft.requester() == null || draft.requester().isBlank()) {
      return access.caller();
    }
    access.requireSupport();
    return people
        .byUsername(draft.requester().strip())
        .orElseThrow(() -> new InvalidInput("requester", "person.notFound", draft.requester()));
  }

  private Person assignee(String username) {
    return people
        .byUsername(username.strip())
        .orElseThrow(() -> new InvalidInput("assignee", "person.notFound", username));
  }

  private Category category(String code) {
    return code == null || code.isBlank() ? null : lines.categoryByCode("category", code.strip());
  }

  private static Environment environment(TicketDraft.Environment given) {
    return given == null
        ? Environment.none()
        : new Environment(
            given.os(), given.browser(), given.application(), given.applicationVersion());
  }

  private long nextNumber() {
    Object next = em.createNativeQuery("SELECT nextval('ticket_number_seq')").getSingleResult();
    return ((Number) next).longValue();
  }
}
