package org.tierdesk.ticket.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tierdesk.directory.boundary.CurrentUser;
import org.tierdesk.directory.boundary.People;
import org.tierdesk.directory.entity.Person;
import org.tierdesk.directory.entity.Role;
import org.tierdesk.notification.boundary.Notifications;
import org.tierdesk.platform.errors.AccessDenied;
import org.tierdesk.platform.errors.Conflict;
import org.tierdesk.platform.errors.Enums;
import org.tierdesk.platform.errors.InvalidInput;
import org.tierdesk.platform.errors.NotFound;
import org.tierdesk.platform.persistence.Page;
import org.tierdesk.platform.persistence.ValuePlans;
import org.tierdesk.routing.boundary.Routing;
import org.tierdesk.routing.boundary.SupportLines;
import org.tierdesk.routing.entity.Category;
import org.tierdesk.routing.entity.SupportLine;
import org.tierdesk.routing.entity.SupportQueue;
import org.tierdesk.ticket.control.CountedMatches;
import org.tierdesk.ticket.control.LongSearches;
import org.tierdesk.ticket.control.ScopeCounts;
import org.tierdesk.ticket.control.TagsOfTickets;
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
import org.tierdesk.ticket.entity.TicketEventType;
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
  @Inject TicketAccesses accesses;
  @Inject People people;
  @Inject SupportLines lines;
  @Inject Routing routing;
  @Inject Notifications notifications;
  @Inject Clock clock;
  @Inject ValuePlans valuePlans;
  @Inject Event<TicketChanged> changed;
  @Inject ScopeCounts scopeCounts;
  @Inject Instance<TicketSlaSource> slaSource;
  @Inject DepartmentTickets departmentTickets;
  @Inject LongSearches longSearches;
  @Inject CountedMatches countedMatches;

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
    Category category = category(draft.category());
    Priority priority = Enums.parse("priority", Priority.class, draft.priority());
    Routing.Route route =
        routing.route(
            category,
            (channel == null ? Channel.PORTAL : channel).name(),
            requester.isVip(),
            draft.subject(),
            requester.getOrgUnitId());
    if (priority == null && route.priority() != null) {
      priority = Enums.parse("priority", Priority.class, route.priority());
    }
    NewTicket request =
        new NewTicket(
            requester,
            draft.subject(),
            draft.description(),
            channel,
            category,
            priority,
            environment(draft.environment()));
    Instant now = clock.instant();
    Ticket ticket = new Ticket(request, nextNumber(), route.line(), now);
    ticket.placeIn(route.queue());
    route.tags().forEach(tag -> ticket.addTag(tag, null, now));
    em.persist(ticket);
    routing
        .chooseAgent(route.queue(), category, requester.getLocale(), this::openLoads)
        .ifPresent(agent -> ticket.assignTo(agent, null, now));
    save(ticket);
    return view(ticket);
  }

  /** Open tickets per assignee, for assignment by load (one grouped query, index on assignee). */
  private Map<Long, Long> openLoads(Collection<Long> personIds) {
    Map<Long, Long> loads = new LinkedHashMap<>();
    em.createQuery(
            "SELECT t.assignee.id, COUNT(t) FROM Ticket t WHERE t.assignee.id IN :ids"
                + " AND t.status IN :open GROUP BY t.assignee.id",
            Object[].class)
        .setParameter("ids", personIds)
        .setParameter("open", TicketStatus.OPEN)
        .getResultList()
        .forEach(row -> loads.put((Long) row[0], ((Number) row[1]).longValue()));
    return loads;
  }

  public TicketView get(long id) {
    return view(visible(id));
  }

  /**
   * Checks that the ticket exists and the caller may see it ({@link NotFound}, {@link AccessDenied}
   * otherwise), for other components that show something of a ticket; reads the ticket alone, not
   * its view.
   */
  public void requireVisible(long id) {
    visible(id);
  }

  /**
   * A page of tickets; a requester only ever gets their own. Long lists are counted up to a bound
   * (see {@link Page#exact()}).
   */
  public Page<TicketView> search(TicketQuery query) {
    return search(query, null);
  }

  /**
   * A page of tickets whose matches the caller has just counted with {@link #count(TicketQuery)}
   * for the same query: the count stands as the page's total where it covers the page, so a paged
   * table does not count twice per request.
   */
  public Page<TicketView> search(TicketQuery query, Page.Count counted) {
    Page<Ticket> page = searchOf(query).run(em, counted);
    return new Page<>(viewsOf(page.items()), page.total(), page.exact());
  }

  /**
   * How many tickets a query matches, counted up to {@link Page#COUNT_LIMIT}; what a paged table
   * asks before it loads a page.
   */
  public Page.Count count(TicketQuery query) {
    return searchOf(query).count(em);
  }

  private TicketSearch searchOf(TicketQuery query) {
    TicketAccess access = access();
    Long onlyRequester = access.isSupport() ? null : access.caller().getId();
    if (query.tag() != null && !query.tag().isBlank()) {
      access.requireSupport();
    }
    Long orDepartment = access.departmentId();
    TicketSearch.Within within = null;
    if (query.scope() != null && !query.scope().isBlank()) {
      access.requireSupport();
      within = within(query.scope());
      if (query.status() == null || query.status().isBlank()) {
        query = withOpenStatus(query);
      }
    }
    TicketSearch search =
        TicketSearch.of(query, onlyRequester, within, orDepartment)
            .remembering(longSearches)
            .sharingMatches(countedMatches);
    access
        .limitedToLines()
        .ifPresent(lineIds -> search.visibleToAgent(access.caller().getId(), lineIds));
    if (query.text() != null && !query.text().isBlank()) {
      // A text search's best plan depends on the text (see ValuePlans).
      valuePlans.forThisTransaction(em);
    }
    return search;
  }

  /**
   * How many open tickets each agent console view holds for the caller, by scope name; counted up
   * to {@link Page#COUNT_LIMIT} each, and kept for a few seconds (see {@link ScopeCounts}).
   */
  public Map<String, Page.Count> scopeCounts() {
    access().requireSupport();
    TicketQuery open = withOpenStatus(TicketQuery.firstPage(1));
    Map<String, Page.Count> counts = new LinkedHashMap<>();
    for (String scope : List.of("mine", "myQueues", "unassignedInMyLines", "escalatedToMyLines")) {
      counts.put(
          scope,
          scopeCounts.count(
              within(scope), within -> TicketSearch.of(open, null, within).count(em)));
    }
    return counts;
  }

  private TicketSearch.Within within(String scope) {
    Person me = currentUser.person();
    List<Long> myLines = lines.lineIdsOf(me.getId());
    return switch (scope) {
      case "mine" -> new TicketSearch.Within(me.getId(), null, null, false, false);
      case "myQueues" ->
          new TicketSearch.Within(
              null,
              routing.queuesOfMember(me.getId()).stream().map(SupportQueue::getId).toList(),
              null,
              false,
              false);
      case "unassignedInMyLines" -> new TicketSearch.Within(null, null, myLines, true, false);
      case "escalatedToMyLines" -> new TicketSearch.Within(null, null, myLines, false, true);
      default -> throw new InvalidInput("scope", "error.field.oneOf", TicketQuery.SCOPES);
    };
  }

  private static TicketQuery withOpenStatus(TicketQuery query) {
    return query.withStatus(TicketQuery.ANY_OPEN);
  }

  /**
   * Whether the caller, a requester, may read their department's tickets (see DepartmentTickets).
   */
  public boolean seesDepartment() {
    return access().departmentId() != null;
  }

  /** A page of the caller's own requests, whatever their role: the portal's "my tickets". */
  public Page<TicketView> searchOwn(TicketQuery query) {
    Page<Ticket> page = TicketSearch.of(query, currentUser.person().getId()).run(em);
    return new Page<>(viewsOf(page.items()), page.total(), page.exact());
  }

  public HistoryEntry reply(long id, String body, boolean internal, Long expectedVersion) {
    Ticket ticket = visible(id);
    access().requireAct(ticket);
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
    return view(ticket);
  }

  /** An agent's edit of priority, category or assignee, refused when made on a stale copy. */
  public TicketView change(long id, TicketChange change) {
    TicketAccess access = access();
    access.requireSupport();
    Ticket ticket = visible(id);
    ticket.requireVersion(change.version());
    Person actor = currentUser.person();
    // One edit, one instant: its history entries and the ticket's updatedAt must agree.
    Instant now = clock.instant();
    ticket.changePriority(Enums.parse("priority", Priority.class, change.priority()), actor, now);
    if (change.category() != null) {
      ticket.changeCategory(category(change.category()), actor, now);
    }
    if (change.assignee() != null) {
      Person assignee = change.assignee().isBlank() ? null : assignee(change.assignee());
      if (assignee != null) {
        routing.requireWorksIn(ticket.getLine(), assignee, "assignee");
      }
      ticket.assignTo(assignee, actor, now);
    }
    save(ticket);
    return view(ticket);
  }

  /** The calling agent takes ownership of the ticket. */
  public TicketView take(long id, Long expectedVersion) {
    access().requireSupport();
    Ticket ticket = visible(id);
    ticket.requireVersion(expectedVersion);
    Person me = currentUser.person();
    routing.requireWorksIn(ticket.getLine(), me, "assignee");
    ticket.assignTo(me, me, clock.instant());
    save(ticket);
    return view(ticket);
  }

  /**
   * Escalates to the next line with why and what was already tried; the receiving line's leads are
   * told. Only someone working in the ticket's current line escalates it.
   */
  public TicketView escalate(long id, String reason, String tried, Long expectedVersion) {
    Ticket ticket = workable(id, expectedVersion);
    SupportLine next = ticket.getLine().getNextLine();
    SupportQueue queue = next == null ? null : routing.defaultQueue(next);
    ticket.escalateTo(queue, currentUser.person(), reason, tried, clock.instant());
    save(ticket);
    for (Person lead : next.getLeads()) {
      notifications.send(
          lead.getId(),
          ticket.getId(),
          "routing.notification.escalated",
          List.of(ticket.displayNumber(), ticket.getSubject(), next.getCode()),
          null);
    }
    return view(ticket);
  }

  /**
   * Returns the ticket to the line it was escalated from, with instructions; whoever escalated it
   * gets it back if they still work there.
   */
  public TicketView returnToPreviousLine(long id, String instructions, Long expectedVersion) {
    Ticket ticket = workable(id, expectedVersion);
    if (!ticket.isEscalated()) {
      throw new Conflict("routing.return.noPrevious", ticket.displayNumber());
    }
    TicketEvent arrival =
        em.createQuery(
                "SELECT e FROM TicketEvent e LEFT JOIN FETCH e.actor WHERE e.ticket.id = :id"
                    + " AND e.type = :type AND e.newValue = :line ORDER BY e.occurredAt DESC,"
                    + " e.id DESC",
                TicketEvent.class)
            .setParameter("id", ticket.getId())
            .setParameter("type", TicketEventType.LINE_CHANGED)
            .setParameter("line", ticket.getLine().getCode())
            .setMaxResults(1)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new Conflict("routing.return.noPrevious", ticket.displayNumber()));
    SupportLine previous = lines.byCode("line", arrival.getOldValue());
    Person escalator = arrival.getActor();
    Person back = escalator != null && previous.hasMember(escalator) ? escalator : null;
    ticket.returnTo(
        previous,
        routing.defaultQueue(previous),
        back,
        currentUser.person(),
        instructions,
        clock.instant());
    save(ticket);
    return view(ticket);
  }

  /** Transfers the ticket to a queue and/or an agent of its own line, with an optional comment. */
  public TicketView assign(
      long id, String agent, String queue, String comment, Long expectedVersion) {
    Ticket ticket = workable(id, expectedVersion);
    boolean noAgent = agent == null || agent.isBlank();
    boolean noQueue = queue == null || queue.isBlank();
    if (noAgent && noQueue) {
      throw new InvalidInput("agent", "routing.transfer.target");
    }
    SupportQueue toQueue = noQueue ? null : routing.queueByCode("queue", queue);
    if (toQueue != null) {
      routing.requireQueueIn(ticket.getLine(), toQueue, "queue");
    }
    Person toAgent = null;
    if (!noAgent) {
      toAgent =
          people
              .byUsername(agent.strip())
              .orElseThrow(() -> new InvalidInput("agent", "person.notFound", agent));
      if (!toAgent.isAgent()) {
        throw new InvalidInput("agent", "ticket.assignee.notAgent", agent);
      }
      routing.requireWorksIn(ticket.getLine(), toAgent, "agent");
    }
    ticket.transfer(toQueue, toAgent, currentUser.person(), comment, clock.instant());
    save(ticket);
    return view(ticket);
  }

  /**
   * When an agent goes away: their open tickets go back to their queues, or to a named colleague
   * (who must work in each ticket's line; tickets of other lines go back to their queue). Returns
   * how many tickets were handed over.
   */
  public int handOver(String agentUsername, String colleagueUsername) {
    access().requireSupport();
    if (agentUsername == null || agentUsername.isBlank()) {
      throw new InvalidInput("from", "error.field.required");
    }
    Person agent =
        people
            .byUsername(agentUsername.strip())
            .orElseThrow(() -> new NotFound("person.notFound", agentUsername));
    Person colleague =
        colleagueUsername == null || colleagueUsername.isBlank()
            ? null
            : people
                .byUsername(colleagueUsername.strip())
                .orElseThrow(() -> new InvalidInput("to", "person.notFound", colleagueUsername));
    if (!currentUser.is(Role.ADMIN) && !agent.getId().equals(currentUser.person().getId())) {
      throw new AccessDenied("routing.handOver.ownOnly");
    }
    if (colleague != null && !colleague.isAgent()) {
      throw new InvalidInput("to", "ticket.assignee.notAgent", colleagueUsername);
    }
    List<Ticket> open =
        em.createQuery(
                "SELECT t FROM Ticket t WHERE t.assignee.id = :agent AND t.status IN :open",
                Ticket.class)
            .setParameter("agent", agent.getId())
            .setParameter("open", TicketStatus.OPEN)
            .getResultList();
    Person actor = currentUser.person();
    Instant now = clock.instant();
    for (Ticket ticket : open) {
      Person to =
          colleague != null && routing.worksIn(ticket.getLine(), colleague) ? colleague : null;
      ticket.assignTo(to, actor, now);
      save(ticket);
    }
    return open.size();
  }

  /** A ticket the caller may work on: support, in the ticket's line, seen at this version. */
  private Ticket workable(long id, Long expectedVersion) {
    access().requireSupport();
    Ticket ticket = visible(id);
    ticket.requireVersion(expectedVersion);
    Person me = currentUser.person();
    if (!routing.worksIn(ticket.getLine(), me)) {
      throw new AccessDenied("routing.notYourLine", ticket.getLine().getCode());
    }
    return ticket;
  }

  /**
   * The ticket, its timeline and its attachments in one transaction: the ticket is read and its
   * access checked once, where the three separate calls would do it three times.
   */
  public TicketDetail detail(long id) {
    Ticket ticket = visible(id);
    return new TicketDetail(view(ticket), historyOf(ticket), attachmentsOf(ticket));
  }

  /** The timeline; requesters do not see internal notes. */
  public List<HistoryEntry> history(long id) {
    return historyOf(visible(id));
  }

  /**
   * Read as lines, not entities: a timeline shows each entry's actor by name only. A ticket's 200
   * entries read as managed entities, each with its actor's every column, allocated 1.6 MB per
   * read; as lines 1.1 MB (BENCHMARKS.md, 2026-12-05 night).
   */
  private List<HistoryEntry> historyOf(Ticket ticket) {
    return em.createQuery(access().maySeeInternal() ? HISTORY : HISTORY_PUBLIC, HistoryEntry.class)
        .setParameter("ticketId", ticket.getId())
        .getResultList();
  }

  private static final String HISTORY_LINES =
      "SELECT NEW org.tierdesk.ticket.boundary.HistoryEntry(e.id, e.type, a.username,"
          + " a.displayName, e.occurredAt, e.field, e.oldValue, e.newValue, e.body, e.internal,"
          + " f.id) FROM TicketEvent e LEFT JOIN e.actor a LEFT JOIN e.attachment f"
          + " WHERE e.ticket.id = :ticketId";
  private static final String HISTORY = HISTORY_LINES + " ORDER BY e.occurredAt, e.id";
  private static final String HISTORY_PUBLIC =
      HISTORY_LINES + " AND e.internal = FALSE ORDER BY e.occurredAt, e.id";

  /**
   * Stores a file on the ticket. The content is read up to the configured limit; a larger file is
   * refused as a whole, so nothing half-stored remains.
   */
  public AttachmentView attach(long id, String fileName, String contentType, InputStream content) {
    Ticket ticket = visible(id);
    access().requireAct(ticket);
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
    return attachmentsOf(visible(id));
  }

  private List<AttachmentView> attachmentsOf(Ticket ticket) {
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
    if (attachment == null
        || !(attachment.getTicket().getId().equals(ticket.getId())
            || TicketRelations.shownOn(em, ticket, attachmentId, access().maySeeInternal()))) {
      throw new NotFound("attachment.notFound", attachmentId);
    }
    AttachmentContent content = em.find(AttachmentContent.class, attachmentId);
    return new AttachmentFile(AttachmentView.of(attachment), content.getContent());
  }

  public long maxAttachmentBytes() {
    return maxAttachmentBytes;
  }

  /** Support's view of several tickets at once, by id (missing ids are left out). */
  public Map<Long, TicketView> views(Collection<Long> ids) {
    access().requireSupport();
    if (ids.isEmpty()) {
      return Map.of();
    }
    List<Ticket> found =
        TicketSearch.readingPeopleInBatches(
                em.createQuery(
                    "SELECT t FROM Ticket t JOIN FETCH t.line"
                        + " LEFT JOIN FETCH t.category WHERE t.id IN :ids",
                    Ticket.class))
            .setParameter("ids", ids)
            .getResultList();
    Map<Long, TicketView> byId = new LinkedHashMap<>();
    viewsOf(found).forEach(view -> byId.put(view.id(), view));
    return byId;
  }

  // System use: the methods below are for server-side components acting on their own (the SLA
  // sweep), not for callers; they check no caller, and REST does not expose them.

  /** A ticket as the system sees it, whoever is calling (or nobody). */
  public TicketView systemView(long id) {
    return view(existing(id));
  }

  /** Writes an SLA warning or breach into the ticket's history. */
  public void recordSla(long ticketId, TicketEventType type, String metric, Instant dueAt) {
    Ticket ticket = existing(ticketId);
    ticket.recordSla(type, metric, dueAt, clock.instant());
    save(ticket);
  }

  /**
   * Moves the ticket to the next support line, recording LINE_CHANGED with the reason (a message
   * key) as internal comment. False, and nothing changes, if the line has no next line.
   */
  public boolean escalateToNextLine(long ticketId, String reasonKey) {
    Ticket ticket = existing(ticketId);
    boolean moved = ticket.escalate(reasonKey, clock.instant());
    if (moved) {
      ticket.placeIn(routing.defaultQueue(ticket.getLine()));
    }
    save(ticket);
    return moved;
  }

  /** Raises the priority one step, with the reason (a message key); false if already highest. */
  public boolean raisePriority(long ticketId, String reasonKey) {
    Ticket ticket = existing(ticketId);
    boolean raised = ticket.raisePriority(reasonKey, clock.instant());
    save(ticket);
    return raised;
  }

  private Ticket existing(long id) {
    Ticket ticket = em.find(Ticket.class, id);
    if (ticket == null) {
      throw new NotFound("ticket.notFound", id);
    }
    return ticket;
  }

  private TicketView view(Ticket ticket) {
    return viewsOf(List.of(ticket)).get(0);
  }

  /** Views with their SLA, which the SLA component (if deployed) adds in one query. */
  private List<TicketView> viewsOf(List<Ticket> tickets) {
    List<TicketView> plain = tickets.stream().map(TicketView::of).toList();
    if (!plain.isEmpty() && currentUser.isSupport()) {
      Map<Long, List<String>> tags =
          TagsOfTickets.load(em, plain.stream().map(TicketView::id).toList());
      plain = plain.stream().map(v -> v.withTags(tags.get(v.id()))).toList();
    }
    if (plain.isEmpty() || !slaSource.isResolvable()) {
      return plain;
    }
    Map<Long, TicketView.Sla> sla =
        slaSource.get().slaOf(plain.stream().map(TicketView::id).toList());
    return plain.stream().map(view -> view.withSla(sla.get(view.id()))).toList();
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
    return accesses.current();
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
