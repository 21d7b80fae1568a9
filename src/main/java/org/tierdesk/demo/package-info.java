/**
 * Demo data for trying Tierdesk out: the demo accounts of the README, line memberships and a few
 * tickets. Loaded once, and only when {@code tierdesk.demo=true}; a production start has none.
 */
package org.tierdesk.demo;
