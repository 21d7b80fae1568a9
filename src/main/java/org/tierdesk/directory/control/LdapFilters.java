package org.tierdesk.directory.control;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Keeps what a person types out of the structure of an LDAP filter. A login name must first pass
 * {@link #isAcceptableLoginName} (letters, digits and {@code . _ - @}, nothing a filter could use);
 * it is then escaped as RFC 4515 asks anyway, so that neither rule alone carries the weight.
 */
public final class LdapFilters {

  /** Letters and digits of any script, and the punctuation login names really use. */
  private static final Pattern LOGIN_NAME = Pattern.compile("[\\p{L}\\p{N}._@-]{1,256}");

  private LdapFilters() {}

  public static boolean isAcceptableLoginName(String name) {
    return name != null && LOGIN_NAME.matcher(name).matches();
  }

  /**
   * Escapes a value for use in a filter (RFC 4515 section 3): {@code * ( ) \} and NUL become {@code
   * \2a \28 \29 \5c \00}; so do other control characters and bytes outside ASCII, which RFC 4515
   * allows as UTF-8 octets, escaped for safety in logs.
   */
  public static String escape(String value) {
    StringBuilder escaped = new StringBuilder(value.length() + 8);
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int octet = b & 0xff;
      if (octet == '*'
          || octet == '('
          || octet == ')'
          || octet == '\\'
          || octet < 0x20
          || octet >= 0x7f) {
        escaped.append('\\').append(Character.forDigit(octet >> 4, 16));
        escaped.append(Character.forDigit(octet & 0xf, 16));
      } else {
        escaped.append((char) octet);
      }
    }
    return escaped.toString();
  }

  /** {@code (attribute=value)} with the value escaped. */
  public static String equality(String attribute, String value) {
    return "(" + attribute + "=" + escape(value) + ")";
  }

  /** The conjunction of two filters; {@code extra} may be null or blank. */
  public static String and(String filter, String extra) {
    if (extra == null || extra.isBlank()) {
      return filter;
    }
    return "(&" + parenthesised(filter) + parenthesised(extra) + ")";
  }

  /** Config may give a filter with or without its outer parentheses. */
  static String parenthesised(String filter) {
    String trimmed = filter.strip();
    return trimmed.startsWith("(") ? trimmed : "(" + trimmed + ")";
  }
}
