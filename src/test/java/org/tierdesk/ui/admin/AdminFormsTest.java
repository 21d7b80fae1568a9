package org.tierdesk.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the admin screens hand to the SLA boundary: durations, weeks, instants, orders. */
class AdminFormsTest {

  @Test
  void hoursAndMinutesBecomeAnIsoDuration() {
    assertThat(new DurationInput(4, 30).iso()).isEqualTo("PT4H30M");
    assertThat(new DurationInput(0, 90).iso()).isEqualTo("PT1H30M");
    assertThat(new DurationInput(48, null).iso()).isEqualTo("PT48H");
    assertThat(new DurationInput(0, 0).iso()).isEqualTo("PT0S");
    assertThat(new DurationInput().iso()).isNull();
  }

  @Test
  void aDurationIsShownAsWholeHoursAndTheMinutesLeft() {
    DurationInput input = DurationInput.of(Duration.ofDays(1).plusHours(2).plusMinutes(5));

    assertThat(input.getHours()).isEqualTo(26);
    assertThat(input.getMinutes()).isEqualTo(5);
    assertThat(input.iso()).isEqualTo("PT26H5M");
    assertThat(DurationInput.of(null).iso()).isNull();
  }

  @Test
  void theWeekDropsBlankSlotsAndKeepsWeekOrder() {
    WeekEditor editor = WeekEditor.of(Map.of("WED", List.of("09:00-13:00"), "MON", List.of()));
    editor.getDays().get(0).add();
    editor.getDays().get(0).getSlots().get(0).setText(" 14:00-18:00 ");
    editor.getDays().get(6).add();

    assertThat(editor.toWeek())
        .containsExactly(
            Map.entry("MON", List.of("14:00-18:00")), Map.entry("WED", List.of("09:00-13:00")));
  }

  @Test
  void mondayIsCopiedToTheOtherWorkdays() {
    WeekEditor editor = WeekEditor.of(Map.of("MON", List.of("09:00-13:00", "14:00-18:00")));
    editor.getDays().get(1).remove(5);

    editor.copyMondayToWeekdays();

    assertThat(editor.toWeek()).containsOnlyKeys("MON", "TUE", "WED", "THU", "FRI");
    assertThat(editor.toWeek().get("FRI")).containsExactly("09:00-13:00", "14:00-18:00");
    editor.getDays().get(0).getSlots().get(0).setText("08:00-12:00");
    assertThat(editor.toWeek().get("TUE")).containsExactly("09:00-13:00", "14:00-18:00");
  }

  @Test
  void aLocalStartInItsZoneBecomesAnInstant() {
    LocalDateTime start = LocalDateTime.of(2027, 1, 6, 14, 30);

    assertThat(SlaPreviewBacking.instant(start, ZoneId.of("Europe/Moscow")))
        .isEqualTo("2027-01-06T11:30:00Z");
    assertThat(SlaPreviewBacking.instant(null, ZoneId.of("UTC"))).isNull();
  }

  @Test
  void holidaysAreOnePerLine() {
    assertThat(SlaPreviewBacking.holidayLines("2027-01-07\n\n --05-01 \r\n2027-12-31 13:00-18:00"))
        .containsExactly("2027-01-07", "--05-01", "2027-12-31 13:00-18:00");
    assertThat(SlaPreviewBacking.holidayLines(null)).isEmpty();
  }

  @Test
  void aPolicyMovesOnePlaceWithinTheOrder() {
    List<Long> order = List.of(10L, 20L, 30L);

    assertThat(PoliciesBacking.moved(order, 20L, -1)).containsExactly(20L, 10L, 30L);
    assertThat(PoliciesBacking.moved(order, 20L, 1)).containsExactly(10L, 30L, 20L);
    assertThat(PoliciesBacking.moved(order, 10L, -1)).isNull();
    assertThat(PoliciesBacking.moved(order, 30L, 1)).isNull();
    assertThat(PoliciesBacking.moved(order, 99L, 1)).isNull();
  }
}
