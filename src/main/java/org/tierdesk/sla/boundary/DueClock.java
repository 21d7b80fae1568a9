package org.tierdesk.sla.boundary;

import java.io.Serializable;
import org.tierdesk.ticket.boundary.TicketView;

/** A row of the "breaching soon" queue: the clock and its ticket. */
public record DueClock(ClockView clock, TicketView ticket) implements Serializable {}
