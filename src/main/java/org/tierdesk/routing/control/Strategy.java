package org.tierdesk.routing.control;

import java.util.List;
import java.util.Optional;
import org.tierdesk.routing.entity.AssignmentStrategy;

/** Picks an agent for a new ticket among those who can take more; ties go to the lowest id. */
public interface Strategy {

  /**
   * @param eligible agents who can take more, ordered by person id
   * @param cursor the person id round-robin served last (0: nobody yet)
   */
  Optional<Candidate> pick(List<Candidate> eligible, Need need, long cursor);

  static Strategy of(AssignmentStrategy strategy) {
    return switch (strategy) {
      case MANUAL -> (eligible, need, cursor) -> Optional.empty();
      case ROUND_ROBIN -> new RoundRobin();
      case LEAST_LOADED -> new LeastLoaded();
      case SKILL_BASED -> new SkillBased();
    };
  }
}
