package org.tierdesk.sla.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tierdesk.directory.boundary.People;
import org.tierdesk.directory.entity.Person;
import org.tierdesk.notification.boundary.Notifications;
import org.tierdesk.routing.boundary.SupportLines;
import org.tierdesk.routing.entity.SupportLine;
import org.tierdesk.sla.entity.SlaAction;
import org.tierdesk.sla.entity.SlaEvent;
import org.tierdesk.sla.entity.SlaEventKind;
import org.tierdesk.sla.entity.SlaPolicy;
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

  @PersistenceContext EntityManager em;
  @Inject Tickets tickets;
  @Inject People people;
  @Inject SupportLines lines;
  @Inject Notifications notifications;
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
    Set<SlaAction> actions = policy.actionsOn(event.getKind());
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
    return em.createNamedQuery(SlaEvent.PENDING, Long.class).setMaxResults(limit).getResultList();
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
            deliverAfter(event, recipient, now));
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
  private Instant deliverAfter(SlaEvent event, Person recipient, Instant now) {
    if (!holdWarningsOutsideHours || event.getKind() != SlaEventKind.WARNING) {
      return now;
    }
    List<SupportLine> recipientLines = lines.linesOf(recipient.getId());
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
    return event.getKind().name().toLowerCase(Locale.ROOT);
  }
}
