package org.tierdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tierdesk.ticket.boundary.HistoryEntry;
import org.tierdesk.ticket.entity.TicketEventType;

/** SLA entries on the timeline: which timer, its deadline for the viewer, the escalation reason. */
class SlaTimelineTest {

  private static final Instant AT = Instant.parse("2027-01-06T14:30:00Z");

  private final Timeline timeline =
      new Timeline(
          SlaTimelineTest::text,
          new Timeline.Names(Map.of(), Map.of("L2", "Line 2"), Map.of()),
          instant -> "at " + instant.getEpochSecond());

  @Test
  void namesTheTimerAndShowsItsDeadlineToTheViewer() {
    HistoryEntry breach =
        entry(TicketEventType.SLA_BREACHED, null, "FIRST_RESPONSE", "2027-01-06T12:00:00Z", null);

    TimelineItem item = timeline.of(List.of(breach), List.of(), true).get(0);

    assertThat(item.change())
        .isEqualTo(
            "ui.timeline.slaDue[sla.metric.FIRST_RESPONSE[], at "
                + Instant.parse("2027-01-06T12:00:00Z").getEpochSecond()
                + "]");
  }

  @Test
  void aWarningWithoutDeadlineStillNamesItsTimer() {
    HistoryEntry warning = entry(TicketEventType.SLA_WARNING, null, "RESOLUTION", null, null);

    assertThat(timeline.of(List.of(warning), List.of(), true).get(0).change())
        .isEqualTo("sla.metric.RESOLUTION[]");
  }

  @Test
  void wordsTheReasonTheSystemLeftAsAKey() {
    HistoryEntry escalation =
        entry(TicketEventType.LINE_CHANGED, null, "line", "L2", "sla.reason.breach.FIRST_RESPONSE");

    assertThat(timeline.of(List.of(escalation), List.of(), true).get(0).body())
        .isEqualTo("sla.reason.breach.FIRST_RESPONSE[]");
  }

  @Test
  void keepsWhatAPersonWroteEvenIfItLooksLikeAKey() {
    HistoryEntry note =
        entry(TicketEventType.NOTE, "line1", null, null, "sla.reason.breach.FIRST_RESPONSE");

    assertThat(timeline.of(List.of(note), List.of(), true).get(0).body())
        .isEqualTo("sla.reason.breach.FIRST_RESPONSE");
  }

  private static HistoryEntry entry(
      TicketEventType type, String actor, String field, String newValue, String body) {
    return new HistoryEntry(1, type, actor, actor, AT, field, null, newValue, body, true, null);
  }

  private static String text(String key, Object... arguments) {
    return key
        + "["
        + Arrays.stream(arguments).map(String::valueOf).collect(Collectors.joining(", "))
        + "]";
  }
}
