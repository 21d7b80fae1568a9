/**
 * How work flows to people: support lines (tiers) with their queues (teams), members and leads;
 * categories with their default line and queue; ordered intake rules; agent profiles (capacity,
 * availability, languages, skills); and the assignment strategies that pick an agent for a new
 * ticket. Escalation itself changes tickets, so it lives in the ticket component, which asks
 * routing where tickets go and who may work on them.
 */
package org.tierdesk.routing;
