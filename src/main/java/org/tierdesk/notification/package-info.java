/**
 * Notifications: short messages for one person (an SLA warning for an agent, a breach for a line
 * lead), stored as a message key with arguments so each reader sees them in their own language,
 * optionally held back until a given instant (the recipient's working hours).
 */
package org.tierdesk.notification;
