package org.tierdesk.platform.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.tierdesk.platform.security.oidc.SingleSignOn;

/**
 * Security headers on every response: no framing by other sites, no MIME sniffing, no referrer
 * leaks to other origins, and a content security policy that allows only this origin (PrimeFaces
 * needs inline scripts and styles for its widgets).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
          + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
          + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
          + "frame-ancestors 'none'";

  @Inject SingleSignOn singleSignOn;

  /** Logging out of a single sign-on session is a form whose answer leads to the provider. */
  private String policy() {
    String provider = singleSignOn.formActionSources();
    return provider.isEmpty()
        ? CONTENT_SECURITY_POLICY
        : CONTENT_SECURITY_POLICY.replace("form-action 'self'", "form-action 'self' " + provider);
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("Content-Security-Policy", policy());
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "same-origin");
    chain.doFilter(request, response);
  }
}
