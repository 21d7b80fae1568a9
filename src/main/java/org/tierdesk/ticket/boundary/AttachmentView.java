package org.tierdesk.ticket.boundary;

import java.io.Serializable;
import java.time.Instant;
import org.tierdesk.ticket.entity.Attachment;

/** An attachment's description, without its bytes. */
public record AttachmentView(
    long id, String fileName, String contentType, long size, String uploadedBy, Instant uploadedAt)
    implements Serializable {

  public static AttachmentView of(Attachment attachment) {
    return new AttachmentView(
        attachment.getId(),
        attachment.getFileName(),
        attachment.getContentType(),
        attachment.getSize(),
        attachment.getUploadedBy().getUsername(),
        attachment.getUploadedAt());
  }
}
