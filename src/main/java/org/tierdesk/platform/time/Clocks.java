package org.tierdesk.platform.time;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one source of "now" for the application. Logic injects {@link Clock} instead of calling
 * {@code Instant.now()}, so tests can run time forward without waiting.
 *
 * <p>With test support on, {@code tierdesk.test-support.clock-offset} (an ISO-8601 duration such as
 * {@code PT2H}) starts the clock that far ahead of real time, so that a test can restart the server
 * "later": deadlines then pass while no server runs, as they do in a real outage.
 */
@ApplicationScoped
public class Clocks {

  private static final Logger LOG = Logger.getLogger(Clocks.class.getName());

  private final ShiftableClock clock = new ShiftableClock(Clock.systemUTC());

  @Inject
  @ConfigProperty(name = "tierdesk.test-support", defaultValue = "false")
  boolean testSupport;

  @Inject
  @ConfigProperty(name = "tierdesk.test-support.clock-offset", defaultValue = "PT0S")
  String startOffset;

  @PostConstruct
  void applyStartOffset() {
    if (!testSupport) {
      return;
    }
    Duration offset = Duration.parse(startOffset.strip());
    if (!offset.isZero()) {
      clock.shift(offset);
      LOG.warning(() -> "Test support: the application clock starts " + offset + " ahead");
    }
  }

  @Produces
  @ApplicationScoped
  public Clock clock() {
    return clock;
  }

  /** The shiftable clock behind {@link #clock()}; only test support moves it. */
  public ShiftableClock shiftable() {
    return clock;
  }
}
