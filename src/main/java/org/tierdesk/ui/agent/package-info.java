/** The agents' console: the ticket queue and the full ticket page. */
package org.tierdesk.ui.agent;
