package org.tierdesk.ticket.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.tierdesk.directory.entity.Person;
import org.tierdesk.platform.errors.Conflict;
import org.tierdesk.platform.errors.InvalidInput;
import org.tierdesk.routing.entity.Category;
import org.tierdesk.routing.entity.SupportLine;
import org.tierdesk.routing.entity.SupportQueue;

/**
 * A request for help and everything that happens to it. Every change goes through a method of this
 * class, which records a {@link TicketEvent}; the boundary persists those events in the same
 * transaction, so the history is complete by construction.
 */
@Entity
@Table(name = "ticket")
public class Ticket {

  public static final String NUMBER_PREFIX = "TD-";
  public static final int MAX_SUBJECT = 200;
  public static final int MAX_TEXT = 100_000;

  @Id
  @SequenceGenerator(name = "ticket_seq", sequenceName = "ticket_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_seq")
  private Long id;

  @Column(nullable = false, updatable = false)
  private long number;

  @Column(nullable = false, length = MAX_SUBJECT)
  private String subject;

  @Column(nullable = false, length = MAX_TEXT)
  private String description;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "requester_id", nullable = false, updatable = false)
  private Person requester;

  /**
   * The ids of the requester, the assignee and the line as plain columns, kept in step with the
   * relations: who may see a ticket is decided from them without reading the people and the line
   * (every boundary call checks it).
   */
  @Column(name = "requester_id", insertable = false, updatable = false)
  private Long requesterId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Channel channel;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "category_id")
  private Category category;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Priority priority;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private TicketStatus status;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "assignee_id")
  private Person assignee;

  /**
   * The assignee's id as a plain column, also for queries that must not join the assignee:
   * EclipseLink turns {@code t.assignee.id} inside an OR into an inner join that drops unassigned
   * tickets.
   */
  @Column(name = "assignee_id", insertable = false, updatable = false)
  private Long assigneeId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "line_id", nullable = false)
  private SupportLine line;

  @Column(name = "line_id", insertable = false, updatable = false)
  private Long lineId;

  /** The team within the line that works on the ticket (routing decides). */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "queue_id")
  private SupportQueue queue;

  /** When it reached its current line by escalation; null if it did not (or was returned). */
  @Column(name = "escalated_at")
  private Instant escalatedAt;

  @Embedded private Environment environment;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "updated_by_id")
  private Person updatedBy;

  @Version private long version;

  @Transient private final List<TicketEvent> recorded = new ArrayList<>();

  /** Free-form tags, normalised by {@link Tag}; for support's eyes only. */
  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "ticket_tag", joinColumns = @JoinColumn(name = "ticket_id"))
  @Column(name = "tag", length = Tag.MAX_LENGTH)
  private Set<String> tags = new HashSet<>();

  protected Ticket() {}

  /** Whether these events (of one change) include the CREATED entry: the ticket is new. */
  public static boolean createdIn(Collection<TicketEvent> events) {
    return events.stream().anyMatch(e -> e.getType() == TicketEventType.CREATED);
  }

  /** Opens a ticket at the given support line; the history starts with a CREATED entry. */
  public Ticket(NewTicket request, long number, SupportLine firstLine, Instant now) {
    this.number = number;
    this.subject = requireText("subject", request.subject(), MAX_SUBJECT);
    this.description = requireText("description", request.description(), MAX_TEXT);
    this.requester = Objects.requireNonNull(request.requester());
    this.requesterId = requester.getId();
    this.channel = request.channel() == null ? Channel.PORTAL : request.channel();
    this.category = request.category();
    this.priority = request.priority() == null ? Priority.NORMAL : request.priority();
    this.environment = request.environment() == null ? Environment.none() : request.environment();
    this.status = TicketStatus.NEW;
    this.line = Objects.requireNonNull(firstLine);
    this.lineId = line.getId();
    this.createdAt = now;
    touch(request.requester(), now);
    record(TicketEvent.of(this, TicketEventType.CREATED, request.requester(), now));
  }

  /**
   * Adds a public reply or an internal note. A requester's reply brings a waiting ticket back to
   * support and reopens a resolved one; support's first public reply starts the work.
   */
  public TicketEvent reply(Person author, String body, boolean internal, Instant now) {
    String text = requireText("body", body, MAX_TEXT);
    if (status == TicketStatus.CLOSED) {
      throw new Conflict("ticket.closed", displayNumber());
    }
    boolean fromSupport = author.isAgent() && !isRequester(author);
    if (internal && !fromSupport) {
      throw new InvalidInput("internal", "ticket.note.agentsOnly");
    }
    TicketEvent event = record(TicketEvent.message(this, author, now, text, internal));
    if (!internal) {
      followReply(author, fromSupport, now);
    }
    touch(author, now);
    return event;
  }

  private void followReply(Person author, boolean fromSupport, Instant now) {
    if (fromSupport && (status == TicketStatus.NEW || status == TicketStatus.REOPENED)) {
      changeStatus(TicketStatus.IN_PROGRESS, author, now);
    } else if (!fromSupport && status == TicketStatus.WAITING_FOR_REQUESTER) {
      changeStatus(TicketStatus.IN_PROGRESS, author, now);
    } else if (!fromSupport && status == TicketStatus.RESOLVED) {
      changeStatus(TicketStatus.REOPENED, author, now);
    }
  }

  /** Moves the ticket along its workflow; an optional comment is kept with the history entry. */
  public void moveTo(TicketStatus target, Person actor, String comment, Instant now) {
    Objects.requireNonNull(target);
    if (!status.canMoveTo(target)) {
      throw new Conflict("ticket.transition.refused", status, target);
    }
    TicketEvent event = changeStatus(target, actor, now);
    if (comment != null && !comment.isBlank()) {
      event.withComment(requireText("comment", comment, MAX_TEXT), false);
    }
    touch(actor, now);
  }

  private TicketEvent changeStatus(TicketStatus target, Person actor, Instant now) {
    TicketStatus previous = status;
    status = target;
    return record(
        TicketEvent.change(
            this, TicketEventType.STATUS_CHANGED, actor, now, "status", previous, target));
  }

  public void assignTo(Person agent, Person actor, Instant now) {
    if (agent != null && !agent.isAgent()) {
      throw new InvalidInput("assignee", "ticket.assignee.notAgent", agent.getUsername());
    }
    if (sameTicketPerson(assignee, agent)) {
      return;
    }
    Person previous = assignee;
    assignee = agent;
    assigneeId = agent == null ? null : agent.getId();
    record(
        TicketEvent.change(
            this,
            TicketEventType.ASSIGNED,
            actor,
            now,
            "assignee",
            previous == null ? null : previous.getUsername(),
            agent == null ? null : agent.getUsername()));
    touch(actor, now);
  }

  public void moveToLine(SupportLine target, Person actor, Instant now) {
    if (getLineId().equals(target.getId())) {
      return;
    }
    SupportLine previous = line;
    line = target;
    lineId = target.getId();
    record(
        TicketEvent.change(
            this,
            TicketEventType.LINE_CHANGED,
            actor,
            now,
            "line",
            previous.getCode(),
            target.getCode()));
    touch(actor, now);
  }

  /** Puts a ticket being opened into the queue routing chose; part of creating it, no entry. */
  public void placeIn(SupportQueue target) {
    this.queue = target;
  }

  /**
   * An agent escalates to the next line with why and what was already tried: the line change keeps
   * the reason, an internal note the steps tried, and the ticket waits unassigned in the receiving
   * queue.
   */
  public void escalateTo(
      SupportQueue target, Person actor, String reason, String tried, Instant now) {
    String why = requireText("reason", reason, MAX_TEXT);
    String done = requireText("tried", tried, MAX_TEXT);
    SupportLine next = line.getNextLine();
    if (next == null) {
      throw new Conflict("routing.escalation.noNextLine", line.getCode());
    }
    requireOpen();
    moveToLine(next, actor, now);
    lastRecorded().withComment(why, true);
    record(TicketEvent.message(this, actor, now, done, true).withField("tried"));
    queue = target;
    escalatedAt = now;
    assignTo(null, actor, now);
  }

  /**
   * Sends the ticket back to the line it came from, with instructions for that line; {@code
   * assignTo} (who escalated it, if still there) gets it back.
   */
  public void returnTo(
      SupportLine previous,
      SupportQueue target,
      Person assignTo,
      Person actor,
      String instructions,
      Instant now) {
    String text = requireText("instructions", instructions, MAX_TEXT);
    requireOpen();
    moveToLine(previous, actor, now);
    lastRecorded().withComment(text, true);
    queue = target;
    escalatedAt = null;
    assignTo(assignTo, actor, now);
  }

  /**
   * Hands the ticket to another queue and/or agent of the same line (the caller checked that);
   * moving to a queue without naming an agent gives the ticket back to that queue.
   */
  public void transfer(
      SupportQueue toQueue, Person toAgent, Person actor, String comment, Instant now) {
    requireOpen();
    int before = recorded.size();
    if (toQueue != null && (queue == null || !queue.getId().equals(toQueue.getId()))) {
      String previous = queue == null ? null : queue.getCode();
      queue = toQueue;
      record(
          TicketEvent.change(
              this,
              TicketEventType.FIELD_CHANGED,
              actor,
              now,
              "queue",
              previous,
              toQueue.getCode()));
      touch(actor, now);
      if (toAgent == null) {
        assignTo(null, actor, now);
      }
    }
    if (toAgent != null) {
      assignTo(toAgent, actor, now);
    }
    if (recorded.size() == before) {
      throw new InvalidInput(toAgent != null ? "agent" : "queue", "routing.transfer.unchanged");
    }
    if (comment != null && !comment.isBlank()) {
      lastRecorded().withComment(requireText("comment", comment, MAX_TEXT), true);
    }
  }

  private void requireOpen() {
    if (status == TicketStatus.CLOSED) {
      throw new Conflict("ticket.closed", displayNumber());
    }
  }

  public void changePriority(Priority target, Person actor, Instant now) {
    if (target == null || target == priority) {
      return;
    }
    Priority previous = priority;
    priority = target;
    record(
        TicketEvent.change(
            this, TicketEventType.FIELD_CHANGED, actor, now, "priority", previous, target));
    touch(actor, now);
  }

  public void changeCategory(Category target, Person actor, Instant now) {
    Long previousId = category == null ? null : category.getId();
    Long targetId = target == null ? null : target.getId();
    if (Objects.equals(previousId, targetId)) {
      return;
    }
    String previousCode = category == null ? null : category.getCode();
    category = target;
    record(
        TicketEvent.change(
            this,
            TicketEventType.FIELD_CHANGED,
            actor,
            now,
            "category",
            previousCode,
            target == null ? null : target.getCode()));
    touch(actor, now);
  }

  /**
   * Notes an SLA warning or breach on the timeline, as the system (no actor) and for support's eyes
   * only. The ticket itself does not change, so agents editing it are not disturbed.
   */
  public TicketEvent recordSla(TicketEventType type, String metric, Instant dueAt, Instant now) {
    if (!type.isSla()) {
      throw new IllegalArgumentException("Not an SLA entry: " + type);
    }
    TicketEvent event = TicketEvent.change(this, type, null, now, metric, null, dueAt);
    return record(event.withComment(null, true));
  }

  /**
   * Moves the ticket to the next support line on the system's behalf; {@code reasonKey} (a message
   * key) is kept as the entry's internal comment. False if there is no next line.
   */
  public boolean escalate(String reasonKey, Instant now) {
    SupportLine next = line.getNextLine();
    if (next == null || status == TicketStatus.CLOSED) {
      return false;
    }
    moveToLine(next, null, now);
    lastRecorded().withComment(reasonKey, true);
    escalatedAt = now;
    return true;
  }

  /** Raises the priority one step on the system's behalf; false if it is already the highest. */
  public boolean raisePriority(String reasonKey, Instant now) {
    Priority[] all = Priority.values();
    if (priority.ordinal() == all.length - 1 || status == TicketStatus.CLOSED) {
      return false;
    }
    changePriority(all[priority.ordinal() + 1], null, now);
    lastRecorded().withComment(reasonKey, true);
    return true;
  }

  /**
   * Links the ticket to an external defect and lets it wait for development; the SLA clocks of
   * policies that pause in that status stand still meanwhile.
   */
  public void awaitDevelopment(String defectKey, String url, Person actor, Instant now) {
    requireOpen();
    if (!status.isOpen() || status == TicketStatus.WAITING_FOR_DEVELOPMENT) {
      throw new Conflict("defect.link.notOpen", displayNumber());
    }
    record(
            TicketEvent.change(
                this, TicketEventType.DEFECT_LINKED, actor, now, "defect", null, defectKey))
        .withComment(url, true);
    changeStatus(TicketStatus.WAITING_FOR_DEVELOPMENT, actor, now);
    touch(actor, now);
  }

  /**
   * The defect the ticket waited for is fixed: the ticket goes back to work in {@code back} (the
   * line that owns the requester contact), with {@code assignTo} if given. A ticket that an agent
   * moved on meanwhile only notes the fix.
   */
  public boolean developmentDone(
      String defectKey,
      SupportLine back,
      SupportQueue target,
      Person assignTo,
      Person actor,
      Instant now) {
    record(
        TicketEvent.change(
            this, TicketEventType.DEFECT_FIXED, actor, now, "defect", defectKey, null));
    touch(actor, now);
    if (status != TicketStatus.WAITING_FOR_DEVELOPMENT) {
      return false;
    }
    changeStatus(TicketStatus.IN_PROGRESS, actor, now);
    moveToLine(back, actor, now);
    queue = target;
    escalatedAt = null;
    assignTo(assignTo, actor, now);
    return true;
  }

  /**
   * Notes on the timeline that the ticket sat idle and whom that was told, as the system and for
   * support only; like SLA entries it leaves the ticket itself unchanged.
   */
  public TicketEvent recordIdle(int level, String notified, Instant now) {
    TicketEvent event =
        TicketEvent.change(
            this, TicketEventType.IDLE_ESCALATED, null, now, "idle", level, notified);
    return record(event.withComment(null, true));
  }

  private TicketEvent lastRecorded() {
    return recorded.get(recorded.size() - 1);
  }

  /** Registers an uploaded file; the caller stores its bytes under the returned attachment. */
  public Attachment attach(
      String fileName, String contentType, long size, String sha256, Person actor, Instant now) {
    if (status == TicketStatus.CLOSED) {
      throw new Conflict("ticket.closed", displayNumber());
    }
    Attachment attachment = new Attachment(this, fileName, contentType, size, sha256, actor, now);
    record(TicketEvent.attached(this, actor, now, attachment));
    touch(actor, now);
    return attachment;
  }

  // Agent productivity: tags, time spent, links, forced resolution and merging. Tags, time and
  // links are internal entries: requesters never see them.

  /** Adds a normalised tag; false if the ticket already has it. */
  public boolean addTag(String tag, Person actor, Instant now) {
    if (tags.contains(tag)) {
      return false;
    }
    if (tags.size() >= Tag.MAX_PER_TICKET) {
      throw new InvalidInput("tags", "ticket.tag.tooMany", Tag.MAX_PER_TICKET);
    }
    tags.add(tag);
    record(
        TicketEvent.change(this, TicketEventType.TAG_ADDED, actor, now, "tag", null, tag)
            .withComment(null, true));
    touch(actor, now);
    return true;
  }

  /** Removes a tag; false if the ticket does not have it. */
  public boolean removeTag(String tag, Person actor, Instant now) {
    if (!tags.remove(tag)) {
      return false;
    }
    record(
        TicketEvent.change(this, TicketEventType.TAG_REMOVED, actor, now, "tag", tag, null)
            .withComment(null, true));
    touch(actor, now);
    return true;
  }

  /** Notes time an agent spent; the ticket itself does not change, so nobody's edit goes stale. */
  public TimeEntry logTime(Person agent, int minutes, String note, Instant now) {
    TimeEntry entry = new TimeEntry(this, agent, minutes, note, now);
    record(
        TicketEvent.change(this, TicketEventType.TIME_LOGGED, agent, now, "minutes", null, minutes)
            .withComment(entry.getNote(), true));
    return entry;
  }

  /**
   * Notes in this ticket's history that a link to {@code other} was made or removed; {@code role}
   * is what the other ticket is to this one: "related", "parent" or "child".
   */
  public void recordLink(boolean linked, String role, Ticket other, Person actor, Instant now) {
    TicketEventType type = linked ? TicketEventType.LINKED : TicketEventType.UNLINKED;
    record(
        TicketEvent.change(this, type, actor, now, role, null, other.displayNumber())
            .withComment(null, true));
  }

  /**
   * Resolves a parent whose children are still open, with the agent's reason; the entry that keeps
   * the reason comes first, so whoever checks the resolution sees that it was forced.
   */
  public void resolveForced(Person actor, String reason, long openChildren, Instant now) {
    String why = requireText("reason", reason, MAX_TEXT);
    if (!status.canMoveTo(TicketStatus.RESOLVED)) {
      throw new Conflict("ticket.transition.refused", status, TicketStatus.RESOLVED);
    }
    record(
        TicketEvent.change(
                this, TicketEventType.RESOLUTION_FORCED, actor, now, "children", null, openChildren)
            .withComment(why, true));
    moveTo(TicketStatus.RESOLVED, actor, null, now);
  }

  /** Whether this change set resolves the ticket on purpose despite open children. */
  public static boolean forcedIn(List<TicketEvent> events) {
    return events.stream().anyMatch(e -> e.getType() == TicketEventType.RESOLUTION_FORCED);
  }

  /**
   * Closes this ticket as a duplicate of {@code target}: the requester reads {@code notice} as a
   * public reply, the history names the target, and the ticket is closed whatever its status.
   */
  public void mergeInto(Ticket target, Person actor, String notice, Instant now) {
    if (target.getId().equals(id)) {
      throw new InvalidInput("target", "ticket.merge.self");
    }
    requireOpen();
    if (target.status == TicketStatus.CLOSED) {
      throw new Conflict("ticket.merge.targetClosed", target.displayNumber());
    }
    record(TicketEvent.message(this, actor, now, requireText("notice", notice, MAX_TEXT), false));
    record(
        TicketEvent.change(
            this, TicketEventType.MERGED, actor, now, "mergedInto", null, target.displayNumber()));
    changeStatus(TicketStatus.CLOSED, actor, now);
    touch(actor, now);
  }

  /**
   * Takes in a merged ticket: its description, public replies and attachments appear on this
   * timeline at their original times, marked with the merged ticket's number. They stay internal
   * unless both tickets have the same requester, so nobody reads another person's request.
   */
  public void absorb(Ticket source, List<TicketEvent> sourceHistory, Person actor, Instant now) {
    boolean internal = !isRequester(source.getRequester());
    String from = source.displayNumber();
    record(
        TicketEvent.change(this, TicketEventType.MERGED, actor, now, "mergedFrom", null, from)
            .withComment(null, internal));
    record(
        TicketEvent.message(
                this, source.getRequester(), source.getCreatedAt(), source.getDescription(), false)
            .copiedFrom(from, internal));
    for (TicketEvent event : sourceHistory) {
      boolean shared =
          event.getType() == TicketEventType.REPLY
              || event.getType() == TicketEventType.ATTACHMENT_ADDED;
      if (shared && !event.isInternal() && !event.isMergedCopy()) {
        record(TicketEvent.copyOf(this, event, from, internal));
      }
    }
    touch(actor, now);
  }

  /** Notes that a macro was applied; its actions follow as entries of their own. */
  public void recordMacro(String macroName, Person actor, Instant now) {
    record(
        TicketEvent.change(
                this, TicketEventType.MACRO_APPLIED, actor, now, "macro", null, macroName)
            .withComment(null, true));
  }

  /** The tags, sorted. */
  public List<String> getTags() {
    return tags.stream().sorted().toList();
  }

  /**
   * Refuses an edit that was made on an older copy of this ticket, naming who changed it since, so
   * that nobody overwrites a change they have not seen.
   */
  public void requireVersion(Long expectedVersion) {
    if (expectedVersion != null && expectedVersion != version) {
      throw staleEdit();
    }
  }

  public Conflict staleEdit() {
    return new Conflict(
        "ticket.stale",
        displayNumber(),
        updatedBy == null ? "?" : updatedBy.getDisplayName(),
        Date.from(updatedAt));
  }

  /** The history entries recorded since the last call; the boundary persists them. */
  public List<TicketEvent> takeRecordedEvents() {
    List<TicketEvent> events = List.copyOf(recorded);
    recorded.clear();
    return events;
  }

  /** Whether this person asked for the ticket; decided by id, without reading the requester. */
  public boolean isRequester(Person person) {
    return person != null && person.getId() != null && person.getId().equals(requesterId());
  }

  /** Whether the ticket is assigned to this person; decided by id, without reading the assignee. */
  public boolean isAssignedTo(Person person) {
    return person != null && person.getId() != null && person.getId().equals(assigneeId);
  }

  public String displayNumber() {
    return NUMBER_PREFIX + number;
  }

  private TicketEvent record(TicketEvent event) {
    recorded.add(event);
    return event;
  }

  private void touch(Person actor, Instant now) {
    updatedAt = now;
    updatedBy = actor;
  }

  private static boolean sameTicketPerson(Person a, Person b) {
    if (a == null || b == null) {
      return a == b;
    }
    return a == b || (a.getId() != null && a.getId().equals(b.getId()));
  }

  static String requireText(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      throw new InvalidInput(field, "error.field.required");
    }
    String trimmed = value.strip();
    if (trimmed.length() > max) {
      throw new InvalidInput(field, "error.field.tooLong", max);
    }
    return trimmed;
  }

  public Long getId() {
    return id;
  }

  public long getNumber() {
    return number;
  }

  public String getSubject() {
    return subject;
  }

  public String getDescription() {
    return description;
  }

  public Person getRequester() {
    return requester;
  }

  public Channel getChannel() {
    return channel;
  }

  public Category getCategory() {
    return category;
  }

  public Priority getPriority() {
    return priority;
  }

  public TicketStatus getStatus() {
    return status;
  }

  public Person getAssignee() {
    return assignee;
  }

  public SupportLine getLine() {
    return line;
  }

  /** The line's id, without reading the line. */
  public Long getLineId() {
    return lineId != null ? lineId : line.getId();
  }

  private Long requesterId() {
    return requesterId != null ? requesterId : requester.getId();
  }

  public SupportQueue getQueue() {
    return queue;
  }

  public boolean isEscalated() {
    return escalatedAt != null;
  }

  public Instant getEscalatedAt() {
    return escalatedAt;
  }

  public Environment getEnvironment() {
    return environment;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public Person getUpdatedBy() {
    return updatedBy;
  }

  public long getVersion() {
    return version;
  }
}
