package org.tierdesk.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tierdesk.directory.boundary.CurrentUser;
import org.tierdesk.platform.security.LoginThrottle;
import org.tierdesk.platform.security.WebAuthentication;
import org.tierdesk.platform.security.oidc.SingleSignOn;

/** The login form ({@code /login.xhtml}); the authentication mechanism checks the password. */
@Named("login")
@RequestScoped
public class LoginBacking {

  @Inject SecurityContext security;
  @Inject CurrentUser currentUser;
  @Inject SingleSignOn singleSignOn;

  /** Why single sign-on sent the browser back here ({@code sso} parameter) → message key. */
  private static final Map<String, String> SSO_FAILURES =
      Map.of(
          "denied",
          "ui.sso.denied",
          "bad-state",
          "ui.sso.badState",
          "expired",
          "ui.sso.expired",
          "unavailable",
          "ui.sso.unavailable",
          "failed",
          "ui.sso.failed",
          WebAuthentication.SSO_REFUSED,
          "ui.sso.refused");

  @Inject
  @ConfigProperty(name = "tierdesk.login.lock-minutes", defaultValue = "15")
  int lockMinutes;

  private String username;
  private String password;
  private String next;
  private String sso;

  /**
   * Someone already logged in has nothing to do here; someone back from a failed single sign-on
   * reads why.
   */
  public void redirectIfLoggedIn() throws IOException {
    if (currentUser.isLoggedIn()) {
      Landing.redirect(target());
      return;
    }
    if (sso != null && SSO_FAILURES.containsKey(sso)) {
      Messages.error(SSO_FAILURES.get(sso));
    }
  }

  /** True when the company's identity provider is configured: the page offers single sign-on. */
  public boolean isSingleSignOn() {
    return singleSignOn.enabled();
  }

  /** Starts single sign-on, keeping the page the person asked for. */
  public String getSingleSignOnUrl() {
    String url =
        FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
            + SingleSignOn.START_PATH;
    return RedirectTarget.local(next)
        .map(path -> url + "?next=" + URLEncoder.encode(path, StandardCharsets.UTF_8))
        .orElse(url);
  }

  public void login() throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    ExternalContext external = context.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    AuthenticationStatus status =
        security.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(nullToEmpty(username), password()))
                .newAuthentication(true));
    password = null;
    switch (status) {
      case SUCCESS -> Landing.redirect(target());
      case SEND_CONTINUE -> context.responseComplete();
      default -> refused(request);
    }
  }

  private void refused(HttpServletRequest request) {
    // The mechanism may have set 401; the page itself explains the refusal.
    ((HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse())
        .setStatus(HttpServletResponse.SC_OK);
    if (request.getAttribute(LoginThrottle.LOCKED_ATTRIBUTE) != null) {
      Messages.error("ui.login.locked", lockMinutes);
    } else {
      Messages.error("ui.login.failed");
    }
  }

  private String target() {
    return RedirectTarget.local(next).orElseGet(() -> RedirectTarget.homeOf(isSupport()));
  }

  private boolean isSupport() {
    return currentUser.isLoggedIn() && currentUser.isSupport();
  }

  private String password() {
    return password == null ? "" : password;
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value.strip();
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getSso() {
    return sso;
  }

  public void setSso(String sso) {
    this.sso = sso;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }
}
