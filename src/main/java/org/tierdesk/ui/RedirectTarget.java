package org.tierdesk.ui;

import java.util.Optional;
import org.tierdesk.platform.security.LocalPaths;

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
    return LocalPaths.local(next);
  }

  /** The start page of the console a person works in. */
  public static String homeOf(boolean support) {
    return support ? "/agent/index.xhtml" : "/portal/index.xhtml";
  }
}
