package org.tierdesk.directory.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * PBKDF2-HMAC-SHA512 password hashes (210,000 iterations, per OWASP). Checking such a hash costs
 * tens of milliseconds by design; REST clients send their password with every request, so a
 * successful check is remembered under a keyed digest of the credentials (the password itself is
 * never kept) until it has not been used for a few minutes, and forgotten as soon as the stored
 * hash changes. A client in steady use is not checked again every few minutes: each such check held
 * a request thread for the whole hash, and all clients that had started together paid it at once.
 */
@ApplicationScoped
public class PasswordHashing {

  static final Duration REMEMBER = Duration.ofMinutes(5);
  private static final int MAX_REMEMBERED = 10_000;

  @Inject Pbkdf2PasswordHash pbkdf2;
  @Inject Clock clock;

  private final byte[] pepper = new byte[32];
  private final Map<String, Instant> verified = new ConcurrentHashMap<>();

  @PostConstruct
  void configure() {
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "16",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    new SecureRandom().nextBytes(pepper);
  }

  public String hash(char[] password) {
    return pbkdf2.generate(password);
  }

  public boolean matches(char[] password, String storedHash) {
    if (storedHash == null || storedHash.isEmpty()) {
      return false;
    }
    String key = rememberKey(password, storedHash);
    Instant now = clock.instant();
    Instant until = verified.get(key);
    if (until != null && until.isAfter(now)) {
      verified.put(key, now.plus(REMEMBER));
      return true;
    }
    boolean ok = pbkdf2.verify(password, storedHash);
    if (ok) {
      if (verified.size() >= MAX_REMEMBERED) {
        verified.clear();
      }
      verified.put(key, now.plus(REMEMBER));
    }
    return ok;
  }

  private String rememberKey(char[] password, String storedHash) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(pepper);
      digest.update(storedHash.getBytes(StandardCharsets.UTF_8));
      digest.update(new String(password).getBytes(StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
