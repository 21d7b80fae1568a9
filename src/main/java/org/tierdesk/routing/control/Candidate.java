package org.tierdesk.routing.control;

import java.util.Set;

/**
 * An agent of a queue as assignment sees them.
 *
 * @param available on duty (or back from leave) right now
 * @param openTickets tickets assigned to them that support still works on
 * @param skills ids of the categories they handle
 * @param languages language tags they speak, lower case
 */
public record Candidate(
    long personId,
    boolean available,
    int capacity,
    long openTickets,
    Set<Long> skills,
    Set<String> languages) {

  public Candidate {
    skills = Set.copyOf(skills);
    languages = Set.copyOf(languages);
  }

  /** Only available agents with room left get new tickets. */
  public boolean canTakeMore() {
    return available && openTickets < capacity;
  }

  /** The share of capacity in use; compared exactly by cross-multiplication. */
  int compareLoad(Candidate other) {
    return Long.compare(openTickets * other.capacity, other.openTickets * capacity);
  }
}
