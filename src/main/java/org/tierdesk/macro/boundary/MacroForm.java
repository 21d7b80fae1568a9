package org.tierdesk.macro.boundary;

import java.util.List;

/**
 * A macro as entered. The reply comes from a canned response (its id) or from {@code replyText};
 * {@code agent} is a username or {@value Macros#ME} for whoever applies the macro; {@code queue} a
 * queue code; {@code status} and {@code priority} names. Empty fields leave the ticket as it is.
 */
public record MacroForm(
    String name,
    Boolean shared,
    Long cannedResponse,
    String replyText,
    Boolean replyInternal,
    String status,
    String priority,
    String queue,
    String agent,
    List<String> addTags,
    List<String> removeTags,
    Long version) {}
