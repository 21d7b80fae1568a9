package org.tierdesk.sla.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WorkingSlotTest {

  @ParameterizedTest(name = "{0} starts {1} and lasts {2} minutes")
  @CsvSource({
    "09:00-13:00, 09:00, 240",
    "14:00-18:00, 14:00, 240",
    "22:00-06:00, 22:00, 480",
    "23:30-00:15, 23:30, 45",
    "18:00-24:00, 18:00, 360",
    "00:00-24:00, 00:00, 1440",
    "00:00-00:01, 00:00, 1",
    "23:59-23:58, 23:59, 1439",
  })
  void parsesStartAndLength(String text, String start, int minutes) {
    WorkingSlot slot = WorkingSlot.parse(text);

    assertThat(slot.start()).isEqualTo(LocalTime.parse(start));
    assertThat(slot.lengthMinutes()).isEqualTo(minutes);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"09:00-13:00", "22:00-06:00", "18:00-24:00", "00:00-24:00", "23:59-00:00"})
  void formatsBackToItsText(String text) {
    String expected = text.equals("23:59-00:00") ? "23:59-24:00" : text;

    assertThat(WorkingSlot.parse(text).format()).isEqualTo(expected);
    assertThat(WorkingSlot.parse(text)).hasToString(expected);
  }

  @Test
  void endingAtMidnightIsTheSameSlotWhetherWrittenAs24Or00() {
    assertThat(WorkingSlot.parse("23:00-00:00")).isEqualTo(WorkingSlot.parse("23:00-24:00"));
    assertThat(WorkingSlot.parse("23:00-00:00").endsNextDay()).isFalse();
  }

  @Test
  void knowsWhenItRunsPastMidnight() {
    WorkingSlot night = WorkingSlot.parse("22:00-06:00");

    assertThat(night.endsNextDay()).isTrue();
    assertThat(night.startMinute()).isEqualTo(1320);
    assertThat(night.endMinute()).isEqualTo(1800);
    assertThat(WorkingSlot.parse("09:00-18:00").endsNextDay()).isFalse();
    assertThat(WorkingSlot.parse("09:00-18:00").endMinute()).isEqualTo(1080);
  }

  @Test
  void wholeDayIsMidnightToMidnight() {
    assertThat(WorkingSlot.wholeDay()).isEqualTo(new WorkingSlot(LocalTime.MIDNIGHT, 1440));
    assertThat(WorkingSlot.wholeDay().format()).isEqualTo("00:00-24:00");
    assertThat(WorkingSlot.wholeDay().endsNextDay()).isFalse();
  }

  @Test
  void toleratesSurroundingWhitespace() {
    assertThat(WorkingSlot.parse(" 09:00-13:00 ")).isEqualTo(WorkingSlot.parse("09:00-13:00"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "9:00-13:00",
        "09:00 - 13:00",
        "09:00-13",
        "0900-1300",
        "09:00:30-13:00",
        "09:00-13:00:00",
        "09:00-13:00-18:00",
        "ab:cd-ef:gh",
        "25:00-26:00",
        "09:60-10:00",
        "24:00-01:00",
        "09:00-24:30",
        "09:00-09:00",
        "00:00-00:00",
        "24:00-24:00",
      })
  void rejectsMalformedTextNamingIt(String text) {
    assertThatThrownBy(() -> WorkingSlot.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + text + "'");
  }

  @Test
  void explainsWhyEqualStartAndEndIsRejected() {
    assertThatThrownBy(() -> WorkingSlot.parse("09:00-09:00"))
        .hasMessage(
            "Invalid working slot '09:00-09:00': start equals end (use 00:00-24:00 for the"
                + " whole day)");
  }

  @Test
  void rejectsSubMinuteStart() {
    assertThatThrownBy(() -> new WorkingSlot(LocalTime.of(9, 0, 30), 60))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("09:00:30");
    assertThatThrownBy(() -> new WorkingSlot(LocalTime.of(9, 0, 0, 1), 60))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 1441})
  void rejectsLengthOutsideOneMinuteToOneDay(int minutes) {
    assertThatThrownBy(() -> new WorkingSlot(LocalTime.NOON, minutes))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(String.valueOf(minutes));
  }

  @Test
  void aFullDaySlotMustStartAtMidnight() {
    assertThatThrownBy(() -> new WorkingSlot(LocalTime.NOON, 1440))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("00:00");
    assertThat(new WorkingSlot(LocalTime.NOON, 1439).format()).isEqualTo("12:00-11:59");
  }
}
