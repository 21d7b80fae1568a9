/**
 * Tickets: what a requester asks for, its status workflow, public replies and internal notes,
 * attachments, and the append-only history that records every change with actor and instant.
 */
package org.tierdesk.ticket;
