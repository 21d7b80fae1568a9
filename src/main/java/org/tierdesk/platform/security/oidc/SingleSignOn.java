package org.tierdesk.platform.security.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.tierdesk.platform.security.ClientAddress;
import org.tierdesk.platform.security.LocalPaths;
import org.tierdesk.platform.security.oidc.OidcException.Reason;

/**
 * The browser side of OpenID Connect: the authorization-code flow with PKCE, {@code state} (ties
 * the provider's answer to the sign-in this browser started) and {@code nonce} (ties the ID token
 * to it), and RP-initiated logout. What is pending between the two legs lives in the HTTP session.
 *
 * <p>{@code /sso/login?next=/portal/...} starts a sign-in; the provider sends the browser back to
 * {@code /sso/callback}. Both are handled by the authentication mechanism, before any page.
 */
@ApplicationScoped
public class SingleSignOn {

  public static final String START_PATH = "/sso/login";
  public static final String CALLBACK_PATH = "/sso/callback";

  /** The session attribute that holds the ID token of a single sign-on session. */
  public static final String ID_TOKEN = "org.tierdesk.sso.idToken";

  static final String PENDING = "org.tierdesk.sso.pending";
  private static final int MAX_PENDING = 5;
  private static final Logger LOG = Logger.getLogger(SingleSignOn.class.getName());
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject OidcSettings settings;
  @Inject OidcProvider provider;
  @Inject ClientAddress clients;
  @Inject Clock clock;

  /** A sign-in that went to the provider and has not come back yet. */
  record Pending(String state, String nonce, String verifier, String next, Instant startedAt)
      implements Serializable {}

  /** How a callback ended: verified ID token claims, or a reason to show on the login page. */
  public record Outcome(Map<String, Object> claims, String idToken, String next, Reason failure) {

    public boolean succeeded() {
      return failure == null;
    }
  }

  public boolean enabled() {
    return settings.enabled();
  }

  /** Starts a sign-in: remembers state, nonce and PKCE verifier, returns the provider's URL. */
  public String start(HttpServletRequest request) throws OidcException {
    Pending pending =
        new Pending(
            random(), random(), random(), safeNext(request.getParameter("next")), clock.instant());
    String challenge = challengeOf(pending.verifier());
    String url =
        provider.authorizationUrl(
            redirectUri(request), pending.state(), pending.nonce(), challenge);
    HttpSession session = request.getSession(true);
    Map<String, Pending> all = pendingOf(session);
    all.put(pending.state(), pending);
    while (all.size() > MAX_PENDING) {
      all.remove(all.keySet().iterator().next());
    }
    // Set again so that a replicated session notices the change.
    session.setAttribute(PENDING, all);
    return url;
  }

  /** Completes a sign-in from the provider's answer on the callback address. */
  public Outcome complete(HttpServletRequest request) {
    String state = request.getParameter("state");
    HttpSession session = request.getSession(false);
    Pending pending = null;
    if (session != null && state != null) {
      LinkedHashMap<String, Pending> all = pendingOf(session);
      // A state is good for one answer only.
      pending = all.remove(state);
      session.setAttribute(PENDING, all);
    }
    String address = clients.of(request);
    if (pending == null) {
      LOG.warning(
          () ->
              "Single sign-on answer with an unknown state refused: address="
                  + address
                  + (request.getParameter("error") == null
                      ? ""
                      : " error=" + request.getParameter("error")));
      return failed(Reason.BAD_STATE, null);
    }
    String error = request.getParameter("error");
    if (error != null) {
      LOG.info(
          () ->
              "Identity provider answered "
                  + error
                  + " ("
                  + request.getParameter("error_description")
                  + ") address="
                  + address);
      return failed(
          "access_denied".equals(error) || "login_required".equals(error)
              ? Reason.DENIED
              : Reason.FAILED,
          pending.next());
    }
    Duration limit = Duration.ofMinutes(settings.loginTimeoutMinutes());
    if (pending.startedAt().plus(limit).isBefore(clock.instant())) {
      return failed(Reason.EXPIRED, pending.next());
    }
    String code = request.getParameter("code");
    if (code == null || code.isBlank()) {
      return failed(Reason.FAILED, pending.next());
    }
    try {
      OidcProvider.Tokens tokens =
          provider.exchange(code, redirectUri(request), pending.verifier());
      Map<String, Object> claims = provider.verifyIdToken(tokens.idToken(), pending.nonce());
      return new Outcome(claims, tokens.idToken(), pending.next(), null);
    } catch (OidcException e) {
      LOG.warning(() -> "Single sign-on failed: " + e.getMessage() + " address=" + address);
      return failed(e.reason(), pending.next());
    } catch (RuntimeException e) {
      // Whatever went wrong, the person gets the login page with a message, not an error page.
      LOG.log(Level.WARNING, "Single sign-on failed unexpectedly, address=" + address, e);
      return failed(Reason.FAILED, pending.next());
    }
  }

