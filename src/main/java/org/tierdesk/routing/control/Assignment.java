package org.tierdesk.routing.control;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.tierdesk.routing.entity.AssignmentStrategy;

/** Chooses the agent for a new ticket: only available agents under capacity, by the strategy. */
public final class Assignment {

  private Assignment() {}

  public static Optional<Candidate> choose(
      AssignmentStrategy strategy, List<Candidate> members, Need need, long cursor) {
    List<Candidate> eligible =
        members.stream()
            .filter(Candidate::canTakeMore)
            .sorted(Comparator.comparingLong(Candidate::personId))
            .toList();
    if (eligible.isEmpty()) {
      return Optional.empty();
    }
    return Strategy.of(strategy).pick(eligible, need, cursor);
  }
}
