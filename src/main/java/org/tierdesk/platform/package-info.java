/**
 * Cross-cutting plumbing that every business component relies on: the injectable clock, database
 * start-up (data source, Flyway), configuration, error types and their HTTP mapping, i18n and the
 * authentication mechanism. Nothing here knows about tickets, lines or SLAs.
 */
package org.tierdesk.platform;
