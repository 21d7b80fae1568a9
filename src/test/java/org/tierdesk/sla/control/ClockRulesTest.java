package org.tierdesk.sla.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tierdesk.sla.control.TestTimes.hours;
import static org.tierdesk.sla.control.TestTimes.utc;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.tierdesk.sla.entity.ClockPause;
import org.tierdesk.sla.entity.ClockState;
import org.tierdesk.sla.entity.SlaClock;
import org.tierdesk.sla.entity.SlaEventKind;
import org.tierdesk.sla.entity.SlaMetric;

/**
 * The clock state machine over real calendars. Office hours are Berlin Mon-Fri 09:00-13:00 and
 * 14:00-18:00; January 2027 is CET (UTC+1), Monday the 4th. Expected instants are in UTC.
 */
class ClockRulesTest {

  static final BusinessCalendar OFFICE =
      new BusinessCalendar(
          ZoneId.of("Europe/Berlin"),
          WeeklySchedule.mondayToFriday("09:00-13:00", "14:00-18:00"),
          List.of());
  static final BusinessCalendar ALWAYS = BusinessCalendar.allDay(ZoneOffset.UTC);
  static final ClockRules IN_OFFICE = new ClockRules(OFFICE);
  static final ClockRules ALL_DAY = new ClockRules(ALWAYS);

  /** Monday 10:00 Berlin. */
  static final Instant MONDAY_10 = utc("2027-01-04T09:00:00Z");

  static SlaClock clock(int targetMinutes, int warningPercent) {
    SlaClock clock = new SlaClock(7L, SlaMetric.FIRST_RESPONSE);
    clock.governBy(1L, targetMinutes, warningPercent);
    return clock;
  }

  static SlaClock started(ClockRules rules, int targetMinutes, Instant at) {
    SlaClock clock = clock(targetMinutes, 80);
    rules.start(clock, at, false);
    return clock;
  }

  @Nested
  class Starting {

    @Test
    void isDueWhenTheTargetIsUsedUpInBusinessTime() {
      // Mon 10:00 + 4h business = 10-13 and 14-15: Mon 15:00 Berlin
      SlaClock clock = started(IN_OFFICE, 240, MONDAY_10);

      assertThat(clock.getState()).isEqualTo(ClockState.RUNNING);
      assertThat(clock.getDueAt()).isEqualTo(utc("2027-01-04T14:00:00Z"));
      assertThat(clock.getStartedAt()).isEqualTo(MONDAY_10);
      assertThat(clock.getCycle()).isEqualTo(1);
    }

    @Test
    void warnsAtTheThresholdAndChecksThatFirst() {
      // 80% of 4h = 3h12m: 10:00-13:00 and 14:00-14:12
      SlaClock clock = started(IN_OFFICE, 240, MONDAY_10);

      assertThat(clock.getWarnAt()).isEqualTo(utc("2027-01-04T13:12:00Z"));
      assertThat(clock.getNextCheckAt()).isEqualTo(clock.getWarnAt());
    }

    @Test
    void aHundredPercentMeansNoWarning() {
      SlaClock clock = clock(240, 100);
      IN_OFFICE.start(clock, MONDAY_10, false);

      assertThat(clock.getWarnAt()).isNull();
      assertThat(clock.getNextCheckAt()).isEqualTo(clock.getDueAt());
    }

    @Test
    void aZeroTargetIsDueAtOnceWithoutWarning() {
      SlaClock clock = started(IN_OFFICE, 0, MONDAY_10);

      assertThat(clock.getDueAt()).isEqualTo(MONDAY_10);
      assertThat(clock.getWarnAt()).isNull();
      assertThat(clock.getNextCheckAt()).isEqualTo(MONDAY_10);
    }

    @Test
    void outsideWorkingHoursCountingBeginsWithTheNextSlot() {
      // Saturday 12:00 + 1h = Monday 10:00 Berlin
      SlaClock clock = started(IN_OFFICE, 60, utc("2027-01-02T11:00:00Z"));

      assertThat(clock.getDueAt()).isEqualTo(MONDAY_10);
    }

    @Test
    void startsPausedInAPauseStatus() {
      SlaClock clock = clock(240, 80);
      IN_OFFICE.start(clock, MONDAY_10, true);

      assertThat(clock.getState()).isEqualTo(ClockState.PAUSED);
      assertThat(clock.isCounting()).isFalse();
      assertThat(clock.getDueAt()).isNull();
      assertThat(clock.getNextCheckAt()).isNull();
      assertThat(clock.getPauses()).hasSize(1);
    }

