package org.tierdesk.routing.entity;

/** How a queue hands its new tickets to agents. */
public enum AssignmentStrategy {
  /** Agents claim tickets themselves. */
  MANUAL,
  /** The next available agent after the one served last. */
  ROUND_ROBIN,
  /** The available agent with the lowest share of their capacity in use. */
  LEAST_LOADED,
  /** Agents skilled in the category (and speaking the requester's language), then least loaded. */
  SKILL_BASED;

  public boolean isAutomatic() {
    return this != MANUAL;
  }
}
