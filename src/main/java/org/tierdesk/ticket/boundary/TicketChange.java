package org.tierdesk.ticket.boundary;

/**
 * An agent's edit of a ticket's fields. Absent fields stay as they are; {@code assignee} set to an
 * empty string unassigns. {@code version} is the version the agent saw.
 */
public record TicketChange(String priority, String category, String assignee, Long version) {}
