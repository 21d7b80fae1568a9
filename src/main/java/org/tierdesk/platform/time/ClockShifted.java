package org.tierdesk.platform.time;

import java.time.Duration;
import java.time.Instant;

/**
 * Published after test support moved the application clock, so components that wait for instants
 * (the SLA deadline timer) can look again at once.
 */
public record ClockShifted(Duration shift, Instant now) {}
