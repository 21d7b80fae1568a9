package org.tierdesk.directory.control;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.tierdesk.directory.entity.GroupRoleMapping;
import org.tierdesk.directory.entity.Role;

/**
 * Turns the groups a directory reports for a person into Tierdesk roles and support-line
 * memberships. Every directory account is at least a requester. Groups match by name, ignoring
 * case; a group given as a distinguished name ({@code CN=HD-Line2,OU=Groups,DC=corp,DC=example})
 * matches a mapping for its common name as well as one for the whole DN.
 */
public final class RoleMapping {

  /** What a person's groups grant. */
  public record Grants(Set<Role> roles, Set<String> lineCodes) {}

  private RoleMapping() {}

  public static Grants grantsFor(Collection<String> groups, Collection<GroupRoleMapping> mappings) {
    Set<String> names = new TreeSet<>();
    for (String group : groups) {
      if (group != null && !group.isBlank()) {
        names.add(normalise(group));
        names.add(normalise(commonName(group)));
      }
    }
    Set<Role> roles = EnumSet.of(Role.REQUESTER);
    Set<String> lines = new TreeSet<>();
    for (GroupRoleMapping mapping : mappings) {
      if (names.contains(normalise(mapping.getGroupName()))) {
        roles.add(mapping.getRole());
        if (mapping.getLineCode() != null && !mapping.getLineCode().isBlank()) {
          lines.add(mapping.getLineCode());
        }
      }
    }
    return new Grants(roles, lines);
  }

  /** The value of the first RDN of a DN ({@code CN=HD-Line2,OU=…} → {@code HD-Line2}), or as is. */
  static String commonName(String group) {
    String trimmed = group.trim();
    int equals = trimmed.indexOf('=');
    if (equals < 0) {
      return trimmed;
    }
    StringBuilder value = new StringBuilder();
    for (int i = equals + 1; i < trimmed.length(); i++) {
      char c = trimmed.charAt(i);
      if (c == '\\' && i + 1 < trimmed.length()) {
        value.append(trimmed.charAt(++i));
      } else if (c == ',' || c == '+') {
        break;
      } else {
        value.append(c);
      }
    }
    return value.toString().trim();
  }

  private static String normalise(String name) {
    return name.trim().toLowerCase(Locale.ROOT);
  }
}
