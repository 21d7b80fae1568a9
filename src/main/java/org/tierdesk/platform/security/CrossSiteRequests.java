package org.tierdesk.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Refuses state-changing requests that a browser says come from another site ({@code Origin} of
 * another host, or {@code Sec-Fetch-Site: cross-site}). Faces postbacks are already bound to the
 * page's view state; this also covers the login form (whose view is restorable, so that a login
 * page left open still works) against login CSRF, and the session-authenticated REST API. Clients
 * that send no {@code Origin} (scripts, curl) are not browsers and pass.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class CrossSiteRequests extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(CrossSiteRequests.class.getName());
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (SAFE.contains(request.getMethod().toUpperCase(Locale.ROOT)) || sameSite(request)) {
      chain.doFilter(request, response);
      return;
    }
    LOG.warning(
        () ->
            "Cross-site "
                + request.getMethod()
                + " "
                + request.getRequestURI()
                + " refused: Origin="
                + request.getHeader("Origin")
                + " Sec-Fetch-Site="
                + request.getHeader("Sec-Fetch-Site"));
    response.sendError(HttpServletResponse.SC_FORBIDDEN);
  }

  static boolean sameSite(HttpServletRequest request) {
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      // A token the caller set itself, never sent by the browser on its own: not forgeable.
      return true;
    }
    if ("cross-site".equalsIgnoreCase(request.getHeader("Sec-Fetch-Site"))) {
      return false;
    }
    String origin = request.getHeader("Origin");
    if (origin == null) {
      return true;
    }
    String host = request.getHeader("Host");
    return host != null && host.equalsIgnoreCase(authorityOf(origin));
  }

  /** {@code https://desk.example:8443} → {@code desk.example:8443}; default ports are dropped. */
  static String authorityOf(String origin) {
    try {
      URI uri = URI.create(origin.strip());
      if (uri.getHost() == null) {
        return "";
      }
      return uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    } catch (IllegalArgumentException e) {
      return "";
    }
  }
}
