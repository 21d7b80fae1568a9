package org.tierdesk.ticket.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of an attachment, kept apart so that listings never load them. */
@Entity
@Table(name = "attachment_content")
public class AttachmentContent {

  @Id
  @Column(name = "attachment_id")
  private Long attachmentId;

  @Column(nullable = false, updatable = false)
  private byte[] content;

  protected AttachmentContent() {}

  public AttachmentContent(Long attachmentId, byte[] content) {
    this.attachmentId = attachmentId;
    this.content = content.clone();
  }

  public Long getAttachmentId() {
    return attachmentId;
  }

  public byte[] getContent() {
    return content.clone();
  }
}
