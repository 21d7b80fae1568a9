/**
 * How work flows to people: support lines (tiers) and their members, categories and services.
 * Routing rules, queues, assignment strategies and escalation build on these.
 */
package org.tierdesk.routing;
