package org.tierdesk.macro.control;

import java.io.Serializable;
import java.util.List;

/**
 * What a macro does, as stored: an optional reply (text already resolved for the ticket), and
 * target status, priority, assignment (agent username and/or queue code) and tags to add or remove.
 * Null or empty means "leave as is".
 */
public record MacroDefinition(
    String reply,
    boolean replyInternal,
    String status,
    String priority,
    String agent,
    String queue,
    List<String> addTags,
    List<String> removeTags)
    implements Serializable {

  public MacroDefinition {
    addTags = addTags == null ? List.of() : List.copyOf(addTags);
    removeTags = removeTags == null ? List.of() : List.copyOf(removeTags);
  }

  /** Whether the macro would do anything at all. */
  public boolean isEmpty() {
    return blank(reply)
        && blank(status)
        && blank(priority)
        && blank(agent)
        && blank(queue)
        && addTags.isEmpty()
        && removeTags.isEmpty();
  }

  static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
