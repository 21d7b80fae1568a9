package org.tierdesk.macro.boundary;

import java.io.Serializable;
import java.time.Instant;
import org.tierdesk.macro.entity.CannedResponse;

/** A canned response as callers see it; {@code owner} is null for a shared one. */
public record CannedResponseView(
    long id,
    String title,
    String bodyEn,
    String bodyRu,
    boolean shared,
    String owner,
    Instant updatedAt,
    String updatedBy,
    long version)
    implements Serializable {

  static CannedResponseView of(CannedResponse response) {
    return new CannedResponseView(
        response.getId(),
        response.getTitle(),
        response.getBodyEn(),
        response.getBodyRu(),
        response.isShared(),
        response.isShared() ? null : response.getOwner().getUsername(),
        response.getUpdatedAt(),
        response.getUpdatedBy() == null ? null : response.getUpdatedBy().getDisplayName(),
        response.getVersion());
  }
}
