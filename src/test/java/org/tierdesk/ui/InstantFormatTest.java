package org.tierdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Times appear in the viewer's zone and language; an unknown zone means UTC. */
class InstantFormatTest {

  private static final Instant MORNING_UTC = Instant.parse("2026-03-02T07:05:00Z");
  private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

  @Test
  void showsTheTimeInTheViewersZone() {
    ZoneId moscow = ZoneId.of("Europe/Moscow");

    assertThat(InstantFormat.dateTime(MORNING_UTC, RUSSIAN, moscow))
        .contains("2026")
        .contains("10:05");
    assertThat(InstantFormat.dateTime(MORNING_UTC, Locale.ENGLISH, ZoneOffset.UTC))
        .contains("Mar 2, 2026")
        .contains("7:05");
  }

  @Test
  void writesMonthsInTheViewersLanguage() {
    assertThat(InstantFormat.dateTime(MORNING_UTC, RUSSIAN, ZoneOffset.UTC)).contains("мар");
    assertThat(InstantFormat.shortDateTime(MORNING_UTC, RUSSIAN, ZoneOffset.UTC))
        .contains("02.03.2026")
        .contains("07:05");
  }

  @Test
  void showsNothingForNoInstant() {
    assertThat(InstantFormat.dateTime(null, Locale.ENGLISH, ZoneOffset.UTC)).isEmpty();
  }

  @Test
  void usesUtcWhenThePersonChoseNoZoneOrAnUnknownOne() {
    assertThat(InstantFormat.zoneOf(null)).isEqualTo(ZoneOffset.UTC);
    assertThat(InstantFormat.zoneOf(" ")).isEqualTo(ZoneOffset.UTC);
    assertThat(InstantFormat.zoneOf("Mars/Olympus_Mons")).isEqualTo(ZoneOffset.UTC);
    assertThat(InstantFormat.zoneOf("Asia/Yekaterinburg"))
        .isEqualTo(ZoneId.of("Asia/Yekaterinburg"));
  }
}
