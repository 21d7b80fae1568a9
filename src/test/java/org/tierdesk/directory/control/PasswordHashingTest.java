package org.tierdesk.directory.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * When a password is checked against its PBKDF2 hash again and when a remembered check stands: the
 * hash itself is a stand-in that counts its checks (the real one is Soteria's, tested there).
 */
class PasswordHashingTest {

  private static final String STORED = "hash-of:secret";

  private final CountingHash pbkdf2 = new CountingHash();
  private final MovableClock clock = new MovableClock();
  private final PasswordHashing hashing = new PasswordHashing();

  @BeforeEach
  void wire() {
    hashing.pbkdf2 = pbkdf2;
    hashing.clock = clock;
    hashing.configure();
  }

  @Test
  void aSuccessfulCheckIsRememberedWhileTheClientKeepsUsingIt() {
    assertThat(hashing.matches("secret".toCharArray(), STORED)).isTrue();
    for (int minute = 0; minute < 30; minute++) {
      clock.advance(Duration.ofMinutes(1));
      assertThat(hashing.matches("secret".toCharArray(), STORED)).isTrue();
    }

    assertThat(pbkdf2.checks).as("checked once in 30 minutes of steady use").isEqualTo(1);
  }

  @Test
  void anUnusedCheckIsForgottenAfterTheRememberTime() {
    hashing.matches("secret".toCharArray(), STORED);
    clock.advance(PasswordHashing.REMEMBER.minusSeconds(1));
    hashing.matches("secret".toCharArray(), STORED);
    clock.advance(PasswordHashing.REMEMBER);
    hashing.matches("secret".toCharArray(), STORED);

    assertThat(pbkdf2.checks).isEqualTo(2);
  }

  @Test
  void aChangedStoredHashOrAnotherPasswordIsCheckedAgain() {
    hashing.matches("secret".toCharArray(), STORED);

    assertThat(hashing.matches("secret".toCharArray(), "hash-of:other")).isFalse();
    assertThat(hashing.matches("guess".toCharArray(), STORED)).isFalse();
    assertThat(hashing.matches("guess".toCharArray(), STORED)).isFalse();
    assertThat(pbkdf2.checks).as("failed checks are never remembered").isEqualTo(4);
  }

  /** Matches a password against "hash-of:" plus the password, and counts how often it is asked. */
  private static final class CountingHash implements Pbkdf2PasswordHash {
    int checks;

    @Override
    public void initialize(Map<String, String> parameters) {}

    @Override
    public String generate(char[] password) {
      return "hash-of:" + new String(password);
    }

    @Override
    public boolean verify(char[] password, String hashedPassword) {
      checks++;
      return hashedPassword.equals(generate(password));
    }
  }

  private static final class MovableClock extends Clock {
    private Instant now = Instant.parse("2026-12-05T09:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
