package org.tierdesk.ticket.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A heartbeat of an agent who has a ticket open; written with plain SQL (upsert), read with JPQL.
 */
@Entity
@Table(name = "ticket_presence")
@IdClass(TicketPresenceRow.Key.class)
public class TicketPresenceRow {

  @Id
  @Column(name = "ticket_id")
  private long ticketId;

  @Id
  @Column(name = "person_id")
  private long personId;

  @Column(name = "seen_at", nullable = false)
  private Instant seenAt;

  protected TicketPresenceRow() {}

  public long getTicketId() {
    return ticketId;
  }

  public long getPersonId() {
    return personId;
  }

  public Instant getSeenAt() {
    return seenAt;
  }

  /** The composite key: ticket and person. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private long ticketId;
    private long personId;

    public Key() {}

    public Key(long ticketId, long personId) {
      this.ticketId = ticketId;
      this.personId = personId;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && key.ticketId == ticketId && key.personId == personId;
    }

    @Override
    public int hashCode() {
      return Objects.hash(ticketId, personId);
    }
  }
}
