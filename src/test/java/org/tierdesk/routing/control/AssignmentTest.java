package org.tierdesk.routing.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.tierdesk.routing.entity.AssignmentStrategy;

class AssignmentTest {

  static final Need ANY = new Need(Set.of(), null);

  static Candidate agent(long id, long open, int capacity) {
    return new Candidate(id, true, capacity, open, Set.of(), Set.of());
  }

  static Candidate away(long id) {
    return new Candidate(id, false, 10, 0, Set.of(), Set.of());
  }

  static Optional<Long> choose(
      AssignmentStrategy strategy, List<Candidate> members, Need need, long cursor) {
    return Assignment.choose(strategy, members, need, cursor).map(Candidate::personId);
  }

  @Test
  void manualQueuesAssignNobody() {
    assertThat(choose(AssignmentStrategy.MANUAL, List.of(agent(1, 0, 5)), ANY, 0)).isEmpty();
  }

  @Test
  void nobodyAvailableMeansNobodyAssigned() {
    for (AssignmentStrategy strategy : AssignmentStrategy.values()) {
      assertThat(choose(strategy, List.of(away(1), agent(2, 5, 5)), ANY, 0))
          .as(strategy.name())
          .isEmpty();
    }
  }

  @Nested
  class RoundRobinRotation {

    @Test
    void servesTheNextAgentAfterTheCursorAndWrapsAround() {
      List<Candidate> team = List.of(agent(30, 0, 5), agent(10, 0, 5), agent(20, 0, 5));
      assertThat(choose(AssignmentStrategy.ROUND_ROBIN, team, ANY, 0)).contains(10L);
      assertThat(choose(AssignmentStrategy.ROUND_ROBIN, team, ANY, 10)).contains(20L);
      assertThat(choose(AssignmentStrategy.ROUND_ROBIN, team, ANY, 20)).contains(30L);
      assertThat(choose(AssignmentStrategy.ROUND_ROBIN, team, ANY, 30)).contains(10L);
    }

    /**
     * The cursor is all a restart keeps (it lives in the database): a rotation replayed from the
     * stored cursor gives every agent the same share as an uninterrupted one.
     */
    @Test
    void isFairAcrossRestartsFromThePersistedCursor() {
      List<Candidate> team = List.of(agent(1, 0, 99), agent(2, 0, 99), agent(3, 0, 99));
      long storedCursor = 0;
      List<Long> served = new ArrayList<>();
      for (int ticket = 0; ticket < 9; ticket++) {
        // A fresh strategy object each time, as after a restart or on another node.
        long chosen =
            new RoundRobin().pick(team, ANY, storedCursor).map(Candidate::personId).orElseThrow();
        served.add(chosen);
        storedCursor = chosen;
      }
      assertThat(served).containsExactly(1L, 2L, 3L, 1L, 2L, 3L, 1L, 2L, 3L);
    }

    @Test
    void skipsUnavailableAndFullAgentsWithoutLosingTheirTurnOrder() {
      List<Candidate> team = List.of(agent(1, 0, 5), away(2), agent(3, 5, 5), agent(4, 0, 5));
      assertThat(choose(AssignmentStrategy.ROUND_ROBIN, team, ANY, 1)).contains(4L);
      assertThat(choose(AssignmentStrategy.ROUND_ROBIN, team, ANY, 4)).contains(1L);
    }

    @Test
    void aCursorOfSomeoneWhoLeftStillContinuesWithTheNextId() {
      List<Candidate> team = List.of(agent(1, 0, 5), agent(5, 0, 5));
      assertThat(choose(AssignmentStrategy.ROUND_ROBIN, team, ANY, 3)).contains(5L);
    }
  }

  @Nested
  class LeastLoadedChoice {

    @Test
    void picksTheLowestShareOfCapacityInUse() {
      // 2 of 10 (20 %) is less loaded than 1 of 2 (50 %).
      List<Candidate> team = List.of(agent(1, 1, 2), agent(2, 2, 10));
      assertThat(choose(AssignmentStrategy.LEAST_LOADED, team, ANY, 0)).contains(2L);
    }

    @Test
    void respectsCapacity() {
      List<Candidate> team = List.of(agent(1, 3, 3), agent(2, 9, 10));
      assertThat(choose(AssignmentStrategy.LEAST_LOADED, team, ANY, 0)).contains(2L);
    }

    @Test
    void breaksTiesByFewerTicketsThenLowestId() {
      assertThat(
              choose(
                  AssignmentStrategy.LEAST_LOADED, List.of(agent(2, 1, 4), agent(1, 2, 8)), ANY, 0))
          .contains(2L);
      assertThat(
              choose(
                  AssignmentStrategy.LEAST_LOADED, List.of(agent(7, 1, 4), agent(3, 1, 4)), ANY, 0))
          .contains(3L);
    }

    @Test
    void skipsUnavailableAgentsEvenIfIdle() {
      assertThat(choose(AssignmentStrategy.LEAST_LOADED, List.of(away(1), agent(2, 4, 5)), ANY, 0))
          .contains(2L);
    }
  }

  @Nested
  class SkillBasedChoice {

    static Candidate skilled(long id, long open, Set<Long> skills, Set<String> languages) {
      return new Candidate(id, true, 10, open, skills, languages);
    }

    @Test
    void prefersTheCategoryOrAnAncestorOfIt() {
      Need printing = new Need(Set.of(6L, 2L), null);
      List<Candidate> team =
          List.of(skilled(1, 0, Set.of(3L), Set.of()), skilled(2, 5, Set.of(2L), Set.of()));
      assertThat(choose(AssignmentStrategy.SKILL_BASED, team, printing, 0)).contains(2L);
    }

    @Test
    void thenTheRequestersLanguageThenTheLoad() {
      Need russian = new Need(Set.of(3L), "ru");
      List<Candidate> team =
          List.of(
              skilled(1, 0, Set.of(3L), Set.of("en")),
              skilled(2, 4, Set.of(3L), Set.of("ru")),
              skilled(3, 2, Set.of(3L), Set.of("ru")));
      assertThat(choose(AssignmentStrategy.SKILL_BASED, team, russian, 0)).contains(3L);
    }

    @Test
    void fallsBackToTheLeastLoadedWhenNobodyIsSkilled() {
      Need network = new Need(Set.of(4L), null);
      List<Candidate> team =
          List.of(skilled(1, 3, Set.of(1L), Set.of()), skilled(2, 1, Set.of(), Set.of()));
      assertThat(choose(AssignmentStrategy.SKILL_BASED, team, network, 0)).contains(2L);
    }

    @Test
    void neverPicksAFullSpecialist() {
      Need network = new Need(Set.of(4L), null);
      List<Candidate> team =
          List.of(
              new Candidate(1, true, 2, 2, Set.of(4L), Set.of()),
              skilled(2, 1, Set.of(), Set.of()));
      assertThat(choose(AssignmentStrategy.SKILL_BASED, team, network, 0)).contains(2L);
    }
  }
}
