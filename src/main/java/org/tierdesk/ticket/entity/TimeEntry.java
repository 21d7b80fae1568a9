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
import org.tierdesk.platform.errors.InvalidInput;

/**
 * Minutes an agent spent on a ticket. Entries are only added; a correction is a negative entry, so
 * reports of past periods do not change behind anyone's back.
 */
@Entity
@Table(name = "time_entry")
@NamedQuery(
    name = TimeEntry.OF_TICKET,
    query =
        "SELECT e FROM TimeEntry e JOIN FETCH e.agent WHERE e.ticket.id = :ticketId"
            + " ORDER BY e.loggedAt, e.id")
@NamedQuery(
    name = TimeEntry.TOTALS_OF_TICKET,
    query =
        "SELECT e.agent.username, e.agent.displayName, SUM(e.minutes) FROM TimeEntry e"
            + " WHERE e.ticket.id = :ticketId GROUP BY e.agent.username, e.agent.displayName"
            + " ORDER BY e.agent.displayName")
public class TimeEntry {

  public static final String OF_TICKET = "TimeEntry.ofTicket";
  public static final String TOTALS_OF_TICKET = "TimeEntry.totalsOfTicket";

  /** A single entry covers at most a long working day and a half. */
  public static final int MAX_MINUTES = 720;

  public static final int MAX_NOTE = 500;

  @Id
  @SequenceGenerator(name = "time_entry_seq", sequenceName = "time_entry_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "time_entry_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "ticket_id", nullable = false, updatable = false)
  private Ticket ticket;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "agent_id", nullable = false, updatable = false)
  private Person agent;

  @Column(nullable = false, updatable = false)
  private int minutes;

  @Column(updatable = false, length = MAX_NOTE)
  private String note;

  @Column(name = "logged_at", nullable = false, updatable = false)
  private Instant loggedAt;

  protected TimeEntry() {}

  TimeEntry(Ticket ticket, Person agent, int minutes, String note, Instant loggedAt) {
    if (minutes == 0 || Math.abs(minutes) > MAX_MINUTES) {
      throw new InvalidInput("minutes", "ticket.time.range", MAX_MINUTES);
    }
    String text = note == null || note.isBlank() ? null : note.strip();
    if (text != null && text.length() > MAX_NOTE) {
      throw new InvalidInput("note", "error.field.tooLong", MAX_NOTE);
    }
    this.ticket = ticket;
    this.agent = agent;
    this.minutes = minutes;
    this.note = text;
    this.loggedAt = loggedAt;
  }

  public Long getId() {
    return id;
  }

  public Ticket getTicket() {
    return ticket;
  }

  public Person getAgent() {
    return agent;
  }

  public int getMinutes() {
    return minutes;
  }

  public String getNote() {
    return note;
  }

  public Instant getLoggedAt() {
    return loggedAt;
  }
}
