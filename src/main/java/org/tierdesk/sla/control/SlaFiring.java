package org.tierdesk.sla.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.tierdesk.platform.persistence.BulkWrites;
import org.tierdesk.platform.persistence.DatabaseSetup;
import org.tierdesk.sla.entity.SlaAction;
import org.tierdesk.sla.entity.SlaClock;
import org.tierdesk.sla.entity.SlaEvent;
import org.tierdesk.sla.entity.SlaEventKind;
import org.tierdesk.sla.entity.SlaMetric;
import org.tierdesk.sla.entity.SlaPolicy;
import org.tierdesk.ticket.boundary.SlaHistory;
import org.tierdesk.ticket.boundary.Tickets;
import org.tierdesk.ticket.entity.TicketEventType;

/**
 * Fires warnings and breaches, each exactly once across nodes and restarts:
 *
 * <ol>
 *   <li>due clocks are claimed with {@code SELECT ... FOR UPDATE SKIP LOCKED} straight from the due
 *       index ({@code next_check_at, id} of the running clocks), so concurrent sweeps on other
 *       nodes take other rows instead of waiting, and a ticket change holding a clock is skipped
 *       until later;
 *   <li>what fires is decided from the columns read under that lock ({@link ClockRules#dueKind}),
 *       and the clocks are updated by conditional UPDATEs that repeat the condition and bump the
 *       version (so a ticket change holding a stale copy cannot write); unless they change exactly
 *       the claimed rows, the batch rolls back;
 *   <li>the event row's unique key (clock, cycle, kind) refuses a second firing should all else
 *       fail.
 * </ol>
 *
 * The firing, its event rows, the ticket history entries and the notifications of events whose
 * actions only notify commit together, written set-based (a handful of statements per batch of
 * clocks, not per clock); actions that change the ticket follow in transactions of their own
 * ({@link SlaActions}), taken from the {@code actions_pending} outbox. A single clock (after a
 * failed batch, or a ticket change) fires through the entity path ({@link #fire}).
 */
@Stateless
public class SlaFiring {

  public static final String BY_SCHEDULE = "SCHEDULE";
  public static final String BY_TIMER = "TIMER";
  public static final String BY_CHANGE = "TICKET_CHANGE";
  public static final String BY_REQUEST = "REQUEST";

  private static final String CLAIM_DUE =
      "SELECT id, ticket_id, metric, cycle_no, policy_id, due_at, warn_at, warned_at"
          + " FROM sla_clock WHERE state = 'RUNNING' AND next_check_at <= ?1"
          + " AND completed_at IS NULL"
          + " ORDER BY next_check_at, id FETCH FIRST %d ROWS ONLY FOR UPDATE SKIP LOCKED";
  private static final String BREACH =
      "state = 'BREACHED', breached_at = due_at, warn_at = NULL, next_check_at = NULL,"
          + " version = version + 1";
  private static final String STILL_BREACHING =
      "state = 'RUNNING' AND completed_at IS NULL AND due_at <= ?";
  private static final String WARN =
      "warned_at = warn_at, warn_at = NULL, next_check_at = due_at, version = version + 1";
  private static final String STILL_WARNING =
      "state = 'RUNNING' AND completed_at IS NULL AND warned_at IS NULL AND warn_at <= ?"
          + " AND (due_at IS NULL OR due_at > ?)";
  private static final String RESCHEDULE =
      "UPDATE sla_clock SET warn_at = ?, next_check_at = ?, version = version + 1"
          + " WHERE id = ? AND state = 'RUNNING'";
  private static final List<String> EVENT_COLUMNS =
      List.of(
          "id",
          "clock_id",
          "ticket_id",
          "metric",
          "cycle_no",
          "kind",
          "policy_id",
          "due_at",
          "fired_at",
          "fired_by",
          "actions_pending",
          "action_attempts",
          "actions_done_at");
  private static final String CLAIM_ONE =
      "SELECT id FROM sla_clock WHERE id = ?1 AND state = 'RUNNING' AND next_check_at <= ?2"
          + " FOR UPDATE SKIP LOCKED";
  private static final String DUE_IDS =
      "SELECT id FROM sla_clock WHERE state = 'RUNNING' AND next_check_at <= ?1"
          + " AND completed_at IS NULL ORDER BY next_check_at, id FETCH FIRST %d ROWS ONLY";
  private static final String NEAREST_CHECK =
      "SELECT MIN(next_check_at) FROM sla_clock WHERE state = 'RUNNING' AND completed_at IS NULL";
  private static final String POSTPONE =
      "UPDATE sla_clock SET next_check_at = ?1, version = version + 1"
          + " WHERE id = ?2 AND state = 'RUNNING'";

  @PersistenceContext EntityManager em;

  @Resource(lookup = DatabaseSetup.DATA_SOURCE)
  DataSource dataSource;

  @Inject Tickets tickets;
  @Inject SlaHistory history;
  @Inject SlaActions actions;
  @Inject Event<SlaScheduleChanged> scheduleChanged;

