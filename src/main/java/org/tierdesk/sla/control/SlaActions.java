package org.tierdesk.sla.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tierdesk.directory.boundary.People;
import org.tierdesk.directory.entity.Person;
import org.tierdesk.notification.boundary.NotificationBatch;
import org.tierdesk.notification.boundary.Notifications;
import org.tierdesk.platform.persistence.BulkWrites;
import org.tierdesk.platform.persistence.DatabaseSetup;
import org.tierdesk.routing.boundary.SupportLines;
import org.tierdesk.routing.entity.SupportLine;
import org.tierdesk.sla.entity.SlaAction;
import org.tierdesk.sla.entity.SlaEvent;
import org.tierdesk.sla.entity.SlaEventKind;
import org.tierdesk.sla.entity.SlaPolicy;
import org.tierdesk.ticket.boundary.TicketDigest;
import org.tierdesk.ticket.boundary.TicketDigests;
import org.tierdesk.ticket.boundary.TicketView;
import org.tierdesk.ticket.boundary.Tickets;

/**
 * Runs the actions of a fired warning or breach, once: the event row is taken with a conditional
 * update ({@code actions_pending} true to false) in the same transaction as the actions, so a
 * second runner finds nothing to take, and a crash leaves the actions pending for the next sweep.
 * Notifications go first, then priority, then escalation (whose line leads were already told).
 */
@Stateless
public class SlaActions {

  /** After this many failed attempts the actions are given up (and the failure logged). */
  public static final int MAX_ATTEMPTS = 5;

  /** The actions that only notify, which the bulk pass runs for many events at once. */
  static final Set<SlaAction> NOTIFICATIONS =
      EnumSet.of(
          SlaAction.NOTIFY_ASSIGNEE, SlaAction.NOTIFY_LINE_LEADS, SlaAction.NOTIFY_REQUESTER);

  /** With the literal TRUE, so that every plan can use the partial index of pending events. */
  private static final String PENDING =
      "SELECT id FROM sla_event WHERE actions_pending = TRUE ORDER BY id FETCH FIRST %d ROWS ONLY";

  private static final String TAKE_PENDING =
      "SELECT id, ticket_id, kind, metric, policy_id FROM sla_event"
          + " WHERE actions_pending = TRUE AND id > ?1"
          + " ORDER BY id FETCH FIRST %d ROWS ONLY FOR UPDATE SKIP LOCKED";

  @PersistenceContext EntityManager em;

  @Resource(lookup = DatabaseSetup.DATA_SOURCE)
  DataSource dataSource;

