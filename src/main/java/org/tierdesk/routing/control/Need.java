package org.tierdesk.routing.control;

import java.util.Set;

/**
 * What a ticket asks of its agent.
 *
 * @param categoryPath the ticket's category and its ancestors (empty without category)
 * @param language the requester's language tag, or null
 */
public record Need(Set<Long> categoryPath, String language) {

  public Need {
    categoryPath = Set.copyOf(categoryPath);
  }
}
