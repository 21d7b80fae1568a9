package org.tierdesk.sla.control;

import java.time.Instant;
import java.util.List;

/**
 * What one sweep did: the instant it swept for, what fired, how many events had their actions run
 * (with what they did), and the nearest instant at which a clock needs the next sweep.
 */
public record SweepReport(
    Instant sweptAt, List<FiredEvent> fired, List<String> actions, Instant nextCheckAt) {

  public SweepReport {
    fired = List.copyOf(fired);
    actions = List.copyOf(actions);
  }
}
