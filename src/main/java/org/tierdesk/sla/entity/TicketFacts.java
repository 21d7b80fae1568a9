package org.tierdesk.sla.entity;

import org.tierdesk.ticket.entity.Channel;
import org.tierdesk.ticket.entity.Priority;
import org.tierdesk.ticket.entity.TicketStatus;

/** The facts about a ticket that SLA policies and clocks depend on. */
public record TicketFacts(
    TicketStatus status,
    Priority priority,
    Long categoryId,
    long lineId,
    Channel channel,
    boolean requesterVip,
    Long requesterUnitId) {}
