package org.tierdesk.platform.tree;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A tree as parent links: the category tree, so that a policy or routing rule for a category also
 * covers its subcategories (a policy for "Hardware" applies to "Printing"), and the
 * organisation-unit tree, so that a policy, calendar or rule of an organisation also covers its
 * departments.
 */
public final class Hierarchy {

  private final Map<Long, Long> parents;

  /**
   * @param parents each node's id with its parent's id (null for a top-level node)
   */
  public Hierarchy(Map<Long, Long> parents) {
    this.parents = new HashMap<>(parents);
  }

  public static Hierarchy flat() {
    return new Hierarchy(Map.of());
  }

  /** The node and all its ancestors, nearest first; empty for null. Cycles end the walk. */
  public Set<Long> selfAndAncestors(Long nodeId) {
    Set<Long> path = new LinkedHashSet<>();
    Long current = nodeId;
    while (current != null && path.add(current)) {
      current = parents.get(current);
    }
    return path;
  }
}
