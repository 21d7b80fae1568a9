/**
 * The Faces screens: backing beans mirror the page tree ({@code ui.portal} ↔ {@code /portal},
 * {@code ui.agent} ↔ {@code /agent}); this package holds what every console shares (locale,
 * messages, labels, the viewer's time zone, login and logout). Beans call the components'
 * boundaries and never touch persistence themselves.
 */
package org.tierdesk.ui;
