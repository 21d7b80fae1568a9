package org.tierdesk.directory.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tierdesk.directory.entity.DirectoryProfile;

/**
 * Reads a person out of the claims of an OpenID Connect token, with claim names an operator
 * configures (providers differ: Keycloak says {@code preferred_username} and {@code groups}, Entra
 * ID {@code preferred_username} and group object ids, AD FS {@code upn} and {@code group}).
 *
 * @param username the claim with the login name, e.g. {@code preferred_username}
 * @param email the claim with the e-mail address
 * @param displayName the claim with the full name; {@code given_name} and {@code family_name} serve
 *     when it is missing
 * @param groups the claim with the group names (a list or one string)
 * @param department the claim with the department, or blank for none
 */
public record TokenClaims(
    String username, String email, String displayName, String groups, String department) {

  /** The profile the claims describe, or empty when the username claim is missing. */
  public Optional<DirectoryProfile> profile(Map<String, Object> claims) {
    String login = text(claims, username);
    if (login == null) {
      return Optional.empty();
    }
    return Optional.of(
        new DirectoryProfile(
            login,
            text(claims, "sub"),
            nameOf(claims),
            text(claims, email),
            text(claims, "phone_number"),
            null,
            text(claims, department),
            null));
  }

  /**
   * The groups the claims name. Path-like names ({@code /Staff/HD-Line1}, as Keycloak writes them
   * with full paths) count by their last part.
   */
  public List<String> groups(Map<String, Object> claims) {
    Object value = groups == null || groups.isBlank() ? null : claims.get(groups);
    List<String> names = new ArrayList<>();
    if (value instanceof Collection<?> list) {
      list.stream().filter(v -> v != null).map(Object::toString).forEach(names::add);
    } else if (value != null) {
      for (String name : value.toString().split(",")) {
        names.add(name);
      }
    }
    List<String> result = new ArrayList<>();
    for (String name : names) {
      String trimmed = name.strip();
      int slash = trimmed.lastIndexOf('/');
      if (slash >= 0 && slash < trimmed.length() - 1) {
        trimmed = trimmed.substring(slash + 1);
      }
      if (!trimmed.isEmpty()) {
        result.add(trimmed);
      }
    }
    return result;
  }

  private String nameOf(Map<String, Object> claims) {
    String name = text(claims, displayName);
    if (name != null) {
      return name;
    }
    String given = text(claims, "given_name");
    String family = text(claims, "family_name");
    if (given == null && family == null) {
      return null;
    }
    return ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
  }

  private static String text(Map<String, Object> claims, String claim) {
    if (claim == null || claim.isBlank()) {
      return null;
    }
    Object value = claims.get(claim);
    if (value == null) {
      return null;
    }
    String text = value.toString().strip();
    return text.isEmpty() ? null : text;
  }
}