  /**
   * What one claiming transaction did: how many clocks it claimed, what fired, and the actions it
   * ran along (notifications of events whose actions only notify).
   */
  public record Batch(int claimed, List<FiredEvent> fired, List<String> done) {
    public Batch(int claimed, List<FiredEvent> fired) {
      this(claimed, fired, List.of());
    }
  }

  /** Claims up to {@code limit} due clocks and fires them, in a transaction of its own. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Batch fireDue(Instant now, int limit, String trigger) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(String.format(CLAIM_DUE, limit))
            .setParameter(1, timestamp(now))
            .getResultList();
    List<DueClock> claimed = rows.stream().map(DueClock::of).toList();
    List<String> done = new ArrayList<>();
    List<FiredEvent> fired = fireAll(claimed, now, trigger, done);
    return new Batch(claimed.size(), fired, done);
  }

  /**
   * Fires the claimed (locked) clocks set-based: one conditional UPDATE for the breaches and one
   * for the warnings (each must change exactly the rows claimed for it, or the batch rolls back and
   * the sweep retries the clocks one by one), then the event rows and the ticket history entries
   * with multi-row inserts. Clocks with nothing due any more are rescheduled. Events whose actions
   * only notify have their notifications written in the same transaction and are stored as done
   * (what the sweep's notification pass would do right after, without a second pass); events with
   * actions that change the ticket stay pending for {@link SlaActions#run}.
   */
  private List<FiredEvent> fireAll(
      List<DueClock> claimed, Instant now, String trigger, List<String> done) {
    if (claimed.isEmpty()) {
      return List.of();
    }
    List<DueClock> breaches = new ArrayList<>();
    List<DueClock> warnings = new ArrayList<>();
    List<Object[]> reschedules = new ArrayList<>();
    for (DueClock clock : claimed) {
      SlaEventKind kind = ClockRules.dueKind(clock.dueAt(), clock.warnAt(), clock.warnedAt(), now);
      if (kind == SlaEventKind.BREACH) {
        breaches.add(clock);
      } else if (kind == SlaEventKind.WARNING) {
        warnings.add(clock);
      } else {
        Instant warn = clock.warnedAt() == null ? clock.warnAt() : null;
        reschedules.add(new Object[] {warn, warn != null ? warn : clock.dueAt(), clock.id()});
      }
    }
    List<FiredEvent> fired = new ArrayList<>(claimed.size());
    List<SlaHistory.Entry> entries = new ArrayList<>(claimed.size());
    List<SlaActions.PendingEvent> notifyNow = new ArrayList<>();
    boolean anyPending;
    try (BulkWrites writes = BulkWrites.open(dataSource)) {
      requireAll(
          breaches, writes.updateByIds("sla_clock", BREACH, STILL_BREACHING, ids(breaches), now));
      requireAll(
          warnings, writes.updateByIds("sla_clock", WARN, STILL_WARNING, ids(warnings), now, now));
      writes.batch(RESCHEDULE, reschedules);

      List<DueClock> firing = new ArrayList<>(breaches);
      firing.addAll(warnings);
      List<Long> eventIds = writes.ids("sla_event_seq", firing.size());
      List<Object[]> eventRows = new ArrayList<>(firing.size());
      Map<Long, SlaPolicy> policies = new HashMap<>();
      anyPending = false;
      for (int i = 0; i < firing.size(); i++) {
        DueClock clock = firing.get(i);
        SlaEventKind kind = i < breaches.size() ? SlaEventKind.BREACH : SlaEventKind.WARNING;
        Instant dueAt = kind == SlaEventKind.BREACH ? clock.dueAt() : clock.warnAt();
        SlaPolicy policy =
            policies.computeIfAbsent(clock.policyId(), id -> em.find(SlaPolicy.class, id));
        Set<SlaAction> policyActions = policy == null ? Set.of() : policy.actionsOn(kind);
        boolean hasActions = !policyActions.isEmpty();
        boolean notifiesNow = hasActions && SlaActions.notifiesOnly(policyActions);
        anyPending |= hasActions && !notifiesNow;
        long eventId = eventIds.get(i);
        if (notifiesNow) {
          notifyNow.add(
              new SlaActions.PendingEvent(
                  eventId,
                  clock.ticketId(),
                  kind,
                  clock.metric().name(),
                  clock.policyId(),
                  policyActions));
        }
        eventRows.add(
            new Object[] {
              eventId,
              clock.id(),
              clock.ticketId(),
              clock.metric().name(),
              clock.cycle(),
              kind.name(),
              clock.policyId(),
              dueAt,
              now,
              trigger,
              hasActions && !notifiesNow,
              0,
              notifiesNow ? now : null
            });
        entries.add(
            new SlaHistory.Entry(
                clock.ticketId(), historyType(kind), clock.metric().name(), dueAt, now));
        fired.add(
            new FiredEvent(eventId, clock.ticketId(), clock.metric(), kind, dueAt, now, trigger));
      }
      writes.insert("sla_event", EVENT_COLUMNS, eventRows);
    }
    history.record(entries);
    done.addAll(actions.notifyFired(notifyNow, now));
    if (anyPending) {
      // The actions run in the sweep; have it come soon rather than at the next full minute.
      scheduleChanged.fire(new SlaScheduleChanged(now));
    }
    return fired;
  }

