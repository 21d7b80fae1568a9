package org.tierdesk.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Instants are stored as UTC wall-clock timestamps whatever the JVM's default zone is, so that
 * nodes in different zones (or a developer's laptop) read and write the same values.
 */
class InstantConverterTest {

  private final InstantConverter converter = new InstantConverter();
  private TimeZone originalZone;

  @BeforeEach
  void rememberZone() {
    originalZone = TimeZone.getDefault();
  }

  @AfterEach
  void restoreZone() {
    TimeZone.setDefault(originalZone);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"UTC", "Europe/Moscow", "America/New_York", "Asia/Kolkata", "Pacific/Chatham"})
  void roundTripsInAnyDefaultZone(String zone) {
    TimeZone.setDefault(TimeZone.getTimeZone(zone));
    Instant instant = Instant.parse("2026-03-29T01:30:00.123456Z");

    Timestamp stored = converter.convertToDatabaseColumn(instant);

    assertThat(converter.convertToEntityAttribute(stored)).isEqualTo(instant);
    assertThat(stored.toLocalDateTime())
        .isEqualTo(LocalDateTime.parse("2026-03-29T01:30:00.123456"));
  }

  @Test
  void keepsNanoseconds() {
    Instant instant = Instant.parse("2026-01-01T00:00:00.000000001Z");

    assertThat(converter.convertToEntityAttribute(converter.convertToDatabaseColumn(instant)))
        .isEqualTo(instant);
  }

  @Test
  void passesNullThrough() {
    assertThat(converter.convertToDatabaseColumn(null)).isNull();
    assertThat(converter.convertToEntityAttribute(null)).isNull();
  }
}
