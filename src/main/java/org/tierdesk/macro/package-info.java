/**
 * Canned responses (text per language with placeholders) and macros (several ticket actions applied
 * at once), personal to an agent or shared by all. Tickets are changed only through the ticket
 * component's boundary.
 */
package org.tierdesk.macro;