  /**
   * The provider's logout address for the browser (RP-initiated logout), when this session was
   * opened by single sign-on and the provider offers one. Call before the session ends.
   */
  public Optional<String> endSessionUrl(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (!enabled()
        || session == null
        || !(session.getAttribute(ID_TOKEN) instanceof String idToken)) {
      return Optional.empty();
    }
    try {
      String after =
          settings.postLogoutRedirectUri().orElseGet(() -> baseUrl(request) + "/login.xhtml");
      return Optional.ofNullable(provider.endSessionUrl(idToken, after));
    } catch (OidcException e) {
      LOG.warning(() -> "No logout at the identity provider: " + e.getMessage());
      return Optional.empty();
    }
  }

  /**
   * The provider's origins that a form may lead to (the logout form redirects to the provider's
   * end-session endpoint), for the content security policy's {@code form-action}; empty when single
   * sign-on is off or the provider is not reachable yet.
   */
  public String formActionSources() {
    if (!enabled()) {
      return "";
    }
    try {
      OidcProvider.Metadata metadata = provider.metadata();
      return Stream.of(metadata.endSessionEndpoint(), metadata.authorizationEndpoint())
          .filter(uri -> uri != null && !uri.isBlank())
          .map(SingleSignOn::originOf)
          .filter(origin -> !origin.isEmpty())
          .distinct()
          .collect(Collectors.joining(" "));
    } catch (OidcException e) {
      return "";
    }
  }

  private static String originOf(String uri) {
    try {
      URI parsed = URI.create(uri);
      if (parsed.getScheme() == null || parsed.getHost() == null) {
        return "";
      }
      return parsed.getScheme()
          + "://"
          + parsed.getHost()
          + (parsed.getPort() < 0 ? "" : ":" + parsed.getPort());
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  /** The address the provider sends the browser back to. */
  String redirectUri(HttpServletRequest request) {
    return settings.redirectUri().orElseGet(() -> baseUrl(request) + CALLBACK_PATH);
  }

  /**
   * This application's address as the browser sees it: the Host header (a proxy must pass it on),
   * and HTTPS when a trusted proxy says the browser used it.
   */
  private String baseUrl(HttpServletRequest request) {
    String scheme = clients.isHttps(request) ? "https" : request.getScheme();
    String host = request.getHeader("Host");
    if (host == null || host.isBlank()) {
      host = request.getServerName() + ":" + request.getServerPort();
    }
    return scheme + "://" + host + request.getContextPath();
  }

  private static Outcome failed(Reason reason, String next) {
    return new Outcome(null, null, next, reason);
  }

  private static String safeNext(String next) {
    return LocalPaths.local(next).orElse(null);
  }

  @SuppressWarnings("unchecked")
  private static LinkedHashMap<String, Pending> pendingOf(HttpSession session) {
    Object value = session.getAttribute(PENDING);
    return value instanceof LinkedHashMap<?, ?> map
        ? new LinkedHashMap<>((Map<String, Pending>) map)
        : new LinkedHashMap<>();
  }

  static String challengeOf(String verifier) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static String random() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
