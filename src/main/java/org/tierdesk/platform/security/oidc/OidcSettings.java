package org.tierdesk.platform.security.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The OpenID Connect settings, all from MicroProfile Config (environment variables in production:
 * {@code tierdesk.oidc.provider-uri} is {@code TIERDESK_OIDC_PROVIDER_URI}). Single sign-on is off
 * while no provider URI is set.
 */
@ApplicationScoped
public class OidcSettings {

  @Inject
  @ConfigProperty(name = "tierdesk.oidc.provider-uri")
  Optional<String> providerUri;

  @Inject
  @ConfigProperty(name = "tierdesk.oidc.client-id")
  Optional<String> clientId;

  @Inject
  @ConfigProperty(name = "tierdesk.oidc.client-secret")
  Optional<String> clientSecret;

  @Inject
  @ConfigProperty(name = "tierdesk.oidc.scopes", defaultValue = "openid profile email")
  String scopes;

  /** Optional: the issuer the provider's tokens name, when it differs from the provider URI. */
  @Inject
  @ConfigProperty(name = "tierdesk.oidc.issuer")
  Optional<String> issuer;

  /** Optional: where the provider sends the browser back; derived from the request otherwise. */
  @Inject
  @ConfigProperty(name = "tierdesk.oidc.redirect-uri")
  Optional<String> redirectUri;

  /** Optional: where the provider sends the browser after logout; the login page otherwise. */
  @Inject
  @ConfigProperty(name = "tierdesk.oidc.post-logout-redirect-uri")
  Optional<String> postLogoutRedirectUri;

  /** The audiences an access token for the REST API must name; the client id by default. */
  @Inject
  @ConfigProperty(name = "tierdesk.oidc.bearer.audience")
  Optional<String> bearerAudience;

  @Inject
  @ConfigProperty(name = "tierdesk.oidc.clock-skew-seconds", defaultValue = "60")
  int clockSkewSeconds;

  @Inject
  @ConfigProperty(name = "tierdesk.oidc.login-timeout-minutes", defaultValue = "10")
  int loginTimeoutMinutes;

  public boolean enabled() {
    return present(providerUri) && present(clientId);
  }

  public String providerUri() {
    String uri = providerUri.orElseThrow().strip();
    return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
  }

  public String clientId() {
    return clientId.orElseThrow().strip();
  }

  /** The client secret, or empty for a public client (PKCE only). */
  public Optional<String> clientSecret() {
    return clientSecret.map(String::strip).filter(s -> !s.isEmpty());
  }

  public String scopes() {
    Set<String> all = new LinkedHashSet<>();
    all.add("openid");
    all.addAll(Arrays.asList(scopes.strip().split("[\\s,]+")));
    all.remove("");
    return String.join(" ", all);
  }

  public Optional<String> issuer() {
    return issuer.map(String::strip).filter(s -> !s.isEmpty());
  }

  public Optional<String> redirectUri() {
    return redirectUri.map(String::strip).filter(s -> !s.isEmpty());
  }

  public Optional<String> postLogoutRedirectUri() {
    return postLogoutRedirectUri.map(String::strip).filter(s -> !s.isEmpty());
  }

  public Set<String> bearerAudiences() {
    String list = bearerAudience.map(String::strip).filter(s -> !s.isEmpty()).orElse(clientId());
    Set<String> audiences = new LinkedHashSet<>(Arrays.asList(list.split("[\\s,]+")));
    audiences.remove("");
    return audiences;
  }

  public int clockSkewSeconds() {
    return clockSkewSeconds;
  }

  public int loginTimeoutMinutes() {
    return loginTimeoutMinutes;
  }

  private static boolean present(Optional<String> value) {
    return value.filter(v -> !v.isBlank()).isPresent();
  }
}
