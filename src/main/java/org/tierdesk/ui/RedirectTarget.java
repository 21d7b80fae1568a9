package org.tierdesk.ui;

import java.util.Optional;

/**
 * Where a login may send someone afterwards. Only paths inside this application qualify: anything
 * that a browser could read as another host ({@code //evil.example}, {@code /\evil.example}) or as
 * a script would turn the login page into an open redirect.
 */
public final class RedirectTarget {

  static final String LOGIN_PAGE = "/login.xhtml";

  private RedirectTarget() {}

  /** The path to go to, when {@code next} is a safe local path. */
  public static Optional<String> local(String next) {
    if (next == null) {
      return Optional.empty();
    }
    String path = next.strip();
    if (!path.startsWith("/") || path.startsWith("//") || path.startsWith(LOGIN_PAGE)) {
      return Optional.empty();
    }
    boolean unsafe = path.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == '\\');
    return unsafe ? Optional.empty() : Optional.of(path);
  }

  /** The start page of the console a person works in. */
  public static String homeOf(boolean support) {
    return support ? "/agent/index.xhtml" : "/portal/index.xhtml";
  }
}
