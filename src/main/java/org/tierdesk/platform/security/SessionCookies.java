package org.tierdesk.platform.security;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Hardens the session cookie the container sets: always {@code HttpOnly} and {@code SameSite=Lax},
 * and {@code Secure} when the browser uses HTTPS (directly or through a trusted proxy that says so
 * in {@code X-Forwarded-Proto}). {@code tierdesk.session.cookie-secure} overrides the choice:
 * {@code auto} (default), {@code always} or {@code never}.
 *
 * <p>The container writes the cookie into the response headers when a session is created or its id
 * is changed; this filter catches both moments through a request wrapper, and the login paths that
 * run before the filters (the authentication mechanism) call {@link #harden} themselves.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SessionCookies extends HttpFilter {

  private static final long serialVersionUID = 1L;
  static final String SESSION_COOKIE = "JSESSIONID";

  /**
   * Pages up to this size stay uncommitted until the filter has hardened the cookie (and an error
   * page can still replace them); the largest agent page, a ticket with 200 history entries, is
   * about 115 KB. Grizzly keeps a char buffer of this many chars per response, two bytes each: a
   * buffer of 256 K filled half of G1's smallest region (1 MB), so every page allocated a humongous
   * object outside the young generation (in a JFR recording of the queue page, 102 of 186
   * collections were started by such allocations). 240 K chars stay under it whatever the heap.
   */
  static final int PAGE_BUFFER_BYTES = 240 * 1024;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!response.isCommitted() && response.getBufferSize() < PAGE_BUFFER_BYTES) {
      response.setBufferSize(PAGE_BUFFER_BYTES);
    }
    HttpServletRequest watched = new Watching(request, response);
    try {
      chain.doFilter(watched, new Committing(watched, response));
    } finally {
      harden(watched, response);
    }
  }

  /** Rewrites the session cookie among the response's {@code Set-Cookie} headers, if present. */
  public static void harden(HttpServletRequest request, HttpServletResponse response) {
    if (response.isCommitted()) {
      return;
    }
    List<String> cookies = new ArrayList<>(response.getHeaders("Set-Cookie"));
    if (cookies.stream().noneMatch(SessionCookies::isSessionCookie)) {
      return;
    }
    boolean secure = secure(request);
    boolean first = true;
    for (String cookie : cookies) {
      String value = isSessionCookie(cookie) ? hardened(cookie, secure) : cookie;
      if (first) {
        response.setHeader("Set-Cookie", value);
        first = false;
      } else {
        response.addHeader("Set-Cookie", value);
      }
    }
  }

  static String hardened(String cookie, boolean secure) {
    String lower = cookie.toLowerCase(Locale.ROOT);
    StringBuilder result = new StringBuilder(cookie);
    if (!lower.matches(".*;\\s*httponly(;.*|\\s*)$")) {
      result.append("; HttpOnly");
    }
    if (!lower.contains("samesite=")) {
      result.append("; SameSite=Lax");
    }
    if (secure && !lower.matches(".*;\\s*secure(;.*|\\s*)$")) {
      result.append("; Secure");
    }
    return result.toString();
  }

  private static boolean isSessionCookie(String cookie) {
    return cookie.startsWith(SESSION_COOKIE + "=");
  }

  private static boolean secure(HttpServletRequest request) {
    String mode =
        ConfigProvider.getConfig()
            .getOptionalValue("tierdesk.session.cookie-secure", String.class)
            .orElse("auto")
            .strip()
            .toLowerCase(Locale.ROOT);
    return switch (mode) {
      case "always", "true" -> true;
      case "never", "false" -> false;
      default -> CDI.current().select(ClientAddress.class).get().isHttps(request);
    };
  }

  /** Hardens the cookie at the moments a response is committed on purpose. */
  private static final class Committing extends HttpServletResponseWrapper {
    private final HttpServletRequest request;

    Committing(HttpServletRequest request, HttpServletResponse response) {
      super(response);
      this.request = request;
    }

    @Override
    public void sendRedirect(String location) throws IOException {
      harden(request, (HttpServletResponse) getResponse());
      super.sendRedirect(location);
    }

    @Override
    public void sendError(int status) throws IOException {
      harden(request, (HttpServletResponse) getResponse());
      super.sendError(status);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
      harden(request, (HttpServletResponse) getResponse());
      super.sendError(status, message);
    }

    @Override
    public void flushBuffer() throws IOException {
      harden(request, (HttpServletResponse) getResponse());
      super.flushBuffer();
    }
  }

  /** Notices when a session is created or gets a new id during the request. */
  private static final class Watching extends HttpServletRequestWrapper {
    private final HttpServletResponse response;

    Watching(HttpServletRequest request, HttpServletResponse response) {
      super(request);
      this.response = response;
    }

    @Override
    public HttpSession getSession(boolean create) {
      HttpSession before = super.getSession(false);
      HttpSession session = super.getSession(create);
      if (before == null && session != null) {
        harden(this, response);
      }
      return session;
    }

    @Override
    public HttpSession getSession() {
      return getSession(true);
    }

    @Override
    public String changeSessionId() {
      String id = super.changeSessionId();
      harden(this, response);
      return id;
    }
  }
}
