package org.tierdesk.sla.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One SLA clock of a ticket: how much business time of its target is used, when it is due, and what
 * has fired. The rules that move it (start, pause, resume, complete, re-target, fire) live in
 * {@code org.tierdesk.sla.control.ClockRules}, which needs the calendar; this class only holds the
 * state, keeping the invariants of its fields.
 *
 * <p>{@code consumed} is the business time used up to {@code runningSince}; while the clock does
 * not count (paused, or done) {@code runningSince} is null. {@code nextCheckAt} is the nearest
 * warning or deadline that still has to fire, set only while RUNNING: the sweep's index.
 */
@Entity
@Table(name = "sla_clock")
@NamedQuery(
    name = SlaClock.OF_TICKET,
    query = "SELECT c FROM SlaClock c WHERE c.ticketId = :ticketId ORDER BY c.metric")
@NamedQuery(
    name = SlaClock.OF_TICKETS,
    query = "SELECT c FROM SlaClock c WHERE c.ticketId IN :ticketIds")
@NamedQuery(
    name = SlaClock.BY_IDS,
    query = "SELECT c FROM SlaClock c WHERE c.id IN :ids ORDER BY c.nextCheckAt, c.id")
@NamedQuery(
    name = SlaClock.IN_STATE_BY_DUE,
    query = "SELECT c FROM SlaClock c WHERE c.state = :state ORDER BY c.dueAt, c.id")
@NamedQuery(
    name = SlaClock.COUNT_IN_STATE,
    query = "SELECT COUNT(c) FROM SlaClock c WHERE c.state = :state")
@NamedQuery(
    name = SlaClock.OPEN_BREACHED_BY_DUE,
    query =
        "SELECT c FROM SlaClock c WHERE c.state = :state AND c.completedAt IS NULL"
            + " ORDER BY c.dueAt, c.id")
@NamedQuery(
    name = SlaClock.COUNT_OPEN_BREACHED,
    query = "SELECT COUNT(c) FROM SlaClock c WHERE c.state = :state AND c.completedAt IS NULL")
public class SlaClock {

  public static final String OF_TICKET = "SlaClock.ofTicket";
  public static final String OF_TICKETS = "SlaClock.ofTickets";
  public static final String BY_IDS = "SlaClock.byIds";
  public static final String IN_STATE_BY_DUE = "SlaClock.inStateByDue";
  public static final String COUNT_IN_STATE = "SlaClock.countInState";
  public static final String OPEN_BREACHED_BY_DUE = "SlaClock.openBreachedByDue";
  public static final String COUNT_OPEN_BREACHED = "SlaClock.countOpenBreached";

  @Id
  @SequenceGenerator(name = "sla_clock_seq", sequenceName = "sla_clock_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sla_clock_seq")
  private Long id;

  @Column(name = "ticket_id", nullable = false, updatable = false)
  private long ticketId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 20)
  private SlaMetric metric;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private ClockState state;

  @Column(name = "policy_id", nullable = false)
  private long policyId;

  @Column(name = "target_minutes", nullable = false)
  private int targetMinutes;

  @Column(name = "warning_percent", nullable = false)
  private int warningPercent;

  @Column(name = "cycle_no", nullable = false)
  private int cycle;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "running_since")
  private Instant runningSince;

  @Column(name = "paused_at")
  private Instant pausedAt;

  @Column(name = "consumed_ms", nullable = false)
  private long consumedMillis;

  @Column(name = "due_at")
  private Instant dueAt;

  @Column(name = "warn_at")
  private Instant warnAt;

  @Column(name = "next_check_at")
  private Instant nextCheckAt;

  @Column(name = "warned_at")
  private Instant warnedAt;

  @Column(name = "breached_at")
  private Instant breachedAt;

  @Column(name = "completed_at")
  private Instant completedAt;

  @OneToMany(mappedBy = "clock", cascade = CascadeType.PERSIST)
  @OrderBy("from")
  private List<ClockPause> pauses = new ArrayList<>();

  @Version private long version;

  protected SlaClock() {}

  /** A clock that has not started: call {@code beginCycle} before anything else. */
  public SlaClock(long ticketId, SlaMetric metric) {
    this.ticketId = ticketId;
    this.metric = Objects.requireNonNull(metric);
    this.state = ClockState.RUNNING;
  }

  /** Starts counting from zero at {@code at}: a new clock, or the next next-response cycle. */
  public void beginCycle(Instant at) {
    cycle++;
    state = ClockState.RUNNING;
    startedAt = at;
    runningSince = at;
    pausedAt = null;
    consumedMillis = 0;
    dueAt = null;
    warnAt = null;
    nextCheckAt = null;
    warnedAt = null;
    breachedAt = null;
    completedAt = null;
  }

  public void governBy(long newPolicyId, int newTargetMinutes, int newWarningPercent) {
    this.policyId = newPolicyId;
    this.targetMinutes = newTargetMinutes;
    this.warningPercent = newWarningPercent;
  }

  public void changeState(ClockState newState) {
    this.state = Objects.requireNonNull(newState);
  }

  /** Business time used so far, up to {@link #getRunningSince()}; whole milliseconds. */
  public void useUp(Duration consumed) {
    this.consumedMillis = consumed.toMillis();
  }

  public void countFrom(Instant since) {
    this.runningSince = since;
  }

  public void stopCounting() {
    this.runningSince = null;
  }

  public void openPause(Instant at) {
    pausedAt = at;
    pauses.add(new ClockPause(this, cycle, at));
  }

  public void closePause(Instant at) {
    pausedAt = null;
    for (ClockPause pause : pauses) {
      if (pause.isOpen()) {
        pause.end(at);
      }
    }
  }

  /** The deadline, the warning instant (null: none to come) and the nearest still to fire. */
  public void schedule(Instant due, Instant warn, Instant nextCheck) {
    this.dueAt = due;
    this.warnAt = warn;
    this.nextCheckAt = nextCheck;
  }

  public void markWarned(Instant at) {
    this.warnedAt = at;
  }

  public void markBreached(Instant at) {
    this.breachedAt = at;
  }

  public void markCompleted(Instant at) {
    this.completedAt = at;
  }

  /** Not done yet: it may still be met, breached, paused or resumed. */
  public boolean isOpen() {
    return completedAt == null;
  }

  public boolean isCounting() {
    return runningSince != null;
  }

  public boolean isPaused() {
    return pausedAt != null;
  }

  public Duration target() {
    return Duration.ofMinutes(targetMinutes);
  }

  public Duration consumed() {
    return Duration.ofMillis(consumedMillis);
  }

  public Long getId() {
    return id;
  }

  public long getTicketId() {
    return ticketId;
  }

  public SlaMetric getMetric() {
    return metric;
  }

  public ClockState getState() {
    return state;
  }

  public long getPolicyId() {
    return policyId;
  }

  public int getTargetMinutes() {
    return targetMinutes;
  }

  public int getWarningPercent() {
    return warningPercent;
  }

  public int getCycle() {
    return cycle;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getRunningSince() {
    return runningSince;
  }

  public Instant getPausedAt() {
    return pausedAt;
  }

  public Instant getDueAt() {
    return dueAt;
  }

  public Instant getWarnAt() {
    return warnAt;
  }

  public Instant getNextCheckAt() {
    return nextCheckAt;
  }

  public Instant getWarnedAt() {
    return warnedAt;
  }

  public Instant getBreachedAt() {
    return breachedAt;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }

  public List<ClockPause> getPauses() {
    return List.copyOf(pauses);
  }

  public long getVersion() {
    return version;
  }
}
