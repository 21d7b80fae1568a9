package org.tierdesk.ticket.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import org.tierdesk.routing.entity.SupportLine;

/**
 * A ticket waiting for an external defect, from linking until the fix sends it back to {@code
 * returnLine}: the line that owns the requester contact (where the ticket was opened).
 */
@Entity
@Table(name = "defect_link")
@NamedQuery(
    name = DefectLink.OPEN_OF_DEFECT,
    query =
        "SELECT k FROM DefectLink k JOIN FETCH k.ticket WHERE k.defect.id = :defectId"
            + " AND k.returnedAt IS NULL ORDER BY k.linkedAt, k.id")
@NamedQuery(
    name = DefectLink.OPEN_OF_TICKET,
    query =
        "SELECT k FROM DefectLink k JOIN FETCH k.defect WHERE k.ticket.id = :ticketId"
            + " AND k.returnedAt IS NULL")
public class DefectLink {

  public static final String OPEN_OF_DEFECT = "DefectLink.openOfDefect";
  public static final String OPEN_OF_TICKET = "DefectLink.openOfTicket";

  @Id
  @SequenceGenerator(
      name = "defect_link_seq",
      sequenceName = "defect_link_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "defect_link_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "ticket_id", nullable = false, updatable = false)
  private Ticket ticket;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "defect_id", nullable = false, updatable = false)
  private ExternalDefect defect;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "return_line_id", nullable = false, updatable = false)
  private SupportLine returnLine;

  @Column(name = "linked_at", nullable = false, updatable = false)
  private Instant linkedAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "linked_by_id", updatable = false)
  private Person linkedBy;

  @Column(name = "returned_at")
  private Instant returnedAt;

  protected DefectLink() {}

  public DefectLink(
      Ticket ticket, ExternalDefect defect, SupportLine returnLine, Person linkedBy, Instant now) {
    this.ticket = ticket;
    this.defect = defect;
    this.returnLine = returnLine;
    this.linkedBy = linkedBy;
    this.linkedAt = now;
  }

  public void close(Instant now) {
    returnedAt = now;
  }

  public Long getId() {
    return id;
  }

  public Ticket getTicket() {
    return ticket;
  }

  public ExternalDefect getDefect() {
    return defect;
  }

  public SupportLine getReturnLine() {
    return returnLine;
  }

  public Instant getLinkedAt() {
    return linkedAt;
  }

  public Instant getReturnedAt() {
    return returnedAt;
  }
}
