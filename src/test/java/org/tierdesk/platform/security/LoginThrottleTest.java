package org.tierdesk.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tierdesk.platform.time.ShiftableClock;

/** Password guessing is slowed down per account and per address, for a while. */
class LoginThrottleTest {

  private static final String ADDRESS = "192.0.2.10";

  private final ShiftableClock clock =
      new ShiftableClock(Clock.fixed(Instant.parse("2026-05-04T08:00:00Z"), ZoneOffset.UTC));
  private final LoginThrottle throttle = new LoginThrottle();

  @BeforeEach
  void configure() {
    throttle.clock = clock;
    throttle.maxFailures = 5;
    throttle.maxFailuresPerAddress = 50;
    throttle.lockMinutes = 15;
  }

  @Test
  void locksTheAccountAfterTheFifthFailureInARow() {
    fail("elena", 4);
    assertThat(throttle.isLocked("elena", ADDRESS)).isFalse();

    fail("elena", 1);

    assertThat(throttle.isLocked("elena", ADDRESS)).isTrue();
    assertThat(throttle.isLocked("elena", "198.51.100.7")).as("from any address").isTrue();
    assertThat(throttle.isLocked("lev", ADDRESS)).as("other accounts").isFalse();
  }

  @Test
  void userNamesDifferingInCaseOrSpacesAreOneAccount() {
    fail("Elena", 3);
    fail(" elena ", 2);

    assertThat(throttle.isLocked("ELENA", ADDRESS)).isTrue();
  }

  @Test
  void unlocksWhenTheLockTimeHasPassed() {
    fail("elena", 5);

    clock.shift(Duration.ofMinutes(14));
    assertThat(throttle.isLocked("elena", ADDRESS)).isTrue();

    clock.shift(Duration.ofMinutes(1).plusSeconds(1));
    assertThat(throttle.isLocked("elena", ADDRESS)).isFalse();
  }

  @Test
  void countStartsAgainAfterAQuietLockPeriod() {
    fail("elena", 4);
    clock.shift(Duration.ofMinutes(16));

    fail("elena", 1);

    assertThat(throttle.isLocked("elena", ADDRESS)).isFalse();
  }

  @Test
  void successClearsTheAccountsCount() {
    fail("elena", 4);
    throttle.succeeded("elena", ADDRESS);

    fail("elena", 4);

    assertThat(throttle.isLocked("elena", ADDRESS)).isFalse();
  }

  @Test
  void locksAnAddressThatGuessesManyAccounts() {
    for (int i = 0; i < 49; i++) {
      throttle.failed("user" + i, ADDRESS);
    }
    assertThat(throttle.isLocked("someone-else", ADDRESS)).isFalse();

    throttle.failed("user49", ADDRESS);

    assertThat(throttle.isLocked("someone-else", ADDRESS)).isTrue();
    assertThat(throttle.isLocked("someone-else", "198.51.100.7")).isFalse();
  }

  @Test
  void nullUserNameIsCountedNotRejected() {
    fail(null, 5);

    assertThat(throttle.isLocked(null, ADDRESS)).isTrue();
    assertThat(throttle.isLocked("", ADDRESS)).isTrue();
  }

  private void fail(String username, int times) {
    for (int i = 0; i < times; i++) {
      throttle.failed(username, ADDRESS);
    }
  }
}
