package org.tierdesk.ticket.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.TypedQuery;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.tierdesk.platform.errors.Enums;
import org.tierdesk.platform.errors.InvalidInput;
import org.tierdesk.platform.persistence.Page;
import org.tierdesk.ticket.boundary.TicketQuery;
import org.tierdesk.ticket.entity.Priority;
import org.tierdesk.ticket.entity.Tag;
import org.tierdesk.ticket.entity.Ticket;
import org.tierdesk.ticket.entity.TicketStatus;

/**
 * Builds the count and page queries of a ticket list. Filtering, sorting and paging all happen in
 * the database; each filter combination has an index in V1__foundation.sql.
 */
public final class TicketSearch {

  private static final String BATCH = "eclipselink.batch";
  private static final String BATCH_TYPE = "eclipselink.batch.type";

  /**
   * A list's tickets are only read, never changed: EclipseLink then neither copies them into the
   * transaction nor compares the copies at its end (measured: about a fifth of a search's Java CPU
   * went to registering the page's tickets and people and to the flush check before each query).
   */
  private static final String READ_ONLY = "eclipselink.read-only";

  /** What a page of a list reads: the tickets with their line and category. */
  private static final String PAGE_SELECT =
      "SELECT t FROM Ticket t JOIN FETCH t.line LEFT JOIN FETCH t.category";

  private static final Pattern NUMBER = Pattern.compile("(?i)(?:TD-)?(\\d{1,18})");

  private final StringBuilder where = new StringBuilder(" WHERE 1 = 1");
  private final Map<String, Object> parameters = new HashMap<>();
  private final TicketQuery query;

  /** Whether the list is already limited to unassigned tickets (the condition is added once). */
  private boolean unassignedOnly;

  /** Whether an agent's visibility limits the list to their lines (see {@link #visibleToAgent}). */
  private boolean limitedToLines;

  /** Whether the list searches subjects for text (then its "more than" counts may be reused). */
  private boolean subjectSearched;

  /** Where "more than" counts of subject searches are remembered; null: always count. */
  private LongSearches longSearches;

  /** Where a count hands a subject search's matches to the page load after it; null: never. */
  private CountedMatches countedMatches;

  private TicketSearch(TicketQuery query) {
    this.query = query;
  }

  /**
   * @param requesterId when not null, only this requester's tickets (a requester's own list)
   */
  public static TicketSearch of(TicketQuery query, Long requesterId) {
    return of(query, requesterId, null);
  }

  /**
   * @param within when not null, only tickets of the caller's scope (an agent console view)
   */
  public static TicketSearch of(TicketQuery query, Long requesterId, Within within) {
    return of(query, requesterId, within, null);
  }

  /**
   * @param orDepartmentId with {@code requesterId}: also the tickets of requesters in this
   *     organisation unit (a requester's department view), else null
   */
  public static TicketSearch of(
      TicketQuery query, Long requesterId, Within within, Long orDepartmentId) {
    TicketSearch search = new TicketSearch(validated(query));
    if (requesterId != null && orDepartmentId != null) {
      search.add(
          "(t.requester.id = :requesterId OR t.requester.orgUnit.id = :departmentId)",
          "requesterId",
          requesterId);
      search.parameters.put("departmentId", orDepartmentId);
      requesterId = null;
    }
    search.filter(requesterId);
    if (within != null) {
      search.within(within);
    }
    return search;
  }

  /**
   * A view of the agent console as conditions: assigned to one person, in some queues, in some
   * lines, unassigned, escalated. Null or false means no condition; an empty list matches nothing.
   */
  public record Within(
      Long assigneeId,
      List<Long> queueIds,
      List<Long> lineIds,
      boolean unassignedOnly,
      boolean escalatedOnly) {}

  /**
   * Limits the list to what an agent may see: tickets of their lines, assigned to them, or their
   * own requests.
   */
  public TicketSearch visibleToAgent(long agentId, Set<Long> lineIds) {
    if (lineIds.isEmpty()) {
      add(
          "(t.assigneeId = :visibleAgent OR t.requester.id = :visibleAgent)",
          "visibleAgent",
          agentId);
    } else {
      add(VISIBLE_IN_LINES, "visibleAgent", agentId);
      parameters.put("visibleLines", List.copyOf(lineIds));
      limitedToLines = true;
    }
    return this;
  }

  /** What an agent of some lines sees: those lines' tickets, their own and their own requests. */
  private static final String VISIBLE_IN_LINES =
      "(t.line.id IN :visibleLines OR t.assigneeId = :visibleAgent"
          + " OR t.requester.id = :visibleAgent)";

