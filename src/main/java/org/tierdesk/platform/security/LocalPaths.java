package org.tierdesk.platform.security;

import java.util.Optional;

/**
 * Where a login may send someone afterwards. Only paths inside this application qualify: anything
 * that a browser could read as another host ({@code //evil.example}, {@code /\evil.example}) or as
 * a script would turn the login into an open redirect.
 */
public final class LocalPaths {

  static final String LOGIN_PAGE = "/login.xhtml";

  private LocalPaths() {}

  /** The path to go to, when {@code next} is a safe local path other than the login page. */
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
}
