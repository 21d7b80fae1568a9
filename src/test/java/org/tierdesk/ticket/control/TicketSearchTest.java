package org.tierdesk.ticket.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.TypedQuery;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tierdesk.platform.errors.InvalidInput;
import org.tierdesk.platform.persistence.Page;
import org.tierdesk.ticket.boundary.TicketQuery;
import org.tierdesk.ticket.entity.TicketStatus;

/**
 * The ticket list queries: what is filtered, sorted and paged in the database, and which requests
 * are refused before any query runs. A recording EntityManager shows the JPQL and its parameters.
 */
class TicketSearchTest {

  @Test
  void escapesLikeWildcardsAndTheEscapeCharacter() {
    assertThat(TicketSearch.escapeLike("100%_a\\b")).isEqualTo("100\\%\\_a\\\\b");
    assertThat(TicketSearch.escapeLike("plain")).isEqualTo("plain");
  }

  @Test
  void searchesSubjectsCaseInsensitivelyWithEscapedText() {
    Recording db = run(query(null, null, null, "Disk 100% FULL"), null, 5);

    assertThat(db.parameters).containsEntry("text", "%disk 100\\% full%");
    assertThat(db.queries.get(0)).contains("LOWER(t.subject) LIKE :text ESCAPE");
  }

  @ParameterizedTest
  @ValueSource(strings = {"TD-1001", "td-1001", " TD-1001 "})
  void findsATicketByItsNumber(String text) {
    Recording db = run(query(null, null, null, text), null, 1);

    assertThat(db.parameters).containsEntry("number", 1001L).doesNotContainKey("text");
  }

  @Test
  void bareDigitsFindTheTicketNumberAndSubjectsWithThem() {
    Recording db = run(query(null, null, null, "500"), null, 1);

    assertThat(db.parameters).containsEntry("number", 500L).containsEntry("text", "%500%");
    assertThat(db.queries.get(0))
        .contains("(t.number = :number OR LOWER(t.subject) LIKE :text ESCAPE");
  }

  @ParameterizedTest
  @ValueSource(strings = {"TD-1001x", "TD 1001", "1234567890123456789", "TD-"})
  void searchesTextThatOnlyLooksLikeANumber(String text) {
    Recording db = run(query(null, null, null, text), null, 1);

    assertThat(db.parameters).containsKey("text").doesNotContainKey("number");
  }

  @Test
  void requesterSeesOnlyOwnTickets() {
    Recording db = run(query(null, null, null, null), 42L, 1);

    assertThat(db.parameters).containsEntry("requesterId", 42L);
    assertThat(db.queries)
        .allSatisfy(jpql -> assertThat(jpql).contains("t.requester.id = :requesterId"));
  }

  @Test
  void supportSeesEveryonesTickets() {
    Recording db = run(query(null, null, null, null), null, 1);

    assertThat(db.parameters).doesNotContainKey("requesterId");
  }

  @Test
  void filtersByStatusLineAndAssignee() {
    Recording db = run(query("in_progress", "L2", "line1", null), null, 1);

    assertThat(db.parameters)
        .containsEntry("status", TicketStatus.IN_PROGRESS)
        .containsEntry("line", "L2")
        .containsEntry("assignee", "line1");
  }

  @Test
  void anyOpenStatusMeansEveryStatusWithWorkLeft() {
    Recording db = run(query(TicketQuery.ANY_OPEN, null, null, null), null, 1);

    assertThat(db.parameters).containsEntry("statuses", TicketStatus.OPEN);
  }

  @Test
  void unassignedFilterListsTicketsWithoutAnAssignee() {
    Recording db = run(query(null, null, TicketQuery.UNASSIGNED, null), null, 30);

    assertThat(db.queries).hasSize(2);
    assertThat(db.queries).allSatisfy(jpql -> assertThat(jpql).contains("t.assignee IS NULL"));
    assertThat(db.queries.get(0)).doesNotContain("FETCH t.assignee");
    assertThat(db.parameters).doesNotContainKey("assignee");
  }

  @Test
  void refusesAnUnknownStatusNamingTheField() {
    assertRefused(query("SLEEPING", null, null, null), "status");
  }

