package org.tierdesk.sla.boundary;

import java.io.Serializable;
import java.time.Instant;

/** The due instants a preview computed (UTC). */
public record PreviewResult(
    Instant firstResponseDue, Instant nextResponseDue, Instant resolutionDue)
    implements Serializable {}
