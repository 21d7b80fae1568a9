package org.tierdesk.routing.control;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The agent with the lowest share of their capacity in use; the lowest person id on a tie. */
public final class LeastLoaded implements Strategy {

  static final Comparator<Candidate> BY_LOAD =
      ((Comparator<Candidate>) Candidate::compareLoad)
          .thenComparingLong(Candidate::openTickets)
          .thenComparingLong(Candidate::personId);

  @Override
  public Optional<Candidate> pick(List<Candidate> eligible, Need need, long cursor) {
    return eligible.stream().min(BY_LOAD);
  }
}
