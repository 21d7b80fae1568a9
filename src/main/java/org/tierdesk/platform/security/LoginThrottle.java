package org.tierdesk.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down password guessing: after too many failures in a row an account, or an address, is
 * locked for a while. Counts live in memory on each node, which is enough to make guessing
 * impractical; a success clears the account's count.
 */
@ApplicationScoped
public class LoginThrottle {

  public static final String LOCKED_ATTRIBUTE = "org.tierdesk.loginLocked";

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "tierdesk.login.max-failures", defaultValue = "5")
  int maxFailures;

  @Inject
  @ConfigProperty(name = "tierdesk.login.max-failures-per-address", defaultValue = "50")
  int maxFailuresPerAddress;

  @Inject
  @ConfigProperty(name = "tierdesk.login.lock-minutes", defaultValue = "15")
  int lockMinutes;

  private final Map<String, Failures> byAccount = new ConcurrentHashMap<>();
  private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();

  record Failures(int count, Instant lastAt) {}

  public boolean isLocked(String username, String address) {
    return locked(byAccount.get(key(username)), maxFailures)
        || locked(byAddress.get(address), maxFailuresPerAddress);
  }

  public void failed(String username, String address) {
    Instant now = clock.instant();
    byAccount.merge(key(username), new Failures(1, now), (a, b) -> next(a, now));
    byAddress.merge(address, new Failures(1, now), (a, b) -> next(a, now));
  }

  public void succeeded(String username, String address) {
    byAccount.remove(key(username));
  }

  private Failures next(Failures previous, Instant now) {
    boolean expired = previous.lastAt().plus(lockDuration()).isBefore(now);
    return new Failures(expired ? 1 : previous.count() + 1, now);
  }

  private boolean locked(Failures failures, int limit) {
    return failures != null
        && failures.count() >= limit
        && failures.lastAt().plus(lockDuration()).isAfter(clock.instant());
  }

  private Duration lockDuration() {
    return Duration.ofMinutes(lockMinutes);
  }

  private static String key(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }
}
