package org.tierdesk.ticket.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.tierdesk.platform.errors.InvalidInput;
import org.tierdesk.platform.errors.TooLarge;

/**
 * A file as received from a person: its name made safe to show and to offer for download, a content
 * type, and its bytes read no further than the size limit.
 */
public record UploadedFile(String name, String contentType, byte[] bytes, String sha256) {

  static final int MAX_NAME = 255;
  private static final String OCTET_STREAM = "application/octet-stream";

  public UploadedFile {
    bytes = bytes.clone();
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  public long size() {
    return bytes.length;
  }

  public static UploadedFile read(
      String fileName, String contentType, InputStream content, long maxBytes) {
    String name = safeName(fileName);
    byte[] bytes = readAtMost(content, maxBytes);
    if (bytes.length == 0) {
      throw new InvalidInput("file", "attachment.empty", name);
    }
    return new UploadedFile(name, safeContentType(contentType), bytes, sha256(bytes));
  }

  /** Keeps only the last path segment and drops control characters and quotes. */
  static String safeName(String fileName) {
    if (fileName == null || fileName.isBlank()) {
      throw new InvalidInput("file", "attachment.nameRequired");
    }
    String name = fileName.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    name = name.replaceAll("[\\p{Cntrl}\"<>|:*?]", "_").strip();
    if (name.isEmpty() || name.equals(".") || name.equals("..")) {
      throw new InvalidInput("file", "attachment.nameRequired");
    }
    return name.length() <= MAX_NAME ? name : name.substring(name.length() - MAX_NAME);
  }

  static String safeContentType(String contentType) {
    if (contentType == null || !contentType.matches("[\\w.+-]+/[\\w.+-]+(;.*)?")) {
      return OCTET_STREAM;
    }
    String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return type.length() <= 200 ? type : OCTET_STREAM;
  }

  private static byte[] readAtMost(InputStream content, long maxBytes) {
    try (content) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[64 * 1024];
      long total = 0;
      int read;
      while ((read = content.read(buffer)) != -1) {
        total += read;
        if (total > maxBytes) {
          throw new TooLarge("file", "attachment.tooLarge", maxBytes / (1024 * 1024));
        }
        out.write(buffer, 0, read);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
