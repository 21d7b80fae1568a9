package org.tierdesk.sla.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tierdesk.sla.entity.ClockState;
import org.tierdesk.sla.entity.SlaClock;
import org.tierdesk.sla.entity.SlaEvent;
import org.tierdesk.sla.entity.SlaEventKind;
import org.tierdesk.sla.entity.SlaPolicy;
import org.tierdesk.ticket.boundary.Tickets;
import org.tierdesk.ticket.entity.TicketEventType;

/**
 * Fires warnings and breaches, each exactly once across nodes and restarts:
 *
 * <ol>
 *   <li>due clocks are claimed with {@code SELECT ... FOR UPDATE SKIP LOCKED} straight from the
 *       {@code (state, next_check_at, id)} index, so concurrent sweeps on other nodes take other
 *       rows instead of waiting, and a ticket change holding a clock is skipped until later;
 *   <li>the clock is read again under that lock and fires only what is still due; its update is
 *       versioned ({@code @Version}), so a stale copy cannot write;
 *   <li>the event row's unique key (clock, cycle, kind) refuses a second firing should all else
 *       fail.
 * </ol>
 *
 * The firing, its event row and the ticket history entry commit together; actions follow in a
 * transaction of their own ({@link SlaActions}).
 */
@Stateless
public class SlaFiring {

  public static final String BY_SCHEDULE = "SCHEDULE";
  public static final String BY_TIMER = "TIMER";
  public static final String BY_CHANGE = "TICKET_CHANGE";
  public static final String BY_REQUEST = "REQUEST";

  private static final String CLAIM_DUE =
      "SELECT id FROM sla_clock WHERE state = 'RUNNING' AND next_check_at <= ?1"
          + " ORDER BY next_check_at, id FETCH FIRST %d ROWS ONLY FOR UPDATE SKIP LOCKED";
  private static final String CLAIM_ONE =
      "SELECT id FROM sla_clock WHERE id = ?1 AND state = 'RUNNING' AND next_check_at <= ?2"
          + " FOR UPDATE SKIP LOCKED";
  private static final String DUE_IDS =
      "SELECT id FROM sla_clock WHERE state = 'RUNNING' AND next_check_at <= ?1"
          + " ORDER BY next_check_at, id FETCH FIRST %d ROWS ONLY";
  private static final String POSTPONE =
      "UPDATE sla_clock SET next_check_at = ?1, version = version + 1"
          + " WHERE id = ?2 AND state = 'RUNNING'";

  @PersistenceContext EntityManager em;
  @Inject Tickets tickets;
  @Inject Event<SlaScheduleChanged> scheduleChanged;

  /** What one claiming transaction did: how many clocks it claimed and what fired. */
  public record Batch(int claimed, List<FiredEvent> fired) {}

  /** Claims up to {@code limit} due clocks and fires them, in a transaction of its own. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Batch fireDue(Instant now, int limit, String trigger) {
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(String.format(CLAIM_DUE, limit))
            .setParameter(1, timestamp(now))
            .getResultList();
    return fireClaimed(ids, now, trigger);
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

  /** The earliest instant at which some clock needs the sweep; empty if none does. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<Instant> nearestCheck() {
    return Optional.ofNullable(
        em.createNamedQuery(SlaClock.NEAREST_CHECK, Instant.class)
            .setParameter("state", ClockState.RUNNING)
            .getSingleResult());
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