    @Test
    void aCalendarWithoutWorkingTimeNeverComesDue() {
      ClockRules never =
          new ClockRules(new BusinessCalendar(ZoneOffset.UTC, WeeklySchedule.empty(), List.of()));
      SlaClock clock = started(never, 60, MONDAY_10);

      assertThat(clock.getDueAt()).isNull();
      assertThat(clock.getNextCheckAt()).isNull();
      assertThat(ClockRules.fireDue(clock, MONDAY_10.plus(Duration.ofDays(400)))).isNull();
    }
  }

  @Nested
  class Pausing {

    @Test
    void keepsTheBusinessTimeUsedAndDropsTheDeadline() {
      SlaClock clock = started(IN_OFFICE, 240, MONDAY_10);

      IN_OFFICE.pause(clock, utc("2027-01-04T10:30:00Z")); // 11:30

      assertThat(clock.getState()).isEqualTo(ClockState.PAUSED);
      assertThat(clock.consumed()).isEqualTo(Duration.ofMinutes(90));
      assertThat(clock.getDueAt()).isNull();
      assertThat(clock.getWarnAt()).isNull();
      assertThat(clock.getNextCheckAt()).isNull();
      assertThat(clock.isPaused()).isTrue();
    }

    @Test
    void resumingMovesTheDeadlineByThePause() {
      SlaClock clock = started(IN_OFFICE, 240, MONDAY_10);
      IN_OFFICE.pause(clock, utc("2027-01-04T10:30:00Z")); // 11:30, 90 min used

      IN_OFFICE.resume(clock, utc("2027-01-05T08:00:00Z")); // Tue 09:00, 150 min left

      assertThat(clock.getState()).isEqualTo(ClockState.RUNNING);
      // Tue 09:00 + 2h30 = 11:30 Berlin
      assertThat(clock.getDueAt()).isEqualTo(utc("2027-01-05T10:30:00Z"));
      assertThat(clock.isPaused()).isFalse();
      assertThat(clock.getPauses())
          .singleElement()
          .satisfies(
              pause -> {
                assertThat(pause.getFrom()).isEqualTo(utc("2027-01-04T10:30:00Z"));
                assertThat(pause.getTo()).isEqualTo(utc("2027-01-05T08:00:00Z"));
              });
    }

