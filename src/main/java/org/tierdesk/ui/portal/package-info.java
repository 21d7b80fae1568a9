/** The requesters' portal: their tickets, a new ticket, one ticket with its public timeline. */
package org.tierdesk.ui.portal;
