package org.tierdesk.ticket.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.tierdesk.directory.entity.Person;

/**
 * One entry of a ticket's history. Entries are written in the same transaction as the change they
 * record and are never updated or deleted: every column is insert-only.
 */
@Entity
@Table(name = "ticket_event")
@NamedQuery(
    name = TicketEvent.OF_TICKET,
    query =
        "SELECT e FROM TicketEvent e LEFT JOIN FETCH e.actor WHERE e.ticket.id = :ticketId"
            + " ORDER BY e.occurredAt, e.id")
@NamedQuery(
    name = TicketEvent.PUBLIC_OF_TICKET,
    query =
        "SELECT e FROM TicketEvent e LEFT JOIN FETCH e.actor WHERE e.ticket.id = :ticketId"
            + " AND e.internal = FALSE ORDER BY e.occurredAt, e.id")
public class TicketEvent {

  public static final String OF_TICKET = "TicketEvent.ofTicket";
  public static final String PUBLIC_OF_TICKET = "TicketEvent.publicOfTicket";
  static final int MAX_VALUE = 500;
  static final String MERGED_FROM = "mergedFrom";

  @Id
  @SequenceGenerator(
      name = "ticket_event_seq",
      sequenceName = "ticket_event_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_event_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "ticket_id", nullable = false, updatable = false)
  private Ticket ticket;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 40)
  private TicketEventType type;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "actor_id", updatable = false)
  private Person actor;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(updatable = false, length = 40)
  private String field;

  @Column(name = "old_value", updatable = false, length = MAX_VALUE)
  private String oldValue;

  @Column(name = "new_value", updatable = false, length = MAX_VALUE)
  private String newValue;

  @Column(updatable = false, length = Ticket.MAX_TEXT)
  private String body;

  @Column(nullable = false, updatable = false)
  private boolean internal;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "attachment_id", updatable = false)
  private Attachment attachment;

  protected TicketEvent() {}

  private TicketEvent(Ticket ticket, TicketEventType type, Person actor, Instant occurredAt) {
    this.ticket = ticket;
    this.type = type;
    this.actor = actor;
    this.occurredAt = occurredAt;
  }

  static TicketEvent of(Ticket ticket, TicketEventType type, Person actor, Instant at) {
    return new TicketEvent(ticket, type, actor, at);
  }

  static TicketEvent change(
      Ticket ticket,
      TicketEventType type,
      Person actor,
      Instant at,
      String field,
      Object oldValue,
      Object newValue) {
    TicketEvent event = new TicketEvent(ticket, type, actor, at);
    event.field = field;
    event.oldValue = shorten(oldValue);
    event.newValue = shorten(newValue);
    return event;
  }

  static TicketEvent message(
      Ticket ticket, Person actor, Instant at, String body, boolean internal) {
    TicketEvent event =
        new TicketEvent(ticket, internal ? TicketEventType.NOTE : TicketEventType.REPLY, actor, at);
    event.body = body;
    event.internal = internal;
    return event;
  }

  static TicketEvent attached(Ticket ticket, Person actor, Instant at, Attachment attachment) {
    TicketEvent event = new TicketEvent(ticket, TicketEventType.ATTACHMENT_ADDED, actor, at);
    event.attachment = attachment;
    event.newValue = shorten(attachment.getFileName());
    return event;
  }

  /** A copy of a merged ticket's public entry, for the timeline of the ticket it went into. */
  static TicketEvent copyOf(Ticket ticket, TicketEvent original, String from, boolean internal) {
    TicketEvent copy = new TicketEvent(ticket, original.type, original.actor, original.occurredAt);
    copy.body = original.body;
    copy.attachment = original.attachment;
    copy.newValue = original.newValue;
    return copy.copiedFrom(from, internal);
  }

  /** Marks an entry as copied from the merged ticket {@code from}. */
  TicketEvent copiedFrom(String from, boolean internalCopy) {
    this.field = MERGED_FROM;
    this.oldValue = from;
    this.internal = internalCopy;
    return this;
  }

  /**
   * Whether this entry is a copy of a merged ticket's entry: it shows what happened there, not
   * something that happened to this ticket, so observers of changes do not act on it.
   */
  public boolean isMergedCopy() {
    return MERGED_FROM.equals(field) && type != TicketEventType.MERGED;
  }

  /** Names what a note is about (e.g. "tried": the steps tried before an escalation). */
  TicketEvent withField(String name) {
    this.field = name;
    return this;
  }

  TicketEvent withComment(String comment, boolean internalComment) {
    this.body = comment;
    this.internal = internalComment;
    return this;
  }

  private static String shorten(Object value) {
    if (value == null) {
      return null;
    }
    String text = value.toString();
    return text.length() <= MAX_VALUE ? text : text.substring(0, MAX_VALUE - 1) + "…";
  }

  public Long getId() {
    return id;
  }

  public Ticket getTicket() {
    return ticket;
  }

  public TicketEventType getType() {
    return type;
  }

  public Person getActor() {
    return actor;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getField() {
    return field;
  }

  public String getOldValue() {
    return oldValue;
  }

  public String getNewValue() {
    return newValue;
  }

  public String getBody() {
    return body;
  }

  public boolean isInternal() {
    return internal;
  }

  public Attachment getAttachment() {
    return attachment;
  }
}
