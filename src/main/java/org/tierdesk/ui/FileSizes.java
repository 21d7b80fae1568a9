package org.tierdesk.ui;

/** File sizes as people read them: 512 B, 40 KB, 3.5 MB, in the viewer's language. */
public final class FileSizes {

  private static final long KIB = 1024;
  private static final long MIB = KIB * KIB;

  private FileSizes() {}

  public static String of(long bytes) {
    if (bytes < KIB) {
      return Messages.text("ui.size.bytes", bytes);
    }
    if (bytes < MIB) {
      return Messages.text("ui.size.kilobytes", Math.round(bytes / (double) KIB));
    }
    return Messages.text("ui.size.megabytes", bytes / (double) MIB);
  }
}
