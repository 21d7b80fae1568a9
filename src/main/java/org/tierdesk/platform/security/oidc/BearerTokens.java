package org.tierdesk.platform.security.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Access tokens from the OpenID Connect provider on REST calls ({@code Authorization: Bearer}).
 * Each token is validated against the provider's keys, issuer, audience and expiry; its caller is
 * looked up (and the account kept in step) once, then remembered until the token expires, at most
 * five minutes, so that a client sending one token many times costs one directory update.
 */
@ApplicationScoped
public class BearerTokens {

  private static final Duration REMEMBER_AT_MOST = Duration.ofMinutes(5);
  private static final int MAX_REMEMBERED = 10_000;

  @Inject OidcSettings settings;
  @Inject OidcProvider provider;
  @Inject Clock clock;

  private final Map<String, Known> known = new ConcurrentHashMap<>();

  private record Known(CredentialValidationResult result, Instant until) {}

  public boolean enabled() {
    return settings.enabled();
  }

  /**
   * The caller a valid token stands for.
   *
   * @param stores the identity stores, which turn the token's claims into a caller
   * @throws OidcException when the token is not valid (expired, wrong audience or issuer, bad
   *     signature, unreadable)
   */
  public CredentialValidationResult validate(
      String token, Function<VerifiedTokenCredential, CredentialValidationResult> stores)
      throws OidcException {
    Instant now = clock.instant();
    String key = hash(token);
    Known remembered = known.get(key);
    if (remembered != null && remembered.until().isAfter(now)) {
      return remembered.result();
    }
    Map<String, Object> claims = provider.verifyAccessToken(token);
    CredentialValidationResult result = stores.apply(new VerifiedTokenCredential(claims, true));
    if (result.getStatus() == CredentialValidationResult.Status.VALID) {
      Instant expires = expiryOf(claims, now);
      Instant until =
          expires.isBefore(now.plus(REMEMBER_AT_MOST)) ? expires : now.plus(REMEMBER_AT_MOST);
      if (known.size() >= MAX_REMEMBERED) {
        known.values().removeIf(k -> !k.until().isAfter(now));
        if (known.size() >= MAX_REMEMBERED) {
          known.clear();
        }
      }
      known.put(key, new Known(result, until));
    }
    return result;
  }

  private static Instant expiryOf(Map<String, Object> claims, Instant now) {
    Object exp = claims.get("exp");
    return exp instanceof Number seconds ? Instant.ofEpochSecond(seconds.longValue()) : now;
  }

  private static String hash(String token) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
