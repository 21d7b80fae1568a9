package org.tierdesk.routing.control;

import java.util.List;
import java.util.Optional;

/**
 * The first eligible agent after the one served last, by person id, wrapping around. The cursor is
 * a person id rather than a position, so agents joining, leaving or going away do not make the
 * rotation skip or repeat anyone else.
 */
public final class RoundRobin implements Strategy {

  @Override
  public Optional<Candidate> pick(List<Candidate> eligible, Need need, long cursor) {
    return eligible.stream()
        .filter(candidate -> candidate.personId() > cursor)
        .findFirst()
        .or(() -> eligible.stream().findFirst());
  }
}
