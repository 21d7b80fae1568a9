package org.tierdesk.ticket.boundary;

import java.util.Collection;
import java.util.Map;

/**
 * Where {@link Tickets} gets the SLA part of a {@link TicketView}. The ticket component defines
 * this port and the SLA component implements it, so tickets never depend on SLA; without an
 * implementation tickets simply carry no SLA.
 */
public interface TicketSlaSource {

  /** The SLA of each given ticket that has one, in one query for a whole page of tickets. */
  Map<Long, TicketView.Sla> slaOf(Collection<Long> ticketIds);
}
