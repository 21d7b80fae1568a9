package org.tierdesk.sla.control;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The category hierarchy as parent links, so that a policy for a category also covers its
 * subcategories (a policy for "Hardware" applies to "Printing").
 */
public final class CategoryTree {

  private final Map<Long, Long> parents;

  /**
   * @param parents each category id with its parent's id (null for a top-level category)
   */
  public CategoryTree(Map<Long, Long> parents) {
    this.parents = new HashMap<>(parents);
  }

  public static CategoryTree flat() {
    return new CategoryTree(Map.of());
  }

  /** The category and all its ancestors; empty for no category. Cycles end the walk. */
  public Set<Long> selfAndAncestors(Long categoryId) {
    Set<Long> path = new LinkedHashSet<>();
    Long current = categoryId;
    while (current != null && path.add(current)) {
      current = parents.get(current);
    }
    return path;
  }
}