  private static List<Long> ids(List<DueClock> clocks) {
    return clocks.stream().map(DueClock::id).toList();
  }

  /** Under the row locks nothing can change the claimed clocks; if something did, roll back. */
  private static void requireAll(List<DueClock> expected, int changed) {
    if (changed != expected.size()) {
      throw new PersistenceException(
          "SLA clocks changed under the sweep: " + changed + " of " + expected.size() + " fired");
    }
  }

  private static TicketEventType historyType(SlaEventKind kind) {
    return kind == SlaEventKind.BREACH ? TicketEventType.SLA_BREACHED : TicketEventType.SLA_WARNING;
  }

  /** The columns of a claimed clock that firing needs. */
  record DueClock(
      long id,
      long ticketId,
      SlaMetric metric,
      int cycle,
      long policyId,
      Instant dueAt,
      Instant warnAt,
      Instant warnedAt) {

    static DueClock of(Object[] row) {
      return new DueClock(
          ((Number) row[0]).longValue(),
          ((Number) row[1]).longValue(),
          SlaMetric.valueOf((String) row[2]),
          ((Number) row[3]).intValue(),
          ((Number) row[4]).longValue(),
          BulkWrites.instant(row[5]),
          BulkWrites.instant(row[6]),
          BulkWrites.instant(row[7]));
    }
  }

  /** Claims and fires one clock, alone, so that a clock that fails cannot hold up the others. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Batch fireOne(long clockId, Instant now, String trigger) {
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(CLAIM_ONE)
            .setParameter(1, clockId)
            .setParameter(2, timestamp(now))
            .getResultList();
    return fireClaimed(ids, now, trigger);
  }

  /** The ids of due clocks, without claiming them (to retry one by one after a failed batch). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Long> dueIds(Instant now, int limit) {
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(String.format(DUE_IDS, limit))
            .setParameter(1, timestamp(now))
            .getResultList();
    return ids.stream().map(Number::longValue).toList();
  }

  /** Moves a clock that failed to fire out of the sweep's way for a while. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void postpone(long clockId, Instant until) {
    em.createNativeQuery(POSTPONE)
        .setParameter(1, timestamp(until))
        .setParameter(2, clockId)
        .executeUpdate();
  }

  /** The warnings and breaches that fired for a ticket, in firing order (test support). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<FiredEvent> eventsOf(long ticketId) {
    return em
        .createNamedQuery(SlaEvent.OF_TICKET, SlaEvent.class)
        .setParameter("ticketId", ticketId)
        .getResultList()
        .stream()
        .map(FiredEvent::of)
        .toList();
  }

  /** The earliest instant at which some clock needs the sweep; empty if none does. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<Instant> nearestCheck() {
    return Optional.ofNullable(
        BulkWrites.instant(em.createNativeQuery(NEAREST_CHECK).getSingleResult()));
  }

  /**
   * Fires what is due on a clock the caller holds (locked) in its transaction: the clock's state,
   * the event row and the ticket's history entry. Returns the event, or null if nothing was due.
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public SlaEvent fire(SlaClock clock, Instant now, String trigger) {
    SlaEventKind kind = ClockRules.fireDue(clock, now);
    if (kind == null) {
      return null;
    }
    SlaPolicy policy = em.find(SlaPolicy.class, clock.getPolicyId());
    boolean hasActions = policy != null && !policy.actionsOn(kind).isEmpty();
    Instant dueAt = kind == SlaEventKind.BREACH ? clock.getBreachedAt() : clock.getWarnedAt();
    SlaEvent event = new SlaEvent(clock, kind, dueAt, now, trigger, hasActions);
    em.persist(event);
    tickets.recordSla(
        clock.getTicketId(),
        kind == SlaEventKind.BREACH ? TicketEventType.SLA_BREACHED : TicketEventType.SLA_WARNING,
        clock.getMetric().name(),
        dueAt);
    if (hasActions) {
      // The actions run in the sweep; have it come soon rather than at the next full minute.
      scheduleChanged.fire(new SlaScheduleChanged(now));
    }
    return event;
  }

  private Batch fireClaimed(List<Number> ids, Instant now, String trigger) {
    if (ids.isEmpty()) {
      return new Batch(0, List.of());
    }
    List<SlaClock> clocks =
        em.createNamedQuery(SlaClock.BY_IDS, SlaClock.class)
            .setParameter("ids", ids.stream().map(Number::longValue).toList())
            .getResultList();
    List<SlaEvent> events = new ArrayList<>();
    for (SlaClock clock : clocks) {
      SlaEvent event = fire(clock, now, trigger);
      if (event != null) {
        events.add(event);
      }
    }
    em.flush();
    return new Batch(ids.size(), events.stream().map(FiredEvent::of).toList());
  }

  /** Instants are stored as UTC wall-clock TIMESTAMPs (see InstantConverter). */
  static Timestamp timestamp(Instant instant) {
    return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
  }
}
