package org.tierdesk.sla.control;

import java.time.Instant;

/**
 * Published when clocks changed in a transaction: {@code nearestCheck} is the earliest instant at
 * which one of them needs the sweep. The deadline timer re-arms after the transaction commits.
 */
public record SlaScheduleChanged(Instant nearestCheck) {}
