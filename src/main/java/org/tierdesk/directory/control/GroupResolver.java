package org.tierdesk.directory.control;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Resolves nested group membership: the groups a person is in directly, the groups those groups are
 * in, and so on. Directories other than Active Directory lack its {@code
 * LDAP_MATCHING_RULE_IN_CHAIN}, so the tree is walked here, breadth first, with a guard against
 * cycles (a group nested in itself through others) and a depth limit.
 */
public final class GroupResolver {

  /** Where the walk ended: every group found, and whether the depth limit cut it short. */
  public record Result(Collection<String> groups, boolean truncated) {}

  private GroupResolver() {}

  /**
   * @param direct distinguished names of the groups the person is a direct member of
   * @param parentsOf the groups a group (by DN) is a direct member of
   * @param maxDepth how many levels of nesting to follow above the direct groups
   */
  public static Result resolve(
      Collection<String> direct, Function<String, Collection<String>> parentsOf, int maxDepth) {
    Map<String, String> found = new LinkedHashMap<>();
    Deque<String> level = new ArrayDeque<>();
    for (String group : direct) {
      if (found.putIfAbsent(key(group), group) == null) {
        level.add(group);
      }
    }
    int depth = 0;
    while (!level.isEmpty()) {
      if (depth == maxDepth) {
        return new Result(found.values(), true);
      }
      Deque<String> next = new ArrayDeque<>();
      for (String group : level) {
        for (String parent : parentsOf.apply(group)) {
          if (found.putIfAbsent(key(parent), parent) == null) {
            next.add(parent);
          }
        }
      }
      level = next;
      depth++;
    }
    return new Result(found.values(), false);
  }

  /**
   * Distinguished names differ in case and spacing between what a group says and what an entry
   * says; this comparison key ignores both. (Escaped commas keep their backslash, so they stay
   * distinct from separators.)
   */
  static String key(String dn) {
    StringBuilder key = new StringBuilder(dn.length());
    for (String part : dn.split("(?<!\\\\),")) {
      if (key.length() > 0) {
        key.append(',');
      }
      int equals = part.indexOf('=');
      if (equals > 0) {
        key.append(part.substring(0, equals).strip()).append('=');
        key.append(part.substring(equals + 1).strip());
      } else {
        key.append(part.strip());
      }
    }
    return key.toString().toLowerCase(Locale.ROOT);
  }
}