  @Inject Tickets tickets;
  @Inject People people;
  @Inject SupportLines lines;
  @Inject Notifications notifications;
  @Inject NotificationBatch notificationBatch;
  @Inject TicketDigests digests;
  @Inject CalendarStore calendars;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "tierdesk.sla.hold-warnings-outside-hours", defaultValue = "false")
  boolean holdWarningsOutsideHours;

  /**
   * Runs the event's actions if nobody has; returns what was done, e.g. "ESCALATE_TO_NEXT_LINE".
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<String> run(long eventId) {
    Instant now = clock.instant();
    int taken =
        em.createNamedQuery(SlaEvent.TAKE_ACTIONS)
            .setParameter("id", eventId)
            .setParameter("now", now)
            .executeUpdate();
    if (taken == 0) {
      return List.of();
    }
    SlaEvent event = em.find(SlaEvent.class, eventId);
    SlaPolicy policy = em.find(SlaPolicy.class, event.getPolicyId());
    Set<SlaAction> actions = policy == null ? Set.of() : policy.actionsOn(event.getKind());
    TicketView ticket = tickets.systemView(event.getTicketId());
    List<String> done = new ArrayList<>();
    notifySupport(event, ticket, actions, now, done);
    if (actions.contains(SlaAction.NOTIFY_REQUESTER)) {
      notifyRequester(event, ticket, done);
    }
    String reason =
        "sla.reason." + event.getKind().name().toLowerCase(Locale.ROOT) + "." + event.getMetric();
    if (actions.contains(SlaAction.RAISE_PRIORITY)
        && tickets.raisePriority(event.getTicketId(), reason)) {
      done.add(SlaAction.RAISE_PRIORITY.name());
    }
    if (actions.contains(SlaAction.ESCALATE_TO_NEXT_LINE)
        && tickets.escalateToNextLine(event.getTicketId(), reason)) {
      done.add(SlaAction.ESCALATE_TO_NEXT_LINE.name());
    }
    return done;
  }

  /** What one bulk pass did: the last pending event it looked at, and what it did. */
  public record BulkPass(int examined, long lastEventId, List<String> done) {}

  /**
   * Runs, set-based, the actions of pending events that only notify (assignee, line leads,
   * requester): up to {@code limit} pending events after {@code afterEventId} are taken with {@code
   * FOR UPDATE SKIP LOCKED} (another node's pass takes others), their tickets read in one query,
   * all notifications written with multi-row inserts and the events marked done in one update, in
   * one transaction. Events whose actions change the ticket (escalate, raise priority) are left
   * pending for {@link #run}, one ticket at a time.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public BulkPass runNotificationsOnly(long afterEventId, int limit) {
    Instant now = clock.instant();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(String.format(TAKE_PENDING, limit))
            .setParameter(1, afterEventId)
            .getResultList();
    if (rows.isEmpty()) {
      return new BulkPass(0, afterEventId, List.of());
    }
    long lastEventId = afterEventId;
    Map<Long, SlaPolicy> policies = new HashMap<>();
    List<PendingEvent> notifyOnly = new ArrayList<>();
    for (Object[] row : rows) {
      PendingEvent event = PendingEvent.of(row);
      lastEventId = Math.max(lastEventId, event.id());
      SlaPolicy policy =
          policies.computeIfAbsent(event.policyId(), id -> em.find(SlaPolicy.class, id));
      Set<SlaAction> actions = policy == null ? Set.of() : policy.actionsOn(event.kind());
      if (notifiesOnly(actions)) {
        notifyOnly.add(event.withActions(actions));
      }
    }
    List<String> done = notifyAll(notifyOnly, now);
    try (BulkWrites writes = BulkWrites.open(dataSource)) {
      writes.updateByIds(
          "sla_event",
          "actions_pending = FALSE, actions_done_at = ?",
          "actions_pending = TRUE",
          notifyOnly.stream().map(PendingEvent::id).toList(),
          now);
    }
    return new BulkPass(rows.size(), lastEventId, done);
  }

  /** Whether the bulk passes can run these actions: notifications only (or nothing at all). */
  static boolean notifiesOnly(Set<SlaAction> actions) {
    return NOTIFICATIONS.containsAll(actions);
  }

  /**
   * Sends, in the caller's transaction, the notifications of events that fired in it and whose
   * actions only notify (the firing writes those events as done): the same notifications as {@link
   * #runNotificationsOnly} would send later, without a second pass over the events.
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public List<String> notifyFired(List<PendingEvent> events, Instant now) {
    return events.isEmpty() ? List.of() : notifyAll(events, now);
  }

  private List<String> notifyAll(List<PendingEvent> events, Instant now) {
    Map<Long, TicketDigest> tickets =
        digests.of(events.stream().map(PendingEvent::ticketId).toList());
    Map<String, List<Long>> leadsByLine = new HashMap<>();
    Map<Long, Instant> heldUntil = new HashMap<>();
    List<NotificationBatch.Outgoing> outgoing = new ArrayList<>();
    List<String> done = new ArrayList<>();
    for (PendingEvent event : events) {
      TicketDigest ticket = tickets.get(event.ticketId());
      if (ticket == null) {
        continue;
      }
      List<String> arguments = List.of(ticket.number(), ticket.subject());
      Set<Long> recipients = new LinkedHashSet<>();
      if (event.actions().contains(SlaAction.NOTIFY_ASSIGNEE) && ticket.assigneeId() != null) {
        recipients.add(ticket.assigneeId());
      }
      if (event.actions().contains(SlaAction.NOTIFY_LINE_LEADS)) {
        recipients.addAll(leadsByLine.computeIfAbsent(ticket.line(), this::leadIds));
      }
      String key = "sla.notification." + kindKey(event.kind()) + "." + event.metric();
      for (long recipient : recipients) {
        Instant deliver =
            event.kind() == SlaEventKind.WARNING
                ? heldUntil.computeIfAbsent(
                    recipient, id -> deliverAfter(SlaEventKind.WARNING, id, now))
                : now;
        outgoing.add(
            new NotificationBatch.Outgoing(recipient, ticket.id(), key, arguments, deliver));
      }
      if (!recipients.isEmpty()) {
        done.add(event.id() + ":NOTIFIED:" + recipients.size());
      }
      if (event.actions().contains(SlaAction.NOTIFY_REQUESTER)) {
        outgoing.add(
            new NotificationBatch.Outgoing(
                ticket.requesterId(),
                ticket.id(),
                "sla.notification.requester." + kindKey(event.kind()),
                arguments,
                null));
        done.add(event.id() + ":" + SlaAction.NOTIFY_REQUESTER.name());
      }
    }
    notificationBatch.send(outgoing);
    return done;
  }

  private List<Long> leadIds(String lineCode) {
    return lines.byCode("line", lineCode).getLeads().stream().map(Person::getId).toList();
  }

  /** A pending event as the bulk pass reads it (or as firing wrote it). */
  public record PendingEvent(
      long id,
      long ticketId,
      SlaEventKind kind,
      String metric,
      long policyId,
      Set<SlaAction> actions) {

    static PendingEvent of(Object[] row) {
      return new PendingEvent(
          ((Number) row[0]).longValue(),
          ((Number) row[1]).longValue(),
          SlaEventKind.valueOf((String) row[2]),
          (String) row[3],
          ((Number) row[4]).longValue(),
          Set.of());
    }

    PendingEvent withActions(Set<SlaAction> policyActions) {
      return new PendingEvent(id, ticketId, kind, metric, policyId, policyActions);
    }
  }

  /** Counts a failed attempt; the actions stay pending until {@link #MAX_ATTEMPTS}. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void countFailedAttempt(long eventId) {
    em.createNamedQuery(SlaEvent.COUNT_FAILED_ATTEMPT)
        .setParameter("id", eventId)
        .setParameter("maxAttempts", MAX_ATTEMPTS)
        .executeUpdate();
  }

  /** Events whose actions have not run, oldest first. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Long> pending(int limit) {
    @SuppressWarnings("unchecked")
    List<Number> ids = em.createNativeQuery(String.format(PENDING, limit)).getResultList();
    return ids.stream().map(Number::longValue).toList();
  }

  private void notifySupport(
      SlaEvent event, TicketView ticket, Set<SlaAction> actions, Instant now, List<String> done) {
    Set<Person> recipients = new LinkedHashSet<>();
    if (actions.contains(SlaAction.NOTIFY_ASSIGNEE) && ticket.assignee() != null) {
      people.byUsername(ticket.assignee()).ifPresent(recipients::add);
    }
    if (actions.contains(SlaAction.NOTIFY_LINE_LEADS)) {
      Set<Person> leads = lines.byCode("line", ticket.line()).getLeads();
      recipients.addAll(leads);
      if (event.getKind() == SlaEventKind.BREACH) {
        // A missed target goes one step up the hierarchy: the leads' own managers.
        leads.stream()
            .map(Person::getManager)
            .filter(manager -> manager != null && manager.isActive())
            .forEach(recipients::add);
      }
    }
    String key = "sla.notification." + kindKey(event) + "." + event.getMetric();
    Set<Long> told = new LinkedHashSet<>();
    for (Person recipient : recipients) {
      if (told.add(recipient.getId())) {
        notifications.send(
            recipient.getId(),
            ticket.id(),
            key,
            List.of(ticket.number(), ticket.subject()),
            deliverAfter(event.getKind(), recipient.getId(), now));
      }
    }
    if (!told.isEmpty()) {
      done.add("NOTIFIED:" + told.size());
    }
  }

  private void notifyRequester(SlaEvent event, TicketView ticket, List<String> done) {
    people
        .byUsername(ticket.requester())
        .ifPresent(
            requester -> {
              notifications.send(
                  requester.getId(),
                  ticket.id(),
                  "sla.notification.requester." + kindKey(event),
                  List.of(ticket.number(), ticket.subject()),
                  null);
              done.add(SlaAction.NOTIFY_REQUESTER.name());
            });
  }

  /**
   * Warnings can wait for the recipient's working hours (their line's calendar) when so configured;
   * breaches never wait.
   */
  private Instant deliverAfter(SlaEventKind kind, long recipientId, Instant now) {
    if (!holdWarningsOutsideHours || kind != SlaEventKind.WARNING) {
      return now;
    }
    List<SupportLine> recipientLines = lines.linesOf(recipientId);
    if (recipientLines.isEmpty()) {
      return now;
    }
    Long calendarId = calendars.lineCalendarId(recipientLines.get(0).getId());
    if (calendarId == null) {
      return now;
    }
    return calendars.of(calendarId).nextWorkingInstant(now).orElse(now);
  }

  private static String kindKey(SlaEvent event) {
    return kindKey(event.getKind());
  }

  private static String kindKey(SlaEventKind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }
}
