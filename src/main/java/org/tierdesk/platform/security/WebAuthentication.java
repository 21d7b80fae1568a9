package org.tierdesk.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import java.util.Set;
import java.util.logging.Logger;

/**
 * The application's one authentication mechanism (Jakarta Security allows one). It delegates by the
 * kind of request:
 *
 * <ul>
 *   <li>a login form submits credentials through {@code SecurityContext.authenticate}; the caller
 *       is then remembered in the HTTP session (with a new session id);
 *   <li>REST clients send HTTP Basic credentials with each request and get no session;
 *   <li>anyone else asking for a protected page is sent to the login page, or gets a 401 problem
 *       document on the API.
 * </ul>
 *
 * Credentials are checked by the identity stores (the local store today; LDAP and OpenID Connect
 * join as further stores and branches here).
 */
@ApplicationScoped
public class WebAuthentication implements HttpAuthenticationMechanism {

  static final String SESSION_CALLER = "org.tierdesk.caller";
  public static final String LOGIN_PAGE = "/login.xhtml";
  private static final Logger LOG = Logger.getLogger(WebAuthentication.class.getName());

  @Inject IdentityStoreHandler identityStores;
  @Inject LoginThrottle throttle;

  /** Who is logged in to a browser session. */
  record SessionCaller(String name, Set<String> groups) implements Serializable {}

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential instanceof UsernamePasswordCredential password) {
      return formLogin(request, context, password);
    }
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return basic(request, response, context, authorization.substring(6).strip());
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
      HttpServletRequest request, HttpMessageContext context, UsernamePasswordCredential password) {
    CredentialValidationResult result = validate(request, password);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    // A fresh session id after login, so that a planted id is worth nothing (session fixation).
    request.getSession(true);
    request.changeSessionId();
    request
        .getSession()
        .setAttribute(
            SESSION_CALLER,
            new SessionCaller(result.getCallerPrincipal().getName(), result.getCallerGroups()));
    return context.notifyContainerAboutLogin(result);
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
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return unauthorized(response, context);
    }
    return context.notifyContainerAboutLogin(result);
  }

  private CredentialValidationResult validate(
      HttpServletRequest request, UsernamePasswordCredential credential) {
    String address = request.getRemoteAddr();
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

  private static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  private static AuthenticationStatus unauthorized(
      HttpServletResponse response, HttpMessageContext context) {
    try {
      response.setHeader("WWW-Authenticate", "Basic realm=\"Tierdesk\", charset=\"UTF-8\"");
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setContentType("application/problem+json");
      response.setCharacterEncoding("UTF-8");
      response
          .getWriter()
          .write(
              "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                  + "\"detail\":\"Log in with a valid user name and password (HTTP Basic).\"}");
    } catch (IOException e) {
      LOG.fine(() -> "Could not write the 401 body: " + e);
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
}
