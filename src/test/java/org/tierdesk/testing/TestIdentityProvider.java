package org.tierdesk.testing;

import com.nimbusds.jwt.SignedJWT;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

/**
 * A real OpenID Connect provider for the tests: mock-oauth2-server on loopback, in the test JVM,
 * started before the {@link TierdeskServer} so that Tierdesk can be configured with its address.
 * Tests decide who signs in next by {@link #nextSignIn} (the provider then answers the next
 * authorization request for that person without a login form) and mint access tokens with {@link
 * #accessToken}.
 */
public final class TestIdentityProvider {

  /** The issuer id: the provider URI is {@code http://127.0.0.1:<port>/tierdesk}. */
  public static final String ISSUER_ID = "tierdesk";

  public static final String CLIENT_ID = "tierdesk";
  public static final String CLIENT_SECRET = "test-secret";

  private static MockOAuth2Server server;

  private TestIdentityProvider() {}

  /** Starts the provider once per JVM. */
  public static synchronized MockOAuth2Server start() {
    if (server == null) {
      MockOAuth2Server started = new MockOAuth2Server();
      try {
        started.start(InetAddress.getByName("127.0.0.1"), 0);
      } catch (UnknownHostException e) {
        throw new IllegalStateException(e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(started::shutdown, "oidc-provider-stop"));
      server = started;
    }
    return server;
  }

  /** The settings that point Tierdesk at this provider, as environment variables. */
  public static Map<String, String> environment() {
    return Map.of(
        "TIERDESK_OIDC_PROVIDER_URI", providerUri(),
        "TIERDESK_OIDC_CLIENT_ID", CLIENT_ID,
        "TIERDESK_OIDC_CLIENT_SECRET", CLIENT_SECRET);
  }

  public static String providerUri() {
    return start().issuerUrl(ISSUER_ID).toString().replaceAll("/$", "");
  }

  /**
   * The next sign-in at the provider is by this person: the ID token (and access token) carry
   * {@code preferred_username}, {@code name}, {@code email} and {@code groups}.
   */
  public static void nextSignIn(String username, String displayName, List<String> groups) {
    start()
        .enqueueCallback(
            new DefaultOAuth2TokenCallback(
                ISSUER_ID,
                "sub-" + username,
                "JWT",
                List.of(CLIENT_ID),
                claims(username, displayName, groups),
                3600));
  }

  /** An access token for the REST API, valid for an hour, with this audience. */
  public static String accessToken(String username, List<String> groups, String audience) {
    return token(ISSUER_ID, username, groups, audience, 3600);
  }

  /** A token of the given issuer id (another issuer id has other keys and another issuer). */
  public static String token(
      String issuerId, String username, List<String> groups, String audience, long expirySeconds) {
    SignedJWT jwt =
        start()
            .issueToken(
                issuerId,
                CLIENT_ID,
                new DefaultOAuth2TokenCallback(
                    issuerId,
                    "sub-" + username,
                    "JWT",
                    List.of(audience),
                    claims(username, username, groups),
                    expirySeconds));
    return jwt.serialize();
  }

  private static Map<String, Object> claims(
      String username, String displayName, List<String> groups) {
    return Map.of(
        "preferred_username",
        username,
        "name",
        displayName,
        "email",
        username + "@corp.test",
        "groups",
        groups,
        "department",
        "IT Operations");
  }
}
