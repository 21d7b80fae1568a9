package org.tierdesk.ticket.boundary;

/** An attachment with its bytes, for download. */
public record AttachmentFile(AttachmentView description, byte[] content) {

  public AttachmentFile {
    content = content.clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }
}
