package org.tierdesk.routing.control;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Prefers agents who handle the ticket's category (or an ancestor of it), then those who speak the
 * requester's language, then the least loaded. Nobody skilled still means somebody: a ticket is
 * better with a generalist than with nobody.
 */
public final class SkillBased implements Strategy {

  @Override
  public Optional<Candidate> pick(List<Candidate> eligible, Need need, long cursor) {
    Comparator<Candidate> order =
        Comparator.comparingInt((Candidate c) -> skilled(c, need) ? 0 : 1)
            .thenComparingInt(c -> speaks(c, need) ? 0 : 1)
            .thenComparing(LeastLoaded.BY_LOAD);
    return eligible.stream().min(order);
  }

  private static boolean skilled(Candidate candidate, Need need) {
    return candidate.skills().stream().anyMatch(need.categoryPath()::contains);
  }

  private static boolean speaks(Candidate candidate, Need need) {
    return need.language() != null && candidate.languages().contains(need.language());
  }
}
