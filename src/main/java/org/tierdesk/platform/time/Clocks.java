package org.tierdesk.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The one source of "now" for the application. Logic injects {@link Clock} instead of calling
 * {@code Instant.now()}, so tests can run time forward without waiting.
 */
@ApplicationScoped
public class Clocks {

  private final ShiftableClock clock = new ShiftableClock(Clock.systemUTC());

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