  /**
   * Has a subject search that matched more than its count bound a moment ago say so again without
   * counting (see {@link LongSearches}); lists without a subject search always count.
   */
  public TicketSearch remembering(LongSearches searches) {
    this.longSearches = searches;
    return this;
  }

  /**
   * Has the count of a subject search with at most {@link Page#COUNT_LIMIT} matches keep them for
   * the page load that follows with that count (see {@link #run(EntityManager, Page.Count)}), so
   * that a paged table's request searches the subjects once.
   */
  public TicketSearch sharingMatches(CountedMatches matches) {
    this.countedMatches = matches;
    return this;
  }

  /**
   * Only the count, as the console's menu shows it: exact up to {@link Page#COUNT_LIMIT}, beyond
   * that "more than". It reads at most that many ids, so a view of a third of a million tickets
   * costs what a page does.
   */
  public Page.Count count(EntityManager em) {
    return boundedCount(em, Page.COUNT_LIMIT + 1, countedMatches != null);
  }

  /**
   * @param sharing whether a subject search sorted in Java reads its matches' sort values too and
   *     keeps them for the page load after this count
   */
  private Page.Count boundedCount(EntityManager em, int bound, boolean sharing) {
    Counted search =
        longSearches != null && subjectSearched
            ? new Counted(where.toString(), new HashMap<>(parameters), bound)
            : null;
    if (search != null && longSearches.knownLong(search)) {
      return Page.count(bound, bound);
    }
    if (limitedToLines && !subjectSearched && linesAloneReach(em, bound)) {
      return Page.count(bound, bound);
    }
    int found;
    if (sharing && search != null && sortedInJava()) {
      // The same read as the page's (see pageOfFewMatches): the load after this count takes it.
      List<Object[]> matches = matchesOf(em, bound);
      found = matches.size();
      if (found < bound) {
        countedMatches.keep(new Matched(search, query.sort()), matches);
      }
    } else {
      found =
          bind(em.createQuery("SELECT t.id FROM Ticket t" + where, Long.class))
              .setMaxResults(bound)
              .getResultList()
              .size();
    }
    Page.Count count = Page.count(found, bound);
    if (search != null && !count.exact()) {
      longSearches.counted(search);
    }
    return count;
  }

  /**
   * Whether the agent's lines alone hold {@code bound} matches, so that the whole list (those
   * lines, or assigned to the agent, or requested by them) does too. The condition with its OR
   * cannot stop early: PostgreSQL reads every open ticket of the lines into a bitmap first (122,000
   * for a line at 1,000,000 tickets, 25-65 ms), or scans the table, before the limit applies. The
   * lines alone, read in the order of the status-and-line index, stop at the bound (about 1 ms).
   * Not for subject searches: there the trigram index, not this order, finds the matches.
   */
  private boolean linesAloneReach(EntityManager em, int bound) {
    return bindWithVisibility(
                em.createQuery(
                    "SELECT t.id FROM Ticket t"
                        + whereVisibleBy(LINES_ALONE)
                        + " ORDER BY t.status, t.line.id",
                    Long.class),
                LINES_ALONE)
            .setMaxResults(bound)
            .getResultList()
            .size()
        == bound;
  }

  /** Of an agent's visibility, the lines alone. */
  private static final String LINES_ALONE = "t.line.id IN :visibleLines";

  /** Of an agent's visibility, their own tickets (assigned or requested) in other lines. */
  private static final String OWN_ELSEWHERE =
      "(t.assigneeId = :visibleAgent OR t.requester.id = :visibleAgent)"
          + " AND t.line.id NOT IN :visibleLines";

  /** The list's conditions with the agent's visibility narrowed to one of its parts. */
  private String whereVisibleBy(String part) {
    return where.toString().replace(VISIBLE_IN_LINES, part);
  }

  /** Binds the list's parameters to a query whose visibility is narrowed to {@code part}. */
  private <T> TypedQuery<T> bindWithVisibility(TypedQuery<T> typed, String part) {
    parameters.forEach(
        (name, value) -> {
          if (!"visibleAgent".equals(name) || part.contains(":visibleAgent")) {
            typed.setParameter(name, value);
          }
        });
    return typed.setFlushMode(FlushModeType.COMMIT);
  }

  /**
   * Sorts whose values never are null and compare in Java as in the database (no collation, no enum
   * names), so that two sorted reads can be merged in Java.
   */
  private static final Set<String> MERGEABLE_SORTS = Set.of("number", "createdAt", "updatedAt");

