package org.tierdesk.sla.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A warning or breach that fired. The unique key (clock, cycle, kind) makes a second firing fail
 * even if everything else went wrong. Its actions run in a later transaction (an outbox): {@code
 * actionsPending} stays true until they have.
 */
@Entity
@Table(name = "sla_event")
@NamedQuery(
    name = SlaEvent.TAKE_ACTIONS,
    query =
        "UPDATE SlaEvent e SET e.actionsPending = FALSE, e.actionsDoneAt = :now"
            + " WHERE e.id = :id AND e.actionsPending = TRUE")
@NamedQuery(
    name = SlaEvent.COUNT_FAILED_ATTEMPT,
    query =
        "UPDATE SlaEvent e SET e.actionAttempts = e.actionAttempts + 1,"
            + " e.actionsPending = CASE WHEN e.actionAttempts + 1 < :maxAttempts"
            + " THEN TRUE ELSE FALSE END"
            + " WHERE e.id = :id AND e.actionsPending = TRUE")
@NamedQuery(
    name = SlaEvent.OF_TICKET,
    query = "SELECT e FROM SlaEvent e WHERE e.ticketId = :ticketId ORDER BY e.firedAt, e.id")
public class SlaEvent {

  public static final String TAKE_ACTIONS = "SlaEvent.takeActions";
  public static final String COUNT_FAILED_ATTEMPT = "SlaEvent.countFailedAttempt";
  public static final String OF_TICKET = "SlaEvent.ofTicket";

  @Id
  @SequenceGenerator(name = "sla_event_seq", sequenceName = "sla_event_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sla_event_seq")
  private Long id;

  @Column(name = "clock_id", nullable = false, updatable = false)
  private long clockId;

  @Column(name = "ticket_id", nullable = false, updatable = false)
  private long ticketId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 20)
  private SlaMetric metric;

  @Column(name = "cycle_no", nullable = false, updatable = false)
  private int cycle;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 10)
  private SlaEventKind kind;

  @Column(name = "policy_id", nullable = false, updatable = false)
  private long policyId;

  /** The instant the event was due: the warning instant or the deadline. */
  @Column(name = "due_at", nullable = false, updatable = false)
  private Instant dueAt;

  @Column(name = "fired_at", nullable = false, updatable = false)
  private Instant firedAt;

  /** What noticed it: the minute sweep, the deadline timer, a ticket change, a test. */
  @Column(name = "fired_by", nullable = false, updatable = false, length = 20)
  private String firedBy;

  @Column(name = "actions_pending", nullable = false)
  private boolean actionsPending;

  @Column(name = "action_attempts", nullable = false)
  private int actionAttempts;

  @Column(name = "actions_done_at")
  private Instant actionsDoneAt;

  protected SlaEvent() {}

  public SlaEvent(
      SlaClock clock,
      SlaEventKind kind,
      Instant dueAt,
      Instant firedAt,
      String firedBy,
      boolean hasActions) {
    this.clockId = clock.getId();
    this.ticketId = clock.getTicketId();
    this.metric = clock.getMetric();
    this.cycle = clock.getCycle();
    this.kind = kind;
    this.policyId = clock.getPolicyId();
    this.dueAt = dueAt;
    this.firedAt = firedAt;
    this.firedBy = firedBy;
    this.actionsPending = hasActions;
  }

  public Long getId() {
    return id;
  }

  public long getClockId() {
    return clockId;
  }

  public long getTicketId() {
    return ticketId;
  }

  public SlaMetric getMetric() {
    return metric;
  }

  public int getCycle() {
    return cycle;
  }

  public SlaEventKind getKind() {
    return kind;
  }

  public long getPolicyId() {
    return policyId;
  }

  public Instant getDueAt() {
    return dueAt;
  }

  public Instant getFiredAt() {
    return firedAt;
  }

  public String getFiredBy() {
    return firedBy;
  }

  public boolean isActionsPending() {
    return actionsPending;
  }

  public int getActionAttempts() {
    return actionAttempts;
  }

  public Instant getActionsDoneAt() {
    return actionsDoneAt;
  }
}
