package org.tierdesk.ticket.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tierdesk.platform.errors.InvalidInput;
import org.tierdesk.platform.errors.TooLarge;

/** What is made of an uploaded file before it is stored: safe names, types and a size limit. */
class UploadedFileTest {

  private static final long MIB = 1024 * 1024;

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(
      delimiterString = " => ",
      value = {
        "screenshot.png => screenshot.png",
        "../../etc/passwd => passwd",
        "..\\..\\windows\\win.ini => win.ini",
        "C:\\Users\\elena\\Desktop\\report.pdf => report.pdf",
        "/var/log/app.log => app.log",
        "'  spaced name.txt  ' => spaced name.txt",
        "a\"b<c>d|e:f*g?h.txt => a_b_c_d_e_f_g_h.txt",
        "Отчёт за март.xlsx => Отчёт за март.xlsx"
      })
  void keepsOnlyASafeLastSegment(String given, String stored) {
    assertThat(UploadedFile.safeName(given)).isEqualTo(stored);
  }

  @Test
  void replacesControlCharacters() {
    assertThat(UploadedFile.safeName("evil\r\nSet-Cookie: x.txt")).doesNotContain("\r", "\n");
    assertThat(UploadedFile.safeName("nul\u0000byte.txt")).isEqualTo("nul_byte.txt");
    assertThat(UploadedFile.safeName("tab\tbell\u0007.txt")).isEqualTo("tab_bell_.txt");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "/", "../", "..", ".", "dir/", "a/.."})
  void refusesNamesThatNameNoFile(String given) {
    InvalidInput refused =
        catchThrowableOfType(InvalidInput.class, () -> UploadedFile.safeName(given));

    assertThat(refused).isNotNull();
    assertThat(refused.field()).isEqualTo("file");
    assertThat(refused.messageKey()).isEqualTo("attachment.nameRequired");
  }

  @Test
  void shortensLongNamesKeepingTheExtension() {
    String name = UploadedFile.safeName("x".repeat(300) + ".log");

    assertThat(name).hasSize(UploadedFile.MAX_NAME).endsWith(".log");
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "NULL",
      value = {
        "image/png | image/png",
        "IMAGE/PNG | image/png",
        "text/plain; charset=UTF-8 | text/plain",
        "application/vnd.ms-excel | application/vnd.ms-excel",
        "application/ld+json | application/ld+json",
        "NULL | application/octet-stream",
        "'' | application/octet-stream",
        "png | application/octet-stream",
        "'text/html\r\nX-Injected: 1' | application/octet-stream",
        "text/ html | application/octet-stream",
        "../../x | application/octet-stream"
      })
  void sanitisesTheContentType(String given, String stored) {
    assertThat(UploadedFile.safeContentType(given)).isEqualTo(stored);
  }

  @Test
  void refusesOverlongContentTypes() {
    assertThat(UploadedFile.safeContentType("application/" + "x".repeat(300)))
        .isEqualTo("application/octet-stream");
  }

  @Test
  void readsTheBytesAndTheirHash() {
    UploadedFile file = UploadedFile.read("hello.txt", "text/plain", stream("hello"), MIB);

    assertThat(file.name()).isEqualTo("hello.txt");
    assertThat(file.contentType()).isEqualTo("text/plain");
    assertThat(file.size()).isEqualTo(5);
    assertThat(file.bytes()).isEqualTo("hello".getBytes(StandardCharsets.UTF_8));
    assertThat(file.sha256())
        .isEqualTo("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824");
  }

  @Test
  void acceptsAFileOfExactlyTheLimit() {
    UploadedFile file = UploadedFile.read("a.bin", null, new ZeroStream(MIB), MIB);

    assertThat(file.size()).isEqualTo(MIB);
  }

  @Test
  void refusesAFileAboveTheLimitWithoutReadingItAll() {
    ZeroStream huge = new ZeroStream(50 * MIB);

    TooLarge refused =
        catchThrowableOfType(TooLarge.class, () -> UploadedFile.read("video.mp4", null, huge, MIB));

    assertThat(refused).isNotNull();
    assertThat(refused.field()).isEqualTo("file");
    assertThat(refused.messageKey()).isEqualTo("attachment.tooLarge");
    assertThat(refused.arguments()).containsExactly(1L);
    assertThat(huge.read.get()).isLessThan(2 * MIB);
    assertThat(huge.closed).isTrue();
  }

  @Test
  void refusesAnEmptyFileNamingIt() {
    InvalidInput refused =
        catchThrowableOfType(
            InvalidInput.class, () -> UploadedFile.read("empty.txt", null, stream(""), MIB));

    assertThat(refused).isNotNull().isNotInstanceOf(TooLarge.class);
    assertThat(refused.messageKey()).isEqualTo("attachment.empty");
    assertThat(refused.arguments()).containsExactly("empty.txt");
  }

  @Test
  void bytesCannotBeChangedFromOutside() {
    byte[] original = {1, 2, 3};
    UploadedFile file = new UploadedFile("a.bin", "application/octet-stream", original, "hash");
    original[0] = 9;
    file.bytes()[1] = 9;

    assertThat(file.bytes()).containsExactly(1, 2, 3);
  }

  private static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  /** A stream of zeros that counts what was read from it and notes being closed. */
  private static final class ZeroStream extends InputStream {
    private final long length;
    private final AtomicLong read = new AtomicLong();
    private boolean closed;

    ZeroStream(long length) {
      this.length = length;
    }

    @Override
    public int read() {
      if (read.get() >= length) {
        return -1;
      }
      read.incrementAndGet();
      return 0;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) {
      long left = length - read.get();
      if (left <= 0) {
        return -1;
      }
      int n = (int) Math.min(count, left);
      Arrays.fill(buffer, offset, offset + n, (byte) 0);
      read.addAndGet(n);
      return n;
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}
