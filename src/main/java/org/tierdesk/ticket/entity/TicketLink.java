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

/** A link between two tickets; see {@link LinkKind} for its direction. */
@Entity
@Table(name = "ticket_link")
@NamedQuery(
    name = TicketLink.OF_TICKET,
    query =
        "SELECT l FROM TicketLink l JOIN FETCH l.from JOIN FETCH l.to"
            + " WHERE l.from.id = :ticketId OR l.to.id = :ticketId ORDER BY l.createdAt, l.id")
@NamedQuery(
    name = TicketLink.BETWEEN,
    query =
        "SELECT l FROM TicketLink l WHERE (l.from.id = :a AND l.to.id = :b)"
            + " OR (l.from.id = :b AND l.to.id = :a)")
@NamedQuery(
    name = TicketLink.PARENT_OF,
    query = "SELECT l FROM TicketLink l WHERE l.to.id = :ticketId AND l.kind = :kind")
@NamedQuery(
    name = TicketLink.OPEN_CHILDREN,
    query =
        "SELECT COUNT(l) FROM TicketLink l WHERE l.from.id = :ticketId AND l.kind = :kind"
            + " AND l.to.status IN :open")
public class TicketLink {

  public static final String OF_TICKET = "TicketLink.ofTicket";
  public static final String BETWEEN = "TicketLink.between";
  public static final String PARENT_OF = "TicketLink.parentOf";
  public static final String OPEN_CHILDREN = "TicketLink.openChildren";

  @Id
  @SequenceGenerator(
      name = "ticket_link_seq",
      sequenceName = "ticket_link_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_link_seq")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 20)
  private LinkKind kind;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "from_ticket_id", nullable = false, updatable = false)
  private Ticket from;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "to_ticket_id", nullable = false, updatable = false)
  private Ticket to;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "created_by_id", updatable = false)
  private Person createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected TicketLink() {}

  public TicketLink(LinkKind kind, Ticket from, Ticket to, Person createdBy, Instant createdAt) {
    this.kind = kind;
    this.from = from;
    this.to = to;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  /** The ticket at the other end, seen from {@code ticket}. */
  public Ticket otherThan(Ticket ticket) {
    return from.getId().equals(ticket.getId()) ? to : from;
  }

  public Long getId() {
    return id;
  }

  public LinkKind getKind() {
    return kind;
  }

  public Ticket getFrom() {
    return from;
  }

  public Ticket getTo() {
    return to;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
