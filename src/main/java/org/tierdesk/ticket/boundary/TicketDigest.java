package org.tierdesk.ticket.boundary;

/**
 * The little of a ticket that a mass notification needs: its number and subject (the message
 * arguments), and who to tell (assignee and requester ids, the line's code).
 */
public record TicketDigest(
    long id, String number, String subject, Long assigneeId, long requesterId, String line) {}
