package org.tierdesk.macro.boundary;

/**
 * A canned response as entered: title, text in English and/or Russian, whether it is shared with
 * every agent (admins and line leads only), and the version it was edited from.
 */
public record CannedResponseForm(
    String title, String bodyEn, String bodyRu, Boolean shared, Long version) {}
