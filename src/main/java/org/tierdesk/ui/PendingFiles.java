package org.tierdesk.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.file.UploadedFile;
import org.primefaces.model.file.UploadedFiles;

/**
 * Files a person has chosen for a ticket or a reply but not yet sent. They are kept in the view, so
 * that a refused submission (a missing subject, a stale ticket) does not make the person choose
 * them again. Files above the size limit are refused here, before anything is stored.
 */
public class PendingFiles implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A chosen file with its content. */
  public record PendingFile(String name, String contentType, byte[] content)
      implements Serializable {

    public PendingFile {
      content = content.clone();
    }

    @Override
    public byte[] content() {
      return content.clone();
    }

    public long size() {
      return content.length;
    }

    public InputStream open() {
      return new ByteArrayInputStream(content);
    }
  }

  private final List<PendingFile> files = new ArrayList<>();

  /**
   * Keeps the newly chosen files that are within the limit; each refused one is reported as an
   * error next to the upload input.
   *
   * @return whether every chosen file was kept
   */
  public boolean take(UploadedFiles chosen, long maxBytes, String inputId) {
    boolean allKept = true;
    if (chosen == null) {
      return true;
    }
    for (UploadedFile file : chosen.getFiles()) {
      if (file.getSize() > maxBytes) {
        Messages.errorOn(inputId, "ui.files.tooLarge", file.getFileName(), FileSizes.of(maxBytes));
        allKept = false;
      } else if (file.getSize() == 0) {
        Messages.errorOn(inputId, "attachment.empty", file.getFileName());
        allKept = false;
      } else {
        files.add(new PendingFile(file.getFileName(), file.getContentType(), read(file)));
      }
    }
    return allKept;
  }

  public void remove(int index) {
    if (index >= 0 && index < files.size()) {
      files.remove(index);
    }
  }

  public void clear() {
    files.clear();
  }

  public List<PendingFile> getFiles() {
    return List.copyOf(files);
  }

  public boolean isEmpty() {
    return files.isEmpty();
  }

  private static byte[] read(UploadedFile file) {
    try (InputStream in = file.getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