    @Test
    void nightsUseNoBusinessTime() {
      SlaClock clock = started(IN_OFFICE, 240, utc("2027-01-04T16:00:00Z")); // Mon 17:00

      IN_OFFICE.pause(clock, utc("2027-01-05T07:00:00Z")); // Tue 08:00

      assertThat(clock.consumed()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void pausingTwiceOrResumingARunningClockChangesNothing() {
      SlaClock clock = started(IN_OFFICE, 240, MONDAY_10);
      IN_OFFICE.resume(clock, utc("2027-01-04T10:00:00Z"));

      assertThat(clock.getRunningSince()).isEqualTo(MONDAY_10);

      IN_OFFICE.pause(clock, utc("2027-01-04T10:00:00Z"));
      IN_OFFICE.pause(clock, utc("2027-01-04T11:00:00Z"));

      assertThat(clock.consumed()).isEqualTo(Duration.ofHours(1));
      assertThat(clock.getPauses()).hasSize(1);
    }

    @Test
    void aBreachedClockKeepsItsDeadlineWhilePaused() {
      SlaClock clock = started(ALL_DAY, 60, MONDAY_10);
      ClockRules.fireDue(clock, MONDAY_10.plus(hours(2)));

      ALL_DAY.pause(clock, MONDAY_10.plus(hours(3)));

      assertThat(clock.getState()).isEqualTo(ClockState.BREACHED);
      assertThat(clock.getDueAt()).isEqualTo(MONDAY_10.plus(hours(1)));
      assertThat(clock.consumed()).isEqualTo(hours(3));
      assertThat(clock.getNextCheckAt()).isNull();
    }
  }

  @Nested
  class Firing {

    @Test
    void firesNothingBeforeTheWarning() {
      SlaClock clock = started(ALL_DAY, 100, MONDAY_10);

      assertThat(ClockRules.fireDue(clock, MONDAY_10.plus(Duration.ofMinutes(79)))).isNull();
      assertThat(clock.getNextCheckAt()).isEqualTo(MONDAY_10.plus(Duration.ofMinutes(80)));
    }

    @Test
    void firesTheWarningOnceThenTheBreachOnce() {
      SlaClock clock = started(ALL_DAY, 100, MONDAY_10);
      Instant warnAt = MONDAY_10.plus(Duration.ofMinutes(80));
      Instant dueAt = MONDAY_10.plus(Duration.ofMinutes(100));

      assertThat(ClockRules.fireDue(clock, warnAt)).isEqualTo(SlaEventKind.WARNING);
      assertThat(clock.getWarnedAt()).isEqualTo(warnAt);
      assertThat(clock.getNextCheckAt()).isEqualTo(dueAt);
      assertThat(ClockRules.fireDue(clock, warnAt.plusSeconds(30))).isNull();

      assertThat(ClockRules.fireDue(clock, dueAt)).isEqualTo(SlaEventKind.BREACH);
      assertThat(clock.getState()).isEqualTo(ClockState.BREACHED);
      assertThat(clock.getBreachedAt()).isEqualTo(dueAt);
      assertThat(clock.getNextCheckAt()).isNull();
      assertThat(ClockRules.fireDue(clock, dueAt.plusSeconds(30))).isNull();
    }

    @Test
    void aLateSweepFiresOnlyTheBreach() {
      SlaClock clock = started(ALL_DAY, 100, MONDAY_10);

      assertThat(ClockRules.fireDue(clock, MONDAY_10.plus(hours(5))))
          .isEqualTo(SlaEventKind.BREACH);
      assertThat(clock.getWarnedAt()).isNull();
      assertThat(ClockRules.fireDue(clock, MONDAY_10.plus(hours(6)))).isNull();
    }

    @Test
    void repairsAStaleNextCheckWhenNothingIsDue() {
      SlaClock clock = started(ALL_DAY, 100, MONDAY_10);
      clock.schedule(clock.getDueAt(), clock.getWarnAt(), MONDAY_10);

      assertThat(ClockRules.fireDue(clock, MONDAY_10.plus(Duration.ofMinutes(1)))).isNull();
      assertThat(clock.getNextCheckAt()).isEqualTo(MONDAY_10.plus(Duration.ofMinutes(80)));
    }

    @Test
    void aBreachedClockNeedsNoMoreChecks() {
      SlaClock clock = started(ALL_DAY, 60, MONDAY_10);
      ClockRules.fireDue(clock, MONDAY_10.plus(hours(1)));
      clock.schedule(clock.getDueAt(), null, MONDAY_10);

      ALL_DAY.schedule(clock);

      assertThat(clock.getNextCheckAt()).isNull();
      assertThat(clock.getDueAt()).isEqualTo(MONDAY_10.plus(hours(1)));
    }

    @Test
    void aPausedClockNeverFires() {
      SlaClock clock = started(ALL_DAY, 60, MONDAY_10);
      ALL_DAY.pause(clock, MONDAY_10.plus(Duration.ofMinutes(30)));

      assertThat(ClockRules.fireDue(clock, MONDAY_10.plus(hours(10)))).isNull();
      assertThat(clock.getState()).isEqualTo(ClockState.PAUSED);
    }

    @Test
    void aMetClockNeverFires() {
      SlaClock clock = started(ALL_DAY, 60, MONDAY_10);
      ALL_DAY.complete(clock, MONDAY_10.plus(Duration.ofMinutes(30)));

      assertThat(ClockRules.fireDue(clock, MONDAY_10.plus(hours(10)))).isNull();
    }
  }

  @Nested
  class Completing {

    @Test
    void inTimeIsMetWithTheBusinessTimeUsed() {
      SlaClock clock = started(IN_OFFICE, 240, MONDAY_10);
      Instant reply = utc("2027-01-04T13:30:00Z"); // 14:30: 3h used, 1h of it after lunch

      IN_OFFICE.complete(clock, reply);

      assertThat(clock.getState()).isEqualTo(ClockState.MET);
      assertThat(clock.getCompletedAt()).isEqualTo(reply);
      assertThat(clock.consumed()).isEqualTo(Duration.ofMinutes(210));
      assertThat(clock.isCounting()).isFalse();
      assertThat(clock.getNextCheckAt()).isNull();
      assertThat(clock.isOpen()).isFalse();
    }

    @Test
    void afterAnUnfiredDeadlineIsStillABreach() {
      SlaClock clock = started(ALL_DAY, 60, MONDAY_10);

      ALL_DAY.complete(clock, MONDAY_10.plus(hours(2)));

      assertThat(clock.getState()).isEqualTo(ClockState.BREACHED);
      assertThat(clock.getBreachedAt()).isEqualTo(MONDAY_10.plus(hours(1)));
    }

    @Test
    void aBreachStaysABreachWhenTheWorkIsDone() {
      SlaClock clock = started(ALL_DAY, 60, MONDAY_10);
      ClockRules.fireDue(clock, MONDAY_10.plus(hours(1)));

      ALL_DAY.complete(clock, MONDAY_10.plus(hours(3)));

      assertThat(clock.getState()).isEqualTo(ClockState.BREACHED);
      assertThat(clock.consumed()).isEqualTo(hours(3));
      assertThat(clock.getCompletedAt()).isEqualTo(MONDAY_10.plus(hours(3)));
    }

    @Test
    void aPausedClockIsMetAndItsPauseEnds() {
      SlaClock clock = started(ALL_DAY, 60, MONDAY_10);
      ALL_DAY.pause(clock, MONDAY_10.plus(Duration.ofMinutes(20)));

      ALL_DAY.complete(clock, MONDAY_10.plus(hours(5)));

      assertThat(clock.getState()).isEqualTo(ClockState.MET);
      assertThat(clock.consumed()).isEqualTo(Duration.ofMinutes(20));
      assertThat(clock.getPauses()).allSatisfy(pause -> assertThat(pause.isOpen()).isFalse());
    }

    @Test
    void completingTwiceKeepsTheFirstCompletion() {
      SlaClock clock = started(ALL_DAY, 60, MONDAY_10);
      ALL_DAY.complete(clock, MONDAY_10.plus(Duration.ofMinutes(10)));
      ALL_DAY.complete(clock, MONDAY_10.plus(hours(4)));

      assertThat(clock.getCompletedAt()).isEqualTo(MONDAY_10.plus(Duration.ofMinutes(10)));
      assertThat(clock.getState()).isEqualTo(ClockState.MET);
    }
  }

  @Nested
  class Reopening {

    @Test
    void resumesWithTheTimeAlreadyUsed() {
      SlaClock clock = started(ALL_DAY, 240, MONDAY_10);
      ALL_DAY.complete(clock, MONDAY_10.plus(hours(3)));

      Instant reopened = MONDAY_10.plus(hours(10));
      ALL_DAY.reopen(clock, reopened, false);

      assertThat(clock.getState()).isEqualTo(ClockState.RUNNING);
      assertThat(clock.getCompletedAt()).isNull();
      assertThat(clock.consumed()).isEqualTo(hours(3));
      assertThat(clock.getDueAt()).isEqualTo(reopened.plus(hours(1)));
      assertThat(clock.getCycle()).isEqualTo(1);
    }

    @Test
    void aBreachedClockStaysBreachedAndCountsOn() {
      SlaClock clock = started(ALL_DAY, 60, MONDAY_10);
      ClockRules.fireDue(clock, MONDAY_10.plus(hours(1)));
      ALL_DAY.complete(clock, MONDAY_10.plus(hours(2)));

      ALL_DAY.reopen(clock, MONDAY_10.plus(hours(5)), false);

      assertThat(clock.getState()).isEqualTo(ClockState.BREACHED);
      assertThat(clock.isCounting()).isTrue();
      assertThat(ALL_DAY.consumedAt(clock, MONDAY_10.plus(hours(6)))).isEqualTo(hours(3));
      assertThat(clock.getNextCheckAt()).isNull();
    }

    @Test
    void canReopenIntoAPause() {
      SlaClock clock = started(ALL_DAY, 240, MONDAY_10);
      ALL_DAY.complete(clock, MONDAY_10.plus(hours(1)));

      ALL_DAY.reopen(clock, MONDAY_10.plus(hours(2)), true);

      assertThat(clock.getState()).isEqualTo(ClockState.PAUSED);
      assertThat(clock.consumed()).isEqualTo(hours(1));
      assertThat(clock.getDueAt()).isNull();
    }

    @Test
    void anOpenClockIsNotReopened() {
      SlaClock clock = started(ALL_DAY, 240, MONDAY_10);

      ALL_DAY.reopen(clock, MONDAY_10.plus(hours(2)), false);

      assertThat(clock.getRunningSince()).isEqualTo(MONDAY_10);
    }
  }

  @Nested
  class Retargeting {

    @Test
    void keepsTheTimeUsedUnderTheNewTarget() {
      SlaClock clock = started(ALL_DAY, 480, MONDAY_10);
      Instant change = MONDAY_10.plus(hours(3));

      ALL_DAY.retarget(clock, ALWAYS, 2L, hours(4), 50, change);

      assertThat(clock.getPolicyId()).isEqualTo(2L);
      assertThat(clock.getTargetMinutes()).isEqualTo(240);
      assertThat(clock.consumed()).isEqualTo(hours(3));
      assertThat(clock.getDueAt()).isEqualTo(change.plus(hours(1)));
      // 50% of 4h was reached an hour ago: the warning is due at once
      assertThat(clock.getWarnAt()).isEqualTo(change);
    }

    @Test
    void countsTheTimeSoFarInThePreviousCalendar() {
      // Counted around the clock from Sat 12:00 to Mon 10:00 Berlin (46h), then office hours.
      SlaClock clock = started(ALL_DAY, 48 * 60, utc("2027-01-02T11:00:00Z"));

      IN_OFFICE.retarget(clock, ALWAYS, 2L, hours(48), 80, MONDAY_10);

      assertThat(clock.consumed()).isEqualTo(hours(46));
      // 2h of office time left: Mon 10:00-12:00
      assertThat(clock.getDueAt()).isEqualTo(utc("2027-01-04T11:00:00Z"));
    }

    @Test
    void aTargetAlreadyUsedUpIsDueAtOnce() {
      SlaClock clock = started(ALL_DAY, 480, MONDAY_10);
      Instant change = MONDAY_10.plus(hours(5));

      ALL_DAY.retarget(clock, ALWAYS, 2L, hours(2), 80, change);

      assertThat(clock.getDueAt()).isEqualTo(change);
      assertThat(ClockRules.fireDue(clock, change)).isEqualTo(SlaEventKind.BREACH);
    }

    @Test
    void aPausedClockStaysPausedUnderItsNewTarget() {
      SlaClock clock = started(ALL_DAY, 480, MONDAY_10);
      ALL_DAY.pause(clock, MONDAY_10.plus(hours(1)));

      ALL_DAY.retarget(clock, ALWAYS, 2L, hours(2), 80, MONDAY_10.plus(hours(4)));

      assertThat(clock.getState()).isEqualTo(ClockState.PAUSED);
      assertThat(clock.consumed()).isEqualTo(hours(1));
      assertThat(clock.getDueAt()).isNull();

      ALL_DAY.resume(clock, MONDAY_10.plus(hours(6)));
      assertThat(clock.getDueAt()).isEqualTo(MONDAY_10.plus(hours(7)));
    }

    @Test
    void aWarningThatFiredIsNotRepeated() {
      SlaClock clock = started(ALL_DAY, 100, MONDAY_10);
      ClockRules.fireDue(clock, MONDAY_10.plus(Duration.ofMinutes(80)));

      ALL_DAY.retarget(clock, ALWAYS, 2L, hours(10), 80, MONDAY_10.plus(Duration.ofMinutes(90)));

      assertThat(clock.getWarnAt()).isNull();
      assertThat(clock.getNextCheckAt()).isEqualTo(clock.getDueAt());
    }
  }

  @Nested
  class Cycles {

    @Test
    void aNewCycleStartsFromZero() {
      SlaClock clock = started(ALL_DAY, 60, MONDAY_10);
      ClockRules.fireDue(clock, MONDAY_10.plus(hours(2)));
      ALL_DAY.complete(clock, MONDAY_10.plus(hours(3)));

      Instant next = MONDAY_10.plus(hours(5));
      ALL_DAY.start(clock, next, false);

      assertThat(clock.getCycle()).isEqualTo(2);
      assertThat(clock.getState()).isEqualTo(ClockState.RUNNING);
      assertThat(clock.consumed()).isZero();
      assertThat(clock.getBreachedAt()).isNull();
      assertThat(clock.getCompletedAt()).isNull();
      assertThat(clock.getDueAt()).isEqualTo(next.plus(hours(1)));
    }

    @Test
    void pausesRecordTheirCycle() {
      SlaClock clock = started(ALL_DAY, 60, MONDAY_10);
      ALL_DAY.complete(clock, MONDAY_10.plus(hours(1)));
      ALL_DAY.start(clock, MONDAY_10.plus(hours(2)), true);

      assertThat(clock.getPauses()).extracting(ClockPause::getCycle).containsExactly(2);
    }
  }

  @Test
  void consumedAndRemainingIncludeTheRunningStretch() {
    SlaClock clock = started(IN_OFFICE, 240, MONDAY_10);
    Instant lunch = utc("2027-01-04T12:30:00Z"); // 13:30 Berlin

    assertThat(IN_OFFICE.consumedAt(clock, lunch)).isEqualTo(hours(3));
    assertThat(IN_OFFICE.remainingAt(clock, lunch)).isEqualTo(hours(1));
    assertThat(IN_OFFICE.consumedAt(clock, MONDAY_10.minusSeconds(60))).isZero();
    // Mon 17:00 Berlin: 6h used of 4h
    assertThat(IN_OFFICE.remainingAt(clock, utc("2027-01-04T16:00:00Z"))).isEqualTo(hours(-2));
  }
}
