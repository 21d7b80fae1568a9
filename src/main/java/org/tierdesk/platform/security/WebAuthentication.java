package org.tierdesk.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tierdesk.platform.errors.TierdeskException;
import org.tierdesk.platform.i18n.Texts;
import org.tierdesk.platform.security.oidc.BearerTokens;
import org.tierdesk.platform.security.oidc.OidcException;
import org.tierdesk.platform.security.oidc.SingleSignOn;
import org.tierdesk.platform.security.oidc.VerifiedTokenCredential;

/**
 * The application's one authentication mechanism (Jakarta Security allows one). It delegates by the
 * kind of request:
 *
 * <ul>
 *   <li>a login form submits credentials through {@code SecurityContext.authenticate}; the caller
 *       is then remembered in the HTTP session (with a new session id);
 *   <li>single sign-on: {@code /sso/login} sends the browser to the OpenID Connect provider, and
 *       {@code /sso/callback} takes its answer ({@link SingleSignOn}); the caller is then
 *       remembered in the session as after a form login;
 *   <li>REST clients send HTTP Basic credentials, or a Bearer access token of the OpenID Connect
 *       provider, with each request and get no session;
 *   <li>anyone else asking for a protected page is sent to the login page, or gets a 401 problem
 *       document on the API.
 * </ul>
 *
 * Credentials, and the claims of validated tokens, are turned into callers by the identity stores.
 * This one mechanism serves every way in, because Jakarta Security allows one per application;
 * Soteria's OpenID Connect mechanism would be a second, so the protocol is implemented here.
 */
@ApplicationScoped
public class WebAuthentication implements HttpAuthenticationMechanism {

  static final String SESSION_CALLER = "org.tierdesk.caller";

  /** The login page's {@code sso} value when the directory refused the signed-in account. */
  public static final String SSO_REFUSED = "refused";

  public static final String LOGIN_PAGE = "/login.xhtml";
  private static final Logger LOG = Logger.getLogger(WebAuthentication.class.getName());

  @Inject IdentityStoreHandler identityStores;
  @Inject LoginThrottle throttle;
  @Inject ClientAddress clients;
  @Inject SingleSignOn singleSignOn;
  @Inject BearerTokens bearerTokens;

  @Inject
  @ConfigProperty(name = "tierdesk.login.lock-minutes", defaultValue = "15")
  int lockMinutes;

