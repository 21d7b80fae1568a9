package org.tierdesk.sla.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import org.tierdesk.directory.boundary.CurrentUser;
import org.tierdesk.platform.errors.InvalidInput;
import org.tierdesk.platform.persistence.Page;
import org.tierdesk.routing.boundary.SupportLines;
import org.tierdesk.sla.control.BusinessCalendar;
import org.tierdesk.sla.control.CalendarStore;
import org.tierdesk.sla.control.ClockRules;
import org.tierdesk.sla.entity.ClockState;
import org.tierdesk.sla.entity.SlaClock;
import org.tierdesk.sla.entity.SlaMetric;
import org.tierdesk.sla.entity.SlaTicket;
import org.tierdesk.ticket.boundary.TicketView;
import org.tierdesk.ticket.boundary.Tickets;

/**
 * SLA clocks for the screens: a ticket's clocks (whoever may see the ticket), the expected first
 * response for the requester's acknowledgement, and support's queues of clocks about to breach and
 * already breached, ordered by deadline and paged in the database.
 */
@Stateless
public class SlaClocks {

  public static final int MAX_PAGE_SIZE = 200;

  @PersistenceContext EntityManager em;
  @Inject Tickets tickets;
  @Inject SlaAccess access;
  @Inject CurrentUser currentUser;
  @Inject SupportLines lines;
  @Inject CalendarStore calendars;
  @Inject Clock clock;

  /** The ticket's clocks, FIRST_RESPONSE, NEXT_RESPONSE, RESOLUTION (those that exist). */
  public List<ClockView> ofTicket(long ticketId) {
    tickets.requireVisible(ticketId);
    List<SlaClock> clocks =
        em.createNamedQuery(SlaClock.OF_TICKET, SlaClock.class)
            .setParameter("ticketId", ticketId)
            .getResultList();
    return views(clocks).stream().sorted((a, b) -> a.metric().compareTo(b.metric())).toList();
  }

  /**
   * When support will have answered at the latest, as the matching policy promises: what the portal
   * states as "we will answer by ...". Empty once answered or while the clock is paused.
   */
  public Optional<Instant> expectedFirstResponse(long ticketId) {
    return ofTicket(ticketId).stream()
        .filter(view -> view.metric() == SlaMetric.FIRST_RESPONSE)
        .filter(view -> view.completedAt() == null)
        .map(ClockView::dueAt)
        .filter(Objects::nonNull)
        .findFirst();
  }

  /** Running clocks by nearest deadline: support's "breaching soon" queue; optionally one line. */
  public Page<DueClock> breachingSoon(String line, int page, int size) {
    return queue(ClockState.RUNNING, false, line, page, size);
  }

  /** Breached clocks whose work is not done yet, oldest deadline first; optionally one line. */
  public Page<DueClock> breached(String line, int page, int size) {
    return queue(ClockState.BREACHED, true, line, page, size);
  }

  /**
   * How many clocks {@link #breachingSoon} (or, with {@code breached}, {@link #breached}) lists,
   * counted up to {@link Page#COUNT_LIMIT}: what a paged table asks before it loads a page.
   */
  public Page.Count count(boolean breached, String line) {
    access.requireSupport();
    ClockQuery query =
        breached
            ? new ClockQuery(ClockState.BREACHED, true, visibleLines(line))
            : new ClockQuery(ClockState.RUNNING, false, visibleLines(line));
    return query.none() ? new Page.Count(0, true) : query.count(Page.COUNT_LIMIT + 1);
  }

  private Page<DueClock> queue(
      ClockState state, boolean openOnly, String line, int page, int size) {
    access.requireSupport();
    if (page < 0) {
      throw new InvalidInput("page", "error.field.notNegative");
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new InvalidInput("size", "error.field.range", 1, MAX_PAGE_SIZE);
    }
    ClockQuery query = new ClockQuery(state, openOnly, visibleLines(line));
    if (query.none()) {
      return new Page<>(List.of(), 0);
    }
    int first = page * size;
    List<SlaClock> clocks =
        query
            .bind(
                em.createQuery(
                    "SELECT c FROM SlaClock c" + query.where() + " ORDER BY c.dueAt, c.id",
                    SlaClock.class))
            .setFirstResult(first)
            .setMaxResults(size)
            .getResultList();
    Page.Count total =
        page == 0 && clocks.size() < size
            ? new Page.Count(clocks.size(), true)
            : query.count(Math.max(Page.COUNT_LIMIT, first + size) + 1);
    if (clocks.isEmpty()) {
      return new Page<>(List.of(), total.value(), total.exact());
    }
    Map<Long, TicketView> ticketViews =
        tickets.views(clocks.stream().map(SlaClock::getTicketId).distinct().toList());
    List<ClockView> clockViews = views(clocks);
    List<DueClock> rows =
        IntStream.range(0, clocks.size())
            .mapToObj(
                i -> new DueClock(clockViews.get(i), ticketViews.get(clocks.get(i).getTicketId())))
            .toList();
    return new Page<>(rows, total.value(), total.exact());
  }