  /**
   * The page of an agent's list limited to their lines, read as two sorted id lists merged in Java:
   * the lines' tickets alone, and the agent's own (assigned or requested) in other lines. With the
   * lines, the assignee and the requester in one OR, PostgreSQL can only walk the sort column's
   * index and drop every newer ticket of other lines on the way: for an agent of a line with few
   * and older open tickets, 64,569 rows and ~30 ms per page at 1,000,000 tickets. The lines alone
   * follow the line's own index (under 1 ms), the agent's own tickets are few. Each line is read on
   * its own: with two lines in one IN the index no longer yields the list's order, and PostgreSQL
   * walked the sort column's index past every newer ticket of other lines again (17 ms at 1,000,000
   * tickets for an agent of lines 2 and 3). Each list is read up to the end of the page, so only
   * pages within the count bound are read this way.
   */
  private List<Ticket> pageOfLinesAndOwn(EntityManager em, int first) {
    int wanted = first + query.size();
    @SuppressWarnings("unchecked")
    List<Long> lines = (List<Long>) parameters.get("visibleLines");
    List<Object[]> inLines =
        lines.stream()
            .flatMap(line -> sortedIds(em, LINES_ALONE, List.of(line), wanted).stream())
            .toList();
    List<Object[]> ownElsewhere = ownElsewhere(em, lines, wanted);
    return byIds(em, pageOf(Stream.concat(inLines.stream(), ownElsewhere.stream()), first));
  }

  /**
   * The agent's own tickets (assigned or requested) in other lines: all of them, unordered, for the
   * merge to sort, read through the assignee and requester indexes. In the list's order PostgreSQL
   * expected hundreds (an agent's tickets spread over every line, as it assumes) and walked the
   * sort column's index from the newest ticket; an agent whose tickets are all in their own lines
   * has none elsewhere, and the walk read the whole table: 245-298 ms per page for an agent of line
   * 3 at 1,000,000 tickets, 1.8 ms unordered (BENCHMARKS.md, 2026-12-05). An agent with more than
   * {@link Page#COUNT_LIMIT} of them gets the first {@code limit} in order from the database.
   */
  private List<Object[]> ownElsewhere(EntityManager em, List<Long> lines, int limit) {
    List<Object[]> own =
        bindWithVisibility(
                em.createQuery(
                    "SELECT t.id, t."
                        + query.sort()
                        + " FROM Ticket t"
                        + whereVisibleBy(OWN_ELSEWHERE),
                    Object[].class),
                OWN_ELSEWHERE)
            .setParameter("visibleLines", lines)
            .setMaxResults(Page.COUNT_LIMIT + 1)
            .getResultList();
    return own.size() > Page.COUNT_LIMIT ? sortedIds(em, OWN_ELSEWHERE, lines, limit) : own;
  }

  /**
   * The page of a subject search that matches at most {@link Page#COUNT_LIMIT} tickets, with its
   * exact count; null if it matches more (then remembered, see {@link LongSearches}). The matches'
   * ids and sort values are read without an order, which the trigram index answers by itself, and
   * sorted in Java. PostgreSQL guesses how many tickets a word matches from a sample of subjects,
   * and for the page it chooses by that guess: a rare word that the sample happened to contain (66
   * matches guessed as about 1,000) had it walk the update-time index from the newest ticket until
   * it found 20, through the whole table (0.6-1.2 s at 1,000,000 tickets); an id list in the query
   * gets the same walk, which only pays off when the matches are spread evenly over the years. The
   * read the count needs anyway knows the number: at most 1,000 matches are sorted in Java; with
   * more, the walk stops within the newest 2% of the table. Only for pages within the bound and
   * sorts that compare in Java as in the database.
   */
  private Page<Ticket> pageOfFewMatches(EntityManager em, int first, Page.Count counted) {
    int bound = Page.COUNT_LIMIT + 1;
    Counted search =
        longSearches == null
            ? null
            : new Counted(where.toString(), new HashMap<>(parameters), bound);
    if (search != null && longSearches.knownLong(search)) {
      return null;
    }
    List<Object[]> matches =
        counted != null && countedMatches != null && search != null
            ? countedMatches.take(new Matched(search, query.sort()))
            : null;
    if (matches == null) {
      matches = matchesOf(em, bound);
    }
    if (matches.size() == bound) {
      if (search != null) {
        longSearches.counted(search);
      }
      return null;
    }
    return new Page<>(byIds(em, pageOf(matches.stream(), first)), matches.size(), true);
  }

  /** The first {@code bound} matches' ids and sort values, in no order. */
  private List<Object[]> matchesOf(EntityManager em, int bound) {
    return bind(em.createQuery(
            "SELECT t.id, t." + query.sort() + " FROM Ticket t" + where, Object[].class))
        .setMaxResults(bound)
        .getResultList();
  }

