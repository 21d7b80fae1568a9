package org.tierdesk.directory.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * How Tierdesk reaches the company directory, read from MicroProfile Config keys {@code
 * tierdesk.ldap.*} (environment variables {@code TIERDESK_LDAP_*}). The defaults suit Active
 * Directory; OpenLDAP needs a few attribute names changed (see README).
 */
public record LdapSettings(
    String host,
    int port,
    boolean ldaps,
    boolean startTls,
    String trustStore,
    String trustStorePassword,
    String trustStoreType,
    String bindDn,
    String bindPassword,
    String userBase,
    String userFilter,
    String loginAttribute,
    String groupBase,
    String groupFilter,
    String groupMemberAttribute,
    int nestedGroupDepth,
    String displayNameAttribute,
    String emailAttribute,
    String phoneAttribute,
    String departmentAttribute,
    String titleAttribute,
    String managerAttribute,
    String externalIdAttribute,
    DisabledDetection disabledDetection,
    String disabledFilter,
    int timeoutSeconds,
    int poolSize,
    int syncIntervalMinutes,
    int syncPageSize) {

  /** How a disabled account is recognised. */
  public enum DisabledDetection {
    /** Active Directory: bit 2 (ACCOUNTDISABLE) of {@code userAccountControl}. */
    AD,
    /** Entries that match {@code tierdesk.ldap.disabled-filter} (e.g. for OpenLDAP). */
    FILTER,
    /** The directory refuses disabled accounts itself, or has none. */
    NONE
  }

  public static final String PREFIX = "tierdesk.ldap.";
  private static final Pattern ATTRIBUTE =
      Pattern.compile("[A-Za-z][A-Za-z0-9-]*|[0-9]+(\\.[0-9]+)+");

  /**
   * Reads the settings; empty when no URL is set (LDAP is off).
   *
   * @param config a key ({@code tierdesk.ldap.url}) to its value, if any
   * @throws IllegalArgumentException naming every key that is set wrong
   */
  public static Optional<LdapSettings> from(Function<String, Optional<String>> config) {
    Reader read = new Reader(config);
    String url = read.text("url", "");
    if (url.isBlank()) {
      return Optional.empty();
    }
    URI uri = read.uri(url);
    boolean ldaps = uri != null && "ldaps".equalsIgnoreCase(uri.getScheme());
    boolean startTls = read.flag("start-tls", false);
    if (ldaps && startTls) {
      read.problems.add(
          PREFIX + "start-tls: StartTLS is for ldap:// URLs; ldaps:// is TLS already");
    }
    LdapSettings settings =
        new LdapSettings(
            uri == null ? "" : uri.getHost(),
            uri == null || uri.getPort() < 0 ? (ldaps ? 636 : 389) : uri.getPort(),
            ldaps,
            startTls,
            read.text("trust-store", ""),
            read.text("trust-store-password", ""),
            read.text("trust-store-type", "PKCS12"),
            read.text("bind-dn", ""),
            read.text("bind-password", ""),
            read.required("user-base"),
            read.filter("user-filter", "(&(objectCategory=person)(objectClass=user))"),
            read.attribute("login-attribute", "sAMAccountName"),
            read.text("group-base", ""),
            read.filter(
                "group-filter",
                "(|(objectClass=group)(objectClass=groupOfNames)(objectClass=groupOfUniqueNames))"),
            read.attribute("group-member-attribute", "member"),
            read.number("nested-group-depth", 10, 0, 100),
            read.attribute("attr.display-name", "displayName"),
            read.attribute("attr.email", "mail"),
            read.attribute("attr.phone", "telephoneNumber"),
            read.attribute("attr.department", "department"),
            read.attribute("attr.title", "title"),
            read.attribute("attr.manager", "manager"),
            read.optionalAttribute("attr.external-id"),
            read.detection(),
            read.text("disabled-filter", ""),
            read.number("timeout-seconds", 10, 1, 300),
            read.number("pool-size", 10, 1, 200),
            read.number("sync.interval-minutes", 60, 0, 7 * 24 * 60),
            read.number("sync.page-size", 500, 1, 5000));
    if (settings.disabledDetection == DisabledDetection.FILTER
        && settings.disabledFilter.isBlank()) {
      read.problems.add(PREFIX + "disabled-filter: required when disabled-detection is FILTER");
    }
    if (!read.problems.isEmpty()) {
      throw new IllegalArgumentException(
          "LDAP is configured wrongly: " + String.join("; ", read.problems));
    }
    return Optional.of(settings);
  }

  public boolean usesTls() {
    return ldaps || startTls;
  }

  /** The user filter narrowed to one login name, escaped. */
  public String userFilterFor(String loginName) {
    return LdapFilters.and(userFilter, LdapFilters.equality(loginAttribute, loginName));
  }

  /** Where groups are looked for: the group base, or the user base when none is set. */
  public String groupSearchBase() {
    return groupBase.isBlank() ? userBase : groupBase;
  }

  /** Attributes to read from a user entry. */
  public String[] userAttributes() {
    List<String> names =
        new ArrayList<>(
            List.of(
                loginAttribute,
                displayNameAttribute,
                emailAttribute,
                phoneAttribute,
                departmentAttribute,
                titleAttribute,
                managerAttribute,
                "memberOf",
                "userAccountControl",
                "cn"));
    if (!externalIdAttribute.isBlank()) {
      names.add(externalIdAttribute);
    }
    return names.toArray(String[]::new);
  }

  @Override
  public String toString() {
    // Never print the passwords.
    return "LDAP "
        + (ldaps ? "ldaps://" : "ldap://")
        + host
        + ":"
        + port
        + (startTls ? " (StartTLS)" : "")
        + " users "
        + userBase
        + " by "
        + loginAttribute;
  }

  private static final class Reader {
    private final Function<String, Optional<String>> config;
    private final List<String> problems = new ArrayList<>();

    Reader(Function<String, Optional<String>> config) {
      this.config = config;
    }

    String text(String key, String fallback) {
      return config
          .apply(PREFIX + key)
          .map(String::strip)
          .filter(v -> !v.isEmpty())
          .orElse(fallback);
    }

    String required(String key) {
      String value = text(key, "");
      if (value.isBlank()) {
        problems.add(PREFIX + key + ": required");
      }
      return value;
    }

    URI uri(String url) {
      try {
        URI uri = new URI(url.strip());
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("ldap") && !scheme.equals("ldaps") || uri.getHost() == null) {
          problems.add(PREFIX + "url: give ldap://host:port or ldaps://host:port");
          return null;
        }
        return uri;
      } catch (URISyntaxException e) {
        problems.add(PREFIX + "url: not a URL (" + e.getMessage() + ")");
        return null;
      }
    }

    boolean flag(String key, boolean fallback) {
      String value = text(key, String.valueOf(fallback)).toLowerCase(Locale.ROOT);
      if (!value.equals("true") && !value.equals("false")) {
        problems.add(PREFIX + key + ": true or false");
      }
      return value.equals("true");
    }

    int number(String key, int fallback, int min, int max) {
      String value = text(key, String.valueOf(fallback));
      try {
        int number = Integer.parseInt(value);
        if (number >= min && number <= max) {
          return number;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      problems.add(PREFIX + key + ": a whole number from " + min + " to " + max);
      return fallback;
    }

    String attribute(String key, String fallback) {
      String value = text(key, fallback);
      if (!ATTRIBUTE.matcher(value).matches()) {
        problems.add(PREFIX + key + ": not an attribute name: " + value);
      }
      return value;
    }

    String optionalAttribute(String key) {
      String value = text(key, "");
      return value.isEmpty() ? value : attribute(key, value);
    }

    String filter(String key, String fallback) {
      String value = LdapFilters.parenthesised(text(key, fallback));
      int depth = 0;
      for (char c : value.toCharArray()) {
        depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        if (depth < 0) {
          break;
        }
      }
      if (depth != 0) {
        problems.add(PREFIX + key + ": unbalanced parentheses in " + value);
      }
      return value;
    }

    DisabledDetection detection() {
      String value = text("disabled-detection", "AD").toUpperCase(Locale.ROOT);
      try {
        return DisabledDetection.valueOf(value);
      } catch (IllegalArgumentException e) {
        problems.add(PREFIX + "disabled-detection: AD, FILTER or NONE");
        return DisabledDetection.AD;
      }
    }
  }
}