  /** The clocks of one state the caller may list; {@code lineIds} null for every line. */
  private final class ClockQuery {
    private final ClockState state;
    private final boolean openOnly;
    private final List<Long> lineIds;

    ClockQuery(ClockState state, boolean openOnly, List<Long> lineIds) {
      this.state = state;
      this.openOnly = openOnly;
      this.lineIds = lineIds;
    }

    boolean none() {
      return lineIds != null && lineIds.isEmpty();
    }

    String where() {
      return " WHERE c.state = :state"
          + (openOnly ? " AND c.completedAt IS NULL" : "")
          + (lineIds == null
              ? ""
              : " AND EXISTS (SELECT s FROM SlaTicket s WHERE s.ticketId = c.ticketId"
                  + " AND s.lineId IN :lineIds)");
    }

    <T> TypedQuery<T> bind(TypedQuery<T> query) {
      query.setParameter("state", state);
      if (lineIds != null) {
        query.setParameter("lineIds", lineIds);
      }
      return query;
    }

    /** Reads at most {@code bound} ids: exact below it, "at least" at it. */
    Page.Count count(int bound) {
      int found =
          bind(em.createQuery("SELECT c.id FROM SlaClock c" + where(), Long.class))
              .setMaxResults(bound)
              .getResultList()
              .size();
      return Page.count(found, bound);
    }
  }

  /**
   * The lines whose clocks the caller may list: the one asked for, or all (null) for admins and the
   * caller's own lines for agents; an agent asking for another line gets none.
   */
  private List<Long> visibleLines(String line) {
    Long asked = line == null || line.isBlank() ? null : lines.byCode("line", line.strip()).getId();
    if (currentUser.seesEveryTicket()) {
      return asked == null ? null : List.of(asked);
    }
    List<Long> mine = List.copyOf(lines.lineIdsOfMemberOrLead(currentUser.person().getId()));
    if (asked == null) {
      return mine;
    }
    return mine.contains(asked) ? List.of(asked) : List.of();
  }

  private List<ClockView> views(List<SlaClock> clocks) {
    if (clocks.isEmpty()) {
      return List.of();
    }
    Instant now = clock.instant();
    Map<Long, String> policyNames = TicketSlaViews.policyNames(em, clocks);
    Map<Long, Long> calendarOfTicket = calendarsOf(clocks);
    return clocks.stream()
        .map(
            slaClock ->
                view(
                    slaClock,
                    policyNames.get(slaClock.getPolicyId()),
                    calendars.of(calendarOfTicket.get(slaClock.getTicketId())),
                    now))
        .toList();
  }

  static ClockView view(SlaClock clock, String policy, BusinessCalendar calendar, Instant now) {
    ClockRules rules = new ClockRules(calendar);
    Duration used = rules.consumedAt(clock, now);
    Instant end = clock.getCompletedAt() == null ? now : clock.getCompletedAt();
    return new ClockView(
        clock.getMetric(),
        clock.getState(),
        badge(clock),
        policy,
        clock.getStartedAt(),
        clock.getDueAt(),
        clock.getWarnAt(),
        clock.getWarnedAt(),
        clock.getBreachedAt(),
        clock.getCompletedAt(),
        clock.isPaused(),
        clock.target(),
        used,
        Duration.between(clock.getStartedAt(), end),
        clock.target().minus(used));
  }

  static ClockView.Badge badge(SlaClock clock) {
    return switch (clock.getState()) {
      case BREACHED -> ClockView.Badge.RED;
      case MET -> ClockView.Badge.DONE;
      case RUNNING, PAUSED ->
          clock.getWarnedAt() != null ? ClockView.Badge.AMBER : ClockView.Badge.GREEN;
    };
  }

  private Map<Long, Long> calendarsOf(List<SlaClock> clocks) {
    List<Long> ticketIds = clocks.stream().map(SlaClock::getTicketId).distinct().toList();
    Map<Long, Long> calendarIds = new HashMap<>();
    em.createQuery("SELECT s FROM SlaTicket s WHERE s.ticketId IN :ids", SlaTicket.class)
        .setParameter("ids", ticketIds)
        .getResultList()
        .forEach(sla -> calendarIds.put(sla.getTicketId(), sla.getCalendarId()));
    return calendarIds;
  }
}