  /** Whether a subject search's page is sorted in Java (see {@link #pageOfFewMatches}). */
  private boolean sortedInJava() {
    return subjectSearched && MERGEABLE_SORTS.contains(query.sort());
  }

  /** Of rows of an id and a sort value, the ids of the requested page, in the list's order. */
  private List<Long> pageOf(Stream<Object[]> rows, int first) {
    Comparator<Object[]> order =
        Comparator.<Object[], Comparable<Object>>comparing(row -> comparable(row[1]))
            .thenComparing(row -> (Long) row[0]);
    return rows.sorted(query.ascending() ? order : order.reversed())
        .skip(first)
        .limit(query.size())
        .map(row -> (Long) row[0])
        .toList();
  }

  /** The tickets of a page's ids, in the list's order. */
  private List<Ticket> byIds(EntityManager em, List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return readingPeopleInBatches(
            em.createQuery(PAGE_SELECT + " WHERE t.id IN :ids" + orderBy(), Ticket.class)
                .setParameter("ids", ids)
                .setFlushMode(FlushModeType.COMMIT))
        .setHint(READ_ONLY, Boolean.TRUE)
        .getResultList();
  }

  /**
   * Ids and sort values of the first {@code limit} matches, visibility narrowed to a part and to
   * the given lines.
   */
  private List<Object[]> sortedIds(EntityManager em, String part, List<Long> lines, int limit) {
    return bindWithVisibility(
            em.createQuery(
                "SELECT t.id, t."
                    + query.sort()
                    + " FROM Ticket t"
                    + whereVisibleBy(part)
                    + orderBy(),
                Object[].class),
            part)
        .setParameter("visibleLines", lines)
        .setMaxResults(limit)
        .getResultList();
  }

  @SuppressWarnings("unchecked")
  private static Comparable<Object> comparable(Object value) {
    return (Comparable<Object>) value;
  }

  /** A bounded count as one value: every condition, every parameter and the bound. */
  private record Counted(String where, Map<String, Object> parameters, int bound) {}

  /** A bounded count's matches as one value: the count, and the sort whose values it read. */
  private record Matched(Counted search, String sort) {}

  private void within(Within scope) {
    if (scope.assigneeId() != null) {
      add("t.assignee.id = :scopeAssignee", "scopeAssignee", scope.assigneeId());
    }
    inIds("t.queue.id", "scopeQueues", scope.queueIds());
    inIds("t.line.id", "scopeLines", scope.lineIds());
    if (scope.unassignedOnly() && !unassignedOnly) {
      where.append(" AND t.assignee IS NULL");
      unassignedOnly = true;
    }
    if (scope.escalatedOnly()) {
      where.append(" AND t.escalatedAt IS NOT NULL");
    }
  }

  private void inIds(String path, String name, List<Long> ids) {
    if (ids == null) {
      return;
    }
    if (ids.isEmpty()) {
      where.append(" AND 1 = 0");
    } else {
      add(path + " IN :" + name, name, ids);
    }
  }

  /**
   * The requested page and the number of matches. A first page that is not full is its own count;
   * otherwise the matches are counted up to {@link Page#COUNT_LIMIT} (or to the end of the page
   * asked for, if that lies further), never all of them.
   */
  public Page<Ticket> run(EntityManager em) {
    return run(em, null);
  }

  /**
   * The requested page, with a count the caller has just made for the same filters (a paged table
   * asks "how many?" before it loads a page): it stands as the total when it covers the page, so
   * the matches are not counted twice; otherwise, or without it, as {@link #run(EntityManager)}.
   */
  public Page<Ticket> run(EntityManager em, Page.Count counted) {
    int first = query.page() * query.size();
    if (sortedInJava()
        && first + query.size() <= Page.COUNT_LIMIT
        && (counted == null || counted.exact())) {
      Page<Ticket> few = pageOfFewMatches(em, first, counted);
      if (few != null) {
        return few;
      }
    }
    List<Ticket> items =
        limitedToLines
                && !subjectSearched
                && MERGEABLE_SORTS.contains(query.sort())
                && first + query.size() <= Page.COUNT_LIMIT
            ? pageOfLinesAndOwn(em, first)
            : readingPeopleInBatches(
                    bind(em.createQuery(PAGE_SELECT + where + orderBy(), Ticket.class)))
                .setHint(READ_ONLY, Boolean.TRUE)
                .setFirstResult(first)
                .setMaxResults(query.size())
                .getResultList();
    if (query.page() == 0 && items.size() < query.size()) {
      return new Page<>(items, items.size());
    }
    if (counted != null && (counted.exact() || first + query.size() < counted.value())) {
      return new Page<>(items, counted.value(), counted.exact());
    }
    Page.Count total =
        boundedCount(em, Math.max(Page.COUNT_LIMIT, first + query.size()) + 1, false);
    return new Page<>(items, total.value(), total.exact());
  }

