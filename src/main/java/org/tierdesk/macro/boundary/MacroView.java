package org.tierdesk.macro.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.tierdesk.macro.entity.Macro;

/** A macro as callers see it; {@code owner} is null for a shared one. */
public record MacroView(
    long id,
    String name,
    boolean shared,
    String owner,
    Long cannedResponse,
    String cannedResponseTitle,
    String replyText,
    boolean replyInternal,
    String status,
    String priority,
    String queue,
    String agent,
    List<String> addTags,
    List<String> removeTags,
    Instant updatedAt,
    long version)
    implements Serializable {

  static MacroView of(Macro macro) {
    return new MacroView(
        macro.getId(),
        macro.getName(),
        macro.isShared(),
        macro.isShared() ? null : macro.getOwner().getUsername(),
        macro.getResponse() == null ? null : macro.getResponse().getId(),
        macro.getResponse() == null ? null : macro.getResponse().getTitle(),
        macro.getReplyText(),
        macro.isReplyInternal(),
        macro.getTargetStatus(),
        macro.getTargetPriority(),
        macro.getAssignQueue(),
        macro.getAssignAgent(),
        macro.getAddTags(),
        macro.getRemoveTags(),
        macro.getUpdatedAt(),
        macro.getVersion());
  }
}
