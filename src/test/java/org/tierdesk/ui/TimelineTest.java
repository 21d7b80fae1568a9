package org.tierdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tierdesk.ticket.boundary.AttachmentView;
import org.tierdesk.ticket.boundary.HistoryEntry;
import org.tierdesk.ticket.entity.TicketEventType;

/** The timeline words history codes for the viewer and hides what they may not see. */
class TimelineTest {

  private static final Instant AT = Instant.parse("2026-05-04T10:00:00Z");

  /** Bundle lookups as "key[arguments]"; a few keys have a text, as in the real bundle. */
  private static final Map<String, String> TEXTS =
      Map.of(
          "ui.field.priority", "Priority",
          "ui.field.status", "Status",
          "ui.field.category", "Category",
          "ui.field.assignee", "Assignee",
          "ui.none", "—",
          "priority.NORMAL", "Normal",
          "priority.HIGH", "High",
          "status.NEW", "New",
          "status.IN_PROGRESS", "In progress");

  private final Timeline timeline =
      new Timeline(
          TimelineTest::text,
          new Timeline.Names(
              Map.of("NETWORK", "Network and VPN"),
              Map.of("L1", "Line 1"),
              Map.of("line1", "Lev Line-One")));

  @Test
  void wordsAChangeOfPriorityWithLabels() {
    TimelineItem item = only(change(TicketEventType.FIELD_CHANGED, "priority", "NORMAL", "HIGH"));

    assertThat(item.change()).isEqualTo("change: Priority, Normal, High");
  }

  @Test
  void wordsAStatusChangeAndKeepsItsComment() {
    HistoryEntry entry =
        new HistoryEntry(
            2,
            TicketEventType.STATUS_CHANGED,
            "line1",
            "Lev Line-One",
            AT,
            "status",
            "NEW",
            "IN_PROGRESS",
            "Looking into it",
            false,
            null);

    TimelineItem item = only(entry);

    assertThat(item.change()).isEqualTo("change: Status, New, In progress");
    assertThat(item.body()).isEqualTo("Looking into it");
    assertThat(item.actorName()).isEqualTo("Lev Line-One");
  }

  @Test
  void namesCategoriesAndPeopleAndShowsEmptyValuesAsNone() {
    assertThat(only(change(TicketEventType.FIELD_CHANGED, "category", null, "NETWORK")).change())
        .isEqualTo("change: Category, —, Network and VPN");
    assertThat(only(change(TicketEventType.ASSIGNED, "assignee", null, "line1")).change())
        .isEqualTo("change: Assignee, —, Lev Line-One");
  }

  @Test
  void showsUnknownCodesAsTheyAre() {
    assertThat(only(change(TicketEventType.FIELD_CHANGED, "category", "GONE", "NEW_ONE")).change())
        .isEqualTo("change: Category, GONE, NEW_ONE");
    assertThat(
            only(change(TicketEventType.FIELD_CHANGED, "priority", "NORMAL", "CRITICAL")).change())
        .isEqualTo("change: Priority, Normal, CRITICAL");
  }

  @Test
  void leavesInternalNotesOutForRequesters() {
    HistoryEntry reply = message(3, "Have you tried turning it off and on?", false);
    HistoryEntry note = message(4, "Probably the switch again", true);

    assertThat(timeline.of(List.of(reply, note), List.of(), false))
        .extracting(TimelineItem::id)
        .containsExactly(3L);
    assertThat(timeline.of(List.of(reply, note), List.of(), true))
        .extracting(TimelineItem::kind)
        .containsExactly("message", "internal");
  }

  @Test
  void showsAttachmentsWithTheirNameAndSize() {
    HistoryEntry attached =
        new HistoryEntry(
            5,
            TicketEventType.ATTACHMENT_ADDED,
            "employee",
            "Elena Employee",
            AT,
            null,
            null,
            "vpn.log",
            null,
            false,
            77L);
    AttachmentView file = new AttachmentView(77, "vpn.log", "text/plain", 4096, "employee", AT);

    TimelineItem item = timeline.of(List.of(attached), List.of(file), false).get(0);

    assertThat(item.hasAttachment()).isTrue();
    assertThat(item.attachmentName()).isEqualTo("vpn.log");
    assertThat(item.attachmentSize()).isEqualTo(4096L);
    assertThat(item.change()).isNull();
  }

  @Test
  void givesEntriesWithoutAnOldAndNewValueNoChangeLine() {
    // SLA entries do get a line: the timer and its deadline (SlaTimelineTest).
    HistoryEntry created =
        new HistoryEntry(
            6, TicketEventType.CREATED, null, null, AT, null, null, null, null, false, null);

    TimelineItem item = timeline.of(List.of(created), List.of(), true).get(0);

    assertThat(item.change()).isNull();
    assertThat(item.actorName()).isEqualTo("ui.timeline.system");
  }

  private TimelineItem only(HistoryEntry entry) {
    return timeline.of(List.of(entry), List.of(), true).get(0);
  }

  private static HistoryEntry change(
      TicketEventType type, String field, String oldValue, String newValue) {
    return new HistoryEntry(
        1, type, "line1", "Lev Line-One", AT, field, oldValue, newValue, null, false, null);
  }

  private static HistoryEntry message(long id, String body, boolean internal) {
    return new HistoryEntry(
        id,
        internal ? TicketEventType.NOTE : TicketEventType.REPLY,
        "line1",
        "Lev Line-One",
        AT,
        null,
        null,
        null,
        body,
        internal,
        null);
  }

  private static String text(String key, Object... arguments) {
    if (key.equals("ui.timeline.change")) {
      return "change: "
          + Arrays.stream(arguments).map(String::valueOf).collect(Collectors.joining(", "));
    }
    return TEXTS.getOrDefault(key, key);
  }
}
