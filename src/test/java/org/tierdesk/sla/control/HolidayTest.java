package org.tierdesk.sla.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

class HolidayTest {

  @Test
  void oneOffFallsOnItsDateOnly() {
    Holiday holiday = Holiday.on(LocalDate.of(2027, 1, 6));

    assertThat(holiday.fallsOn(LocalDate.of(2027, 1, 6))).isTrue();
    assertThat(holiday.fallsOn(LocalDate.of(2028, 1, 6))).isFalse();
    assertThat(holiday.fallsOn(LocalDate.of(2027, 1, 7))).isFalse();
    assertThat(holiday.isYearly()).isFalse();
    assertThat(holiday.isWholeDay()).isTrue();
    assertThat(holiday.date()).contains(LocalDate.of(2027, 1, 6));
    assertThat(holiday.yearlyOn()).isEmpty();
  }

  @Test
  void yearlyFallsOnTheDayInEveryYear() {
    Holiday holiday = Holiday.everyYearOn(MonthDay.of(Month.DECEMBER, 25));

    assertThat(holiday.fallsOn(LocalDate.of(1999, 12, 25))).isTrue();
    assertThat(holiday.fallsOn(LocalDate.of(2027, 12, 25))).isTrue();
    assertThat(holiday.fallsOn(LocalDate.of(2027, 12, 24))).isFalse();
    assertThat(holiday.isYearly()).isTrue();
    assertThat(holiday.date()).isEmpty();
  }

  @Test
  void february29thFallsOnLeapYearsOnly() {
    Holiday holiday = Holiday.everyYearOn(MonthDay.of(Month.FEBRUARY, 29));

    assertThat(holiday.fallsOn(LocalDate.of(2028, 2, 29))).isTrue();
    assertThat(holiday.fallsOn(LocalDate.of(2027, 2, 28))).isFalse();
    assertThat(holiday.fallsOn(LocalDate.of(2027, 3, 1))).isFalse();
  }

  @Test
  void partialHolidayTakesALocalTimeRangeOff() {
    Holiday holiday =
        Holiday.on(LocalDate.of(2027, 12, 24)).offBetween(LocalTime.of(13, 0), LocalTime.of(18, 0));

    assertThat(holiday.isWholeDay()).isFalse();
    assertThat(holiday.offFrom()).isEqualTo(LocalTime.of(13, 0));
    assertThat(holiday.offUntil()).isEqualTo(LocalTime.of(18, 0));
    assertThat(holiday).hasToString("Holiday[2027-12-24 13:00-18:00]");
  }

  @Test
  void midnightAsEndMeansTheEndOfTheDay() {
    Holiday afternoon =
        Holiday.on(LocalDate.of(2027, 12, 31)).offBetween(LocalTime.of(12, 0), LocalTime.MIDNIGHT);
    Holiday whole =
        Holiday.on(LocalDate.of(2027, 12, 31)).offBetween(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);

    assertThat(afternoon.isWholeDay()).isFalse();
    assertThat(afternoon).hasToString("Holiday[2027-12-31 12:00-24:00]");
    assertThat(whole).isEqualTo(Holiday.on(LocalDate.of(2027, 12, 31)));
  }

  @Test
  void rejectsTimeOffThatDoesNotEndAfterItStarts() {
    Holiday day = Holiday.on(LocalDate.of(2027, 1, 1));

    assertThatThrownBy(() -> day.offBetween(LocalTime.of(18, 0), LocalTime.of(13, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("18:00-13:00");
    assertThatThrownBy(() -> day.offBetween(LocalTime.NOON, LocalTime.NOON))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void carriesAnOptionalName() {
    Holiday plain = Holiday.everyYearOn(MonthDay.of(1, 1));
    Holiday named = plain.named("New Year's Day");

    assertThat(plain.name()).isEmpty();
    assertThat(named.name()).contains("New Year's Day");
    assertThat(plain.named("  ").name()).isEmpty();
    assertThat(named).isNotEqualTo(plain);
    assertThat(named).hasToString("Holiday[every --01-01 'New Year's Day']");
  }

  @Test
  void equalityCoversDateTimesAndName() {
    Holiday a = Holiday.on(LocalDate.of(2027, 5, 1)).offBetween(LocalTime.NOON, LocalTime.MIDNIGHT);
    Holiday b = Holiday.on(LocalDate.of(2027, 5, 1)).offBetween(LocalTime.NOON, LocalTime.MIDNIGHT);

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(Holiday.on(LocalDate.of(2027, 5, 1)));
    assertThat(a).isNotEqualTo(Holiday.everyYearOn(MonthDay.of(5, 1)));
  }
}