  @Test
  void sortsOnlyByWhitelistedFieldsWithTheIdAsTieBreaker() {
    Recording ascending =
        run(new TicketQuery(null, null, null, null, "subject", true, 0, 20), null, 1);
    Recording byDefault = run(new TicketQuery(null, null, null, null, null, false, 0, 20), null, 1);

    assertThat(ascending.queries.get(0)).endsWith(" ORDER BY t.subject ASC, t.id ASC");
    assertThat(byDefault.queries.get(0)).endsWith(" ORDER BY t.updatedAt DESC, t.id DESC");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"password", "requester.passwordHash", "subject DESC; DROP TABLE ticket", "id"})
  void refusesAnyOtherSortField(String sort) {
    assertRefused(new TicketQuery(null, null, null, null, sort, false, 0, 20), "sort");
  }

  @Test
  void pagesInTheDatabase() {
    Recording db = run(new TicketQuery(null, null, null, null, "number", false, 3, 25), null, 500);

    assertThat(db.firstResult).isEqualTo(75);
    assertThat(db.maxResults).isEqualTo(25);
  }

  @Test
  void acceptsThePageSizeBounds() {
    run(new TicketQuery(null, null, null, null, null, false, 0, 1), null, 1);
    run(new TicketQuery(null, null, null, null, null, false, 0, TicketQuery.MAX_SIZE), null, 1);
  }

  @Test
  void refusesPageAndSizeOutOfBounds() {
    assertRefused(new TicketQuery(null, null, null, null, null, false, -1, 20), "page");
    assertRefused(new TicketQuery(null, null, null, null, null, false, 0, 0), "size");
    assertRefused(
        new TicketQuery(null, null, null, null, null, false, 0, TicketQuery.MAX_SIZE + 1), "size");
  }

  @Test
  void aFirstPageThatIsNotFullIsItsOwnCount() {
    Recording db = run(query("NEW", "L3", null, null), null, 0);

    assertThat(db.queries).hasSize(1);
    assertThat(db.queries.get(0)).startsWith("SELECT t FROM Ticket t");
    assertThat(db.page).isEqualTo(new Page<>(List.of(), 0, true));
  }

  @Test
  void readsThePageReadOnlyAndFlushesBeforeNoQuery() {
    Recording db = run(query(null, null, null, null), null, 300);

    assertThat(db.hints).containsEntry("eclipselink.read-only", Boolean.TRUE);
    assertThat(db.flushModes).hasSize(2).containsOnly(FlushModeType.COMMIT);
  }

  @Test
  void countsAFullListExactlyBelowTheBound() {
    Recording db = run(query(null, null, null, null), null, 300);

    assertThat(db.queries).hasSize(2);
    assertThat(db.queries.get(1)).startsWith("SELECT t.id FROM Ticket t").doesNotContain("COUNT");
    assertThat(db.countMaxResults).isEqualTo(Page.COUNT_LIMIT + 1);
    assertThat(db.page.total()).isEqualTo(300);
    assertThat(db.page.exact()).isTrue();
  }

  @Test
  void countsALongListOnlyUpToTheBound() {
    Recording db = run(query(null, null, null, null), null, 1_000_000);

    assertThat(db.countMaxResults).isEqualTo(Page.COUNT_LIMIT + 1);
    assertThat(db.page.total()).isEqualTo(Page.COUNT_LIMIT);
    assertThat(db.page.exact()).isFalse();
  }

  @Test
  void aDeepPageCountsToItsOwnEnd() {
    Recording db =
        run(new TicketQuery(null, null, null, null, null, false, 60, 20), null, 1_000_000);

    assertThat(db.countMaxResults).isEqualTo(1221);
    assertThat(db.page.total()).isEqualTo(1220);
    assertThat(db.page.exact()).isFalse();
  }

  @Test
  void aCountJustMadeForTheSameFiltersStandsAsTheTotal() {
    Recording exact = new Recording(300);
    Recording more = new Recording(1_000_000);

    Page<?> counted =
        TicketSearch.of(query(null, null, null, null), null)
            .run(exact.entityManager(), new Page.Count(300, true));
    Page<?> bounded =
        TicketSearch.of(query(null, null, null, null), null)
            .run(more.entityManager(), new Page.Count(Page.COUNT_LIMIT, false));

    assertThat(exact.queries).singleElement().asString().startsWith("SELECT t FROM Ticket t");
    assertThat(counted.total()).isEqualTo(300);
    assertThat(counted.exact()).isTrue();
    assertThat(more.queries).hasSize(1);
    assertThat(bounded.total()).isEqualTo(Page.COUNT_LIMIT);
    assertThat(bounded.exact()).isFalse();
  }

  @Test
  void aPageBeyondABoundedCountStillCountsToItsOwnEnd() {
    Recording db = new Recording(1_000_000);

    Page<?> page =
        TicketSearch.of(new TicketQuery(null, null, null, null, null, false, 60, 20), null)
            .run(db.entityManager(), new Page.Count(Page.COUNT_LIMIT, false));

    assertThat(db.queries).hasSize(2);
    assertThat(db.countMaxResults).isEqualTo(1221);
    assertThat(page.total()).isEqualTo(1220);
  }

  @Test
  void anAgentsLinesHoldingTheBoundAreEnoughForMoreThan() {
    Recording db = new Recording(1_000_000);

    Page.Count count = countForAgentOfLineOne(db, query(TicketQuery.ANY_OPEN, null, null, null));

    assertThat(count).isEqualTo(new Page.Count(Page.COUNT_LIMIT, false));
    assertThat(db.queries)
        .singleElement()
        .asString()
        .contains("t.line.id IN :visibleLines")
        .doesNotContain(":visibleAgent")
        .endsWith(" ORDER BY t.status, t.line.id");
    assertThat(db.countMaxResults).isEqualTo(Page.COUNT_LIMIT + 1);
  }

  @Test
  void fewerTicketsInTheLinesAreCountedWithTheAgentsOwn() {
    Recording db = new Recording(40);

    Page.Count count = countForAgentOfLineOne(db, query(TicketQuery.ANY_OPEN, null, null, null));

    assertThat(count).isEqualTo(new Page.Count(40, true));
    assertThat(db.queries).hasSize(2);
    assertThat(db.queries.get(1))
        .contains("(t.line.id IN :visibleLines OR t.assigneeId = :visibleAgent")
        .doesNotContain("ORDER BY");
  }

  @Test
  void aSubjectSearchOfAnAgentIsCountedAsAWhole() {
    Recording db = new Recording(1_000_000);

    countForAgentOfLineOne(db, query(null, null, null, "printer"));

    assertThat(db.queries).singleElement().asString().contains(":visibleAgent");
  }

  @Test
  void theMenuCountIsBoundedToo() {
    Recording many = new Recording(50_000);
    Recording few = new Recording(7);

    Page.Count more =
        TicketSearch.of(query(null, null, null, null), null).count(many.entityManager());
    Page.Count exact =
        TicketSearch.of(query(null, null, null, null), null).count(few.entityManager());

    assertThat(more).isEqualTo(new Page.Count(Page.COUNT_LIMIT, false));
    assertThat(exact).isEqualTo(new Page.Count(7, true));
    assertThat(many.queries).singleElement().asString().startsWith("SELECT t.id FROM Ticket t");
  }

  @Test
  void aSubjectSearchOverTheBoundIsCountedOnceWhileRemembered() {
    long[] now = {0};
    LongSearches searches = new LongSearches(() -> now[0]);

    Recording first = run(query(null, null, null, "printer"), 42L, 1_000_000, searches);
    now[0] += LongSearches.KEPT.toNanos() - 1;
    Recording again = run(query(null, null, null, "printer"), 42L, 1_000_000, searches);
    now[0] += 1;
    Recording later = run(query(null, null, null, "printer"), 42L, 1_000_000, searches);

    assertThat(first.queries).hasSize(2);
    assertThat(again.queries).singleElement().asString().startsWith("SELECT t FROM Ticket t");
    assertThat(again.page.total()).isEqualTo(Page.COUNT_LIMIT);
    assertThat(again.page.exact()).isFalse();
    assertThat(later.queries).as("counted again once the answer is too old").hasSize(2);
  }

  @Test
  void exactCountsAreNeverRemembered() {
    LongSearches searches = new LongSearches(() -> 0);

    run(query(null, null, null, "printer"), null, 300, searches);
    Recording again = run(query(null, null, null, "printer"), null, 300, searches);

    assertThat(again.queries).hasSize(2);
    assertThat(again.page.total()).isEqualTo(300);
  }

  @Test
  void aSearchWithOtherConditionsOrAnotherBoundIsCountedAfresh() {
    LongSearches searches = new LongSearches(() -> 0);
    run(query(null, null, null, "printer"), 42L, 1_000_000, searches);

    Recording otherText = run(query(null, null, null, "scanner"), 42L, 1_000_000, searches);
    Recording otherRequester = run(query(null, null, null, "printer"), 43L, 1_000_000, searches);
    Recording withStatus = run(query("NEW", null, null, "printer"), 42L, 1_000_000, searches);
    Recording deepPage =
        run(
            new TicketQuery(null, null, null, "printer", "updatedAt", false, 60, 20),
            42L,
            1_000_000,
            searches);

    assertThat(List.of(otherText, otherRequester, withStatus, deepPage))
        .allSatisfy(db -> assertThat(db.queries).hasSize(2));
  }

  @Test
  void listsWithoutASubjectSearchAlwaysCount() {
    LongSearches searches = new LongSearches(() -> 0);

    for (String text : new String[] {null, "TD-1001"}) {
      run(query(null, null, null, text), null, 1_000_000, searches);
      Recording again = run(query(null, null, null, text), null, 1_000_000, searches);
      assertThat(again.queries).as(String.valueOf(text)).hasSize(2);
    }
  }

  @Test
  void aSubjectSearchWithFewMatchesSortsThemInJavaAndCountsThemExactly() {
    Recording db = run(query(null, null, null, "kazujo"), null, 300);

    // PostgreSQL, choosing by its guess of the word's frequency, walked the update-time index
    // through the whole table for a rare word; unordered, the trigram index answers alone.
    assertThat(db.queries).hasSize(2);
    assertThat(db.queries.get(0))
        .startsWith("SELECT t.id, t.updatedAt FROM Ticket t")
        .contains("LOWER(t.subject) LIKE :text")
        .doesNotContain("ORDER BY");
    assertThat(db.maxResults).isEqualTo(Page.COUNT_LIMIT + 1);
    assertThat(db.queries.get(1))
        .startsWith("SELECT t FROM Ticket t")
        .contains("WHERE t.id IN :ids")
        .endsWith("ORDER BY t.updatedAt DESC, t.id DESC");
    // Newest first by the sort value, which the recording gives in the ids' opposite order.
    assertThat(db.parametersByQuery.get(1).get("ids"))
        .isEqualTo(
            List.of(
                0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L, 16L, 17L, 18L,
                19L));
    assertThat(db.page.total()).isEqualTo(300);
    assertThat(db.page.exact()).isTrue();
  }

  @Test
  void aLaterPageOfFewMatchesIsCutFromTheSameSortedIds() {
    Recording db =
        run(new TicketQuery(null, null, null, "kazujo", "createdAt", true, 2, 20), null, 45);

    assertThat(db.queries.get(0)).startsWith("SELECT t.id, t.createdAt FROM Ticket t");
    assertThat(db.parametersByQuery.get(1).get("ids")).isEqualTo(List.of(4L, 3L, 2L, 1L, 0L));
    assertThat(db.queries.get(1)).endsWith("ORDER BY t.createdAt ASC, t.id ASC");
    assertThat(db.page.total()).isEqualTo(45);
  }

  @Test
  void aSubjectSearchWithoutMatchesReadsNoPage() {
    Recording db = run(query(null, null, null, "kazujo"), null, 0);

    assertThat(db.queries).singleElement().asString().startsWith("SELECT t.id, t.updatedAt");
    assertThat(db.page).isEqualTo(new Page<>(List.of(), 0, true));
  }

  @Test
  void aSubjectSearchWithMoreMatchesThanTheBoundReadsItsPageInTheDatabase() {
    LongSearches searches = new LongSearches(() -> 0);
    Recording db = run(query(null, null, null, "printer"), null, 1_000_000, searches);

    assertThat(db.queries).hasSize(2);
    assertThat(db.queries.get(1))
        .startsWith("SELECT t FROM Ticket t")
        .doesNotContain("t.id IN :ids")
        .endsWith("ORDER BY t.updatedAt DESC, t.id DESC");
    assertThat(db.maxResults).isEqualTo(20);
    assertThat(db.page.total()).isEqualTo(Page.COUNT_LIMIT);
    assertThat(db.page.exact()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"subject", "status"})
  void aSubjectSearchSortedByTextOrStatusIsReadInTheDatabase(String sort) {
    Recording db = run(new TicketQuery(null, null, null, "kazujo", sort, true, 0, 20), null, 300);

    // Collation and enum names order these, which a sort in Java would not match.
    assertThat(db.queries.get(0)).startsWith("SELECT t FROM Ticket t");
  }

  @Test
  void aTablesCountOfFewMatchesHandsThemToThePageLoadOfTheSameRequest() {
    CountedMatches matches = new CountedMatches();
    LongSearches searches = new LongSearches(() -> 0);
    Recording counting = new Recording(300);
    Recording loading = new Recording(300);

    Page.Count counted =
        TicketSearch.of(query(null, null, null, "kazujo"), null)
            .remembering(searches)
            .sharingMatches(matches)
            .count(counting.entityManager());
    Page<?> page =
        TicketSearch.of(query(null, null, null, "kazujo"), null)
            .remembering(searches)
            .sharingMatches(matches)
            .run(loading.entityManager(), counted);

    assertThat(counting.queries)
        .singleElement()
        .asString()
        .startsWith("SELECT t.id, t.updatedAt FROM Ticket t");
    assertThat(counted).isEqualTo(new Page.Count(300, true));
    assertThat(loading.queries).as("the subjects are searched once").hasSize(1);
    assertThat(loading.queries.get(0)).contains("WHERE t.id IN :ids");
    assertThat(loading.parametersByQuery.get(0).get("ids"))
        .isEqualTo(IntStream.range(0, 20).mapToObj(Long::valueOf).toList());
    assertThat(page.total()).isEqualTo(300);

    Recording nextLoad = new Recording(300);
    TicketSearch.of(query(null, null, null, "kazujo"), null)
        .remembering(searches)
        .sharingMatches(matches)
        .run(nextLoad.entityManager(), counted);
    assertThat(nextLoad.queries).as("handed to one load only").hasSize(2);
  }

  @Test
  void aPageLoadOfOtherFiltersOrAnotherSortReadsItsOwnMatches() {
    LongSearches searches = new LongSearches(() -> 0);
    TicketQuery byCreation = new TicketQuery(null, null, null, "kazujo", "createdAt", true, 0, 20);
    for (TicketQuery other : List.of(query(null, null, null, "kazujoj"), byCreation)) {
      CountedMatches matches = new CountedMatches();
      Page.Count counted =
          TicketSearch.of(query(null, null, null, "kazujo"), null)
              .remembering(searches)
              .sharingMatches(matches)
              .count(new Recording(300).entityManager());
      Recording loading = new Recording(300);

      TicketSearch.of(other, null)
          .remembering(searches)
          .sharingMatches(matches)
          .run(loading.entityManager(), counted);

      assertThat(loading.queries).as(other.toString()).hasSize(2);
      assertThat(loading.queries.get(0)).startsWith("SELECT t.id, t." + other.sort() + " ");
    }
  }

  @Test
  void theMenuCountOfASubjectSearchIsRememberedToo() {
    LongSearches searches = new LongSearches(() -> 0);
    Recording first = new Recording(50_000);
    Recording again = new Recording(50_000);

    TicketSearch.of(query(null, null, null, "vpn"), null)
        .remembering(searches)
        .count(first.entityManager());
    Page.Count count =
        TicketSearch.of(query(null, null, null, "vpn"), null)
            .remembering(searches)
            .count(again.entityManager());

    assertThat(first.queries).hasSize(1);
    assertThat(again.queries).isEmpty();
    assertThat(count).isEqualTo(new Page.Count(Page.COUNT_LIMIT, false));
  }

  @Test
  void anAgentsListReadsTheLinesAndTheirOwnTicketsElsewhereAsTwoSortedLists() {
    Recording db = new Recording(0);
    TicketSearch.of(query(TicketQuery.ANY_OPEN, null, null, null), null)
        .visibleToAgent(7L, Set.of(1L))
        .run(db.entityManager());

    assertThat(db.queries).hasSize(2);
    assertThat(db.queries.get(0))
        .startsWith("SELECT t.id, t.updatedAt FROM Ticket t")
        .contains("t.line.id IN :visibleLines")
        .doesNotContain(":visibleAgent")
        .endsWith("ORDER BY t.updatedAt DESC, t.id DESC");
    // The agent's own tickets elsewhere are few: all of them unordered, sorted by the merge.
    assertThat(db.queries.get(1))
        .startsWith("SELECT t.id, t.updatedAt FROM Ticket t")
        .contains("(t.assigneeId = :visibleAgent OR t.requester.id = :visibleAgent)")
        .contains("t.line.id NOT IN :visibleLines")
        .doesNotContain("ORDER BY");
    assertThat(db.maxResultsByQuery)
        .as("the line up to the end of the page, the agent's own up to the count bound")
        .containsExactly(20, Page.COUNT_LIMIT + 1);
  }

  @Test
  void anAgentWithMoreOwnTicketsElsewhereThanTheBoundGetsTheFirstInTheDatabasesOrder() {
    Recording db = new Recording(5_000);
    TicketSearch.of(query(TicketQuery.ANY_OPEN, null, null, null), null)
        .visibleToAgent(7L, Set.of(1L))
        .run(db.entityManager());

    assertThat(db.queries.get(1)).contains(":visibleAgent").doesNotContain("ORDER BY");
    assertThat(db.queries.get(2))
        .contains("(t.assigneeId = :visibleAgent OR t.requester.id = :visibleAgent)")
        .endsWith("ORDER BY t.updatedAt DESC, t.id DESC");
    assertThat(db.maxResultsByQuery.subList(0, 3)).containsExactly(20, Page.COUNT_LIMIT + 1, 20);
    assertThat(db.queries.get(3)).contains("WHERE t.id IN :ids");
  }

  @Test
  void anAgentOfTwoLinesHasEachLineReadOnItsOwn() {
    Recording db = new Recording(0);
    TicketSearch.of(query(TicketQuery.ANY_OPEN, null, null, null), null)
        .visibleToAgent(7L, Set.of(1L, 2L))
        .run(db.entityManager());

    // With both lines in one IN the line index gives no order to follow (see pageOfLinesAndOwn).
    assertThat(db.queries).hasSize(3);
    assertThat(db.queries.subList(0, 2))
        .allSatisfy(
            jpql ->
                assertThat(jpql)
                    .contains("t.line.id IN :visibleLines")
                    .doesNotContain(":visibleAgent")
                    .endsWith("ORDER BY t.updatedAt DESC, t.id DESC"));
    assertThat(
            List.of(
                db.parametersByQuery.get(0).get("visibleLines"),
                db.parametersByQuery.get(1).get("visibleLines")))
        .containsExactlyInAnyOrder(List.of(1L), List.of(2L));
    assertThat(db.queries.get(2)).contains("t.line.id NOT IN :visibleLines");
    assertThat(Set.copyOf((List<?>) db.parametersByQuery.get(2).get("visibleLines")))
        .isEqualTo(Set.of(1L, 2L));
  }

  @Test
  void aDeepPageOfAnAgentsListIsReadInOneQuery() {
    Recording db = new Recording(0);
    TicketQuery query = new TicketQuery(null, null, null, null, "updatedAt", false, 50, 20);
    TicketSearch.of(query, null).visibleToAgent(7L, Set.of(1L)).run(db.entityManager());

    // Two lists read up to row 1,020 each would cost more than the offset in the database.
    assertThat(db.queries.get(0))
        .contains("t.line.id IN :visibleLines OR t.assigneeId = :visibleAgent");
    assertThat(db.firstResult).isEqualTo(1000);
  }

  @ParameterizedTest
  @ValueSource(strings = {"subject", "status"})
  void anAgentsListSortedByTextOrStatusIsReadInOneQuery(String sort) {
    Recording db = new Recording(0);
    TicketQuery query = new TicketQuery(null, null, null, null, sort, true, 0, 20);
    TicketSearch.of(query, null).visibleToAgent(7L, Set.of(1L)).run(db.entityManager());

    // Database collation and enum names order these, which a merge in Java would not match.
    assertThat(db.queries).hasSize(1);
    assertThat(db.queries.get(0))
        .contains("t.line.id IN :visibleLines OR t.assigneeId = :visibleAgent");
  }

  /** The count an agent (id 7) limited to line 1 gets for the query. */
  private static Page.Count countForAgentOfLineOne(Recording db, TicketQuery query) {
    return TicketSearch.of(query, null).visibleToAgent(7L, Set.of(1L)).count(db.entityManager());
  }

  private static TicketQuery query(String status, String line, String assignee, String text) {
    return new TicketQuery(status, line, assignee, text, "updatedAt", false, 0, 20);
  }

  private static void assertRefused(TicketQuery query, String field) {
    InvalidInput refused =
        catchThrowableOfType(InvalidInput.class, () -> TicketSearch.of(query, null));
    assertThat(refused).as("refused").isNotNull();
    assertThat(refused.field()).isEqualTo(field);
  }

  private static Recording run(TicketQuery query, Long requesterId, long count) {
    return run(query, requesterId, count, null);
  }

  private static Recording run(
      TicketQuery query, Long requesterId, long count, LongSearches searches) {
    Recording recording = new Recording(count);
    recording.page =
        TicketSearch.of(query, requesterId).remembering(searches).run(recording.entityManager());
    return recording;
  }

  /**
   * An EntityManager that records JPQL, parameters and paging, and finds {@code count} rows (as
   * many of them as a query's paging lets through).
   */
  private static final class Recording {
    final List<String> queries = new ArrayList<>();
    final Map<String, Object> parameters = new HashMap<>();
    final List<Map<String, Object>> parametersByQuery = new ArrayList<>();
    final List<Integer> maxResultsByQuery = new ArrayList<>();
    final long count;
    int firstResult = -1;
    int maxResults = -1;
    int countMaxResults = -1;
    Page<?> page;
    final Map<String, Object> hints = new HashMap<>();
    final List<FlushModeType> flushModes = new ArrayList<>();

    Recording(long count) {
      this.count = count;
    }

    EntityManager entityManager() {
      return (EntityManager)
          Proxy.newProxyInstance(
              getClass().getClassLoader(),
              new Class<?>[] {EntityManager.class},
              (proxy, method, args) -> {
                if (!method.getName().equals("createQuery")) {
                  throw new UnsupportedOperationException(method.getName());
                }
                queries.add((String) args[0]);
                Map<String, Object> own = new HashMap<>();
                parametersByQuery.add(own);
                maxResultsByQuery.add(-1);
                String jpql = (String) args[0];
                return typedQuery(
                    jpql.startsWith("SELECT t.id "), jpql.startsWith("SELECT t.id, "), own);
              });
    }

    /**
     * @param sorting whether the query reads ids and sort values: its rows are then {@code {id,
     *     value}} with ids 0, 1, 2... and values in the opposite order
     */
    private TypedQuery<?> typedQuery(boolean counting, boolean sorting, Map<String, Object> own) {
      int[] paging = {0, Integer.MAX_VALUE};
      return (TypedQuery<?>)
          Proxy.newProxyInstance(
              getClass().getClassLoader(),
              new Class<?>[] {TypedQuery.class},
              (proxy, method, args) ->
                  switch (method.getName()) {
                    case "setParameter" -> {
                      parameters.put((String) args[0], args[1]);
                      own.put((String) args[0], args[1]);
                      yield proxy;
                    }
                    case "setHint" -> {
                      hints.put((String) args[0], args[1]);
                      yield proxy;
                    }
                    case "setFlushMode" -> {
                      flushModes.add((FlushModeType) args[0]);
                      yield proxy;
                    }
                    case "setFirstResult" -> {
                      paging[0] = (Integer) args[0];
                      firstResult = paging[0];
                      yield proxy;
                    }
                    case "setMaxResults" -> {
                      paging[1] = (Integer) args[0];
                      maxResultsByQuery.set(maxResultsByQuery.size() - 1, paging[1]);
                      if (counting) {
                        countMaxResults = paging[1];
                      } else {
                        maxResults = paging[1];
                      }
                      yield proxy;
                    }
                    case "getResultList" -> {
                      int found = (int) Math.max(0, Math.min(count - paging[0], paging[1]));
                      yield sorting
                          ? IntStream.range(0, found)
                              .mapToObj(id -> new Object[] {(long) id, count - 1 - id})
                              .toList()
                          : Collections.nCopies(found, new Object());
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                  });
    }
  }
}