  /**
   * Has a ticket query read the tickets' people (requester, assignee, last editor) and their roles
   * in a few IN queries for all rows, instead of one or two queries per person: every person
   * EclipseLink loads brings its roles.
   */
  public static <T> TypedQuery<T> readingPeopleInBatches(TypedQuery<T> query) {
    return query
        .setHint(BATCH_TYPE, "IN")
        .setHint(BATCH, "t.requester")
        .setHint(BATCH, "t.requester.roles")
        .setHint(BATCH, "t.assignee")
        .setHint(BATCH, "t.assignee.roles")
        .setHint(BATCH, "t.updatedBy")
        .setHint(BATCH, "t.updatedBy.roles")
        .setHint(BATCH, "t.queue");
  }

  private void filter(Long requesterId) {
    if (requesterId != null) {
      add("t.requester.id = :requesterId", "requesterId", requesterId);
    }
    if (TicketQuery.ANY_OPEN.equalsIgnoreCase(strip(query.status()))) {
      add("t.status IN :statuses", "statuses", TicketStatus.OPEN);
    } else if (present(query.status())) {
      add(
          "t.status = :status",
          "status",
          Enums.parse("status", TicketStatus.class, query.status()));
    }
    if (present(query.line())) {
      add("t.line.code = :line", "line", query.line());
    }
    if (TicketQuery.UNASSIGNED.equals(query.assignee())) {
      where.append(" AND t.assignee IS NULL");
      unassignedOnly = true;
    } else if (present(query.assignee())) {
      add("t.assignee.username = :assignee", "assignee", query.assignee());
    }
    if (present(query.queue())) {
      add("t.queue.code = :queue", "queue", query.queue().strip());
    }
    if (present(query.priority())) {
      add(
          "t.priority = :priority",
          "priority",
          Enums.parse("priority", Priority.class, query.priority()));
    }
    if (present(query.category())) {
      add("t.category.code = :category", "category", query.category().strip());
    }
    if (present(query.text())) {
      text(query.text().strip());
    }
    if (present(query.tag())) {
      add(":tag MEMBER OF t.tags", "tag", Tag.normalise("tag", query.tag()));
    }
  }

  /**
   * "TD-1001" finds that ticket only; bare digits such as "500" find ticket TD-500 and also the
   * subjects that contain them ("Error 500 on the portal"); anything else searches subjects.
   */
  private void text(String text) {
    String like = "%" + escapeLike(text.toLowerCase(Locale.ROOT)) + "%";
    Matcher number = NUMBER.matcher(text);
    if (!number.matches()) {
      add("LOWER(t.subject) LIKE :text ESCAPE '\\'", "text", like);
      subjectSearched = true;
    } else if (number.group(1).length() < text.length()) {
      add("t.number = :number", "number", Long.parseLong(number.group(1)));
    } else {
      add(
          "(t.number = :number OR LOWER(t.subject) LIKE :text ESCAPE '\\')",
          "number",
          Long.parseLong(number.group(1)));
      parameters.put("text", like);
      subjectSearched = true;
    }
  }

  private void add(String condition, String name, Object value) {
    where.append(" AND ").append(condition);
    parameters.put(name, value);
  }

  private String orderBy() {
    String direction = query.ascending() ? " ASC" : " DESC";
    return " ORDER BY t." + query.sort() + direction + ", t.id" + direction;
  }

  private <T> TypedQuery<T> bind(TypedQuery<T> typed) {
    parameters.forEach(typed::setParameter);
    // A list runs in a transaction of its own that changes nothing: no flush before its queries.
    return typed.setFlushMode(FlushModeType.COMMIT);
  }

  private static TicketQuery validated(TicketQuery query) {
    String sort = present(query.sort()) ? query.sort() : "updatedAt";
    if (!TicketQuery.SORTABLE.contains(sort)) {
      throw new InvalidInput("sort", "error.field.oneOf", TicketQuery.SORTABLE);
    }
    if (query.page() < 0) {
      throw new InvalidInput("page", "error.field.notNegative");
    }
    if (query.size() < 1 || query.size() > TicketQuery.MAX_SIZE) {
      throw new InvalidInput("size", "error.field.range", 1, TicketQuery.MAX_SIZE);
    }
    return query.withSort(sort);
  }

  static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static String strip(String value) {
    return value == null ? null : value.strip();
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }
}
