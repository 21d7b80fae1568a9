/**
 * Routing logic without the container: which rule decides where a new ticket goes, and which agent
 * of a queue gets it under each assignment strategy.
 */
package org.tierdesk.routing.control;