  /** Who is logged in to a browser session. */
  record SessionCaller(String name, Set<String> groups) implements Serializable {}

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential instanceof UsernamePasswordCredential password) {
      return formLogin(request, response, context, password);
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.equals(SingleSignOn.START_PATH) && singleSignOn.enabled()) {
      return startSingleSignOn(request, context);
    }
    if (path.equals(SingleSignOn.CALLBACK_PATH) && singleSignOn.enabled()) {
      return completeSingleSignOn(request, response, context);
    }
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return basic(request, response, context, authorization.substring(6).strip());
    }
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return bearer(request, response, context, authorization.substring(7).strip());
    }
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SESSION_CALLER) instanceof SessionCaller caller) {
      return context.notifyContainerAboutLogin(caller.name(), caller.groups());
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    return isApi(request) ? unauthorized(response, context) : toLoginPage(request, context);
  }

  private AuthenticationStatus formLogin(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      UsernamePasswordCredential password) {
    CredentialValidationResult result = validate(request, password);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    rememberInSession(request, response, result).removeAttribute(SingleSignOn.ID_TOKEN);
    return context.notifyContainerAboutLogin(result);
  }

  /**
   * Keeps the caller in the session, under a fresh session id, so that a planted id is worth
   * nothing (session fixation).
   */
  private static HttpSession rememberInSession(
      HttpServletRequest request, HttpServletResponse response, CredentialValidationResult result) {
    request.getSession(true);
    request.changeSessionId();
    HttpSession session = request.getSession();
    session.setAttribute(
        SESSION_CALLER,
        new SessionCaller(result.getCallerPrincipal().getName(), result.getCallerGroups()));
    SessionCookies.harden(request, response);
    return session;
  }

  private AuthenticationStatus startSingleSignOn(
      HttpServletRequest request, HttpMessageContext context) {
    try {
      return context.redirect(singleSignOn.start(request));
    } catch (OidcException e) {
      LOG.warning(() -> "Single sign-on cannot start: " + e.getMessage());
      return toLoginPage(request, context, e.reason().code(), request.getParameter("next"));
    }
  }

  private AuthenticationStatus completeSingleSignOn(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    SingleSignOn.Outcome outcome = singleSignOn.complete(request);
    if (!outcome.succeeded()) {
      return toLoginPage(request, context, outcome.failure().code(), outcome.next());
    }
    CredentialValidationResult result;
    try {
      result = identityStores.validate(new VerifiedTokenCredential(outcome.claims(), false));
    } catch (RuntimeException e) {
      TierdeskException refusal = refusalIn(e);
      LOG.warning(() -> "Single sign-on refused: " + refusal.getMessage());
      boolean clash = refusal.messageKey().equals("directory.localAccountClash");
      return toLoginPage(
          request,
          context,
          clash ? SSO_REFUSED : OidcException.Reason.FAILED.code(),
          outcome.next());
    }
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      LOG.warning(
          () -> "Single sign-on: no account for the token of " + outcome.claims().get("sub"));
      return toLoginPage(request, context, OidcException.Reason.FAILED.code(), outcome.next());
    }
    String address = clients.of(request);
    LOG.info(
        () ->
            "Single sign-on: user="
                + result.getCallerPrincipal().getName()
                + " address="
                + address);
    rememberInSession(request, response, result)
        .setAttribute(SingleSignOn.ID_TOKEN, outcome.idToken());
    String target = LocalPaths.local(outcome.next()).orElse("/");
    return context.redirect(request.getContextPath() + target);
  }

  private AuthenticationStatus bearer(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      String token) {
    if (!bearerTokens.enabled()) {
      return invalidToken(request, response, "Bearer tokens are not enabled on this server.");
    }
    try {
      CredentialValidationResult result = bearerTokens.validate(token, identityStores::validate);
      if (result.getStatus() != CredentialValidationResult.Status.VALID) {
        return invalidToken(request, response, "The token names no Tierdesk account.");
      }
      return context.notifyContainerAboutLogin(result);
    } catch (OidcException e) {
      String address = clients.of(request);
      LOG.info(() -> "Bearer token refused: " + e.getMessage() + " address=" + address);
      return invalidToken(
          request,
          response,
          e.reason() == OidcException.Reason.EXPIRED
              ? "The access token has expired."
              : "The access token is not valid.");
    } catch (RuntimeException e) {
      TierdeskException refusal = refusalIn(e);
      return problem(
          response,
          HttpServletResponse.SC_FORBIDDEN,
          "Forbidden",
          Texts.format(request.getLocale(), refusal.messageKey(), refusal.arguments()),
          null);
    }
  }

  private AuthenticationStatus basic(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      String encoded) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return unauthorized(response, context);
    }
    int colon = decoded.indexOf(':');
    if (colon < 1) {
      return unauthorized(response, context);
    }
    UsernamePasswordCredential credential =
        new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
    CredentialValidationResult result = validate(request, credential);
    if (request.getAttribute(LoginThrottle.LOCKED_ATTRIBUTE) != null) {
      response.setHeader("Retry-After", String.valueOf(lockMinutes * 60));
      return problem(
          response,
          429,
          "Too Many Requests",
          Texts.format(request.getLocale(), "ui.login.locked", lockMinutes),
          null);
    }
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return unauthorized(response, context);
    }
    return context.notifyContainerAboutLogin(result);
  }

  private CredentialValidationResult validate(
      HttpServletRequest request, UsernamePasswordCredential credential) {
    String address = clients.of(request);
    String username = credential.getCaller();
    if (throttle.isLocked(username, address)) {
      request.setAttribute(LoginThrottle.LOCKED_ATTRIBUTE, Boolean.TRUE);
      LOG.warning(() -> "Login refused while locked: user=" + username + " address=" + address);
      return CredentialValidationResult.INVALID_RESULT;
    }
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() == CredentialValidationResult.Status.VALID) {
      throttle.succeeded(username, address);
    } else {
      throttle.failed(username, address);
      LOG.info(() -> "Login failed: user=" + username + " address=" + address);
    }
    return result;
  }

  /** The refusal an identity store raised, possibly wrapped on its way; else the exception. */
  private static TierdeskException refusalIn(RuntimeException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof TierdeskException refusal) {
        return refusal;
      }
    }
    throw e;
  }

  private static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  private AuthenticationStatus unauthorized(
      HttpServletResponse response, HttpMessageContext context) {
    String challenge = "Basic realm=\"Tierdesk\", charset=\"UTF-8\"";
    if (bearerTokens.enabled()) {
      challenge += ", Bearer realm=\"Tierdesk\"";
    }
    return problem(
        response,
        HttpServletResponse.SC_UNAUTHORIZED,
        "Unauthorized",
        bearerTokens.enabled()
            ? "Log in with a valid user name and password (HTTP Basic) or an access token of the"
                + " company's identity provider (Bearer)."
            : "Log in with a valid user name and password (HTTP Basic).",
        challenge);
  }

  private static AuthenticationStatus invalidToken(
      HttpServletRequest request, HttpServletResponse response, String detail) {
    return problem(
        response,
        HttpServletResponse.SC_UNAUTHORIZED,
        "Unauthorized",
        detail,
        "Bearer realm=\"Tierdesk\", error=\"invalid_token\", error_description=\"" + detail + "\"");
  }

  private static AuthenticationStatus problem(
      HttpServletResponse response, int status, String title, String detail, String challenge) {
    try {
      if (challenge != null) {
        response.setHeader("WWW-Authenticate", challenge);
      }
      response.setStatus(status);
      response.setContentType("application/problem+json");
      response.setCharacterEncoding("UTF-8");
      response
          .getWriter()
          .write(
              Json.createObjectBuilder()
                  .add("type", "about:blank")
                  .add("title", title)
                  .add("status", status)
                  .add("detail", detail)
                  .build()
                  .toString());
    } catch (IOException e) {
      LOG.fine(() -> "Could not write the " + status + " body: " + e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static AuthenticationStatus toLoginPage(
      HttpServletRequest request, HttpMessageContext context) {
    String target = request.getRequestURI().substring(request.getContextPath().length());
    if (request.getQueryString() != null) {
      target += "?" + request.getQueryString();
    }
    return context.redirect(
        request.getContextPath()
            + LOGIN_PAGE
            + "?next="
            + URLEncoder.encode(target, StandardCharsets.UTF_8));
  }

  /** Back to the login page, which explains why single sign-on did not work; nothing is lost. */
  private static AuthenticationStatus toLoginPage(
      HttpServletRequest request, HttpMessageContext context, String ssoFailure, String next) {
    String url = request.getContextPath() + LOGIN_PAGE + "?sso=" + ssoFailure;
    Optional<String> target = LocalPaths.local(next);
    if (target.isPresent()) {
      url += "&next=" + URLEncoder.encode(target.get(), StandardCharsets.UTF_8);
    }
    return context.redirect(url);
  }
}
