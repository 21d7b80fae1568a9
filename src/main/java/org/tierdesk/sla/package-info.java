/**
 * Service levels: business calendars with holidays, ordered policies with targets and actions, one
 * clock per ticket and metric kept in step with every ticket change, and the sweep that fires each
 * warning and breach exactly once across nodes and restarts.
 */
package org.tierdesk.sla;
