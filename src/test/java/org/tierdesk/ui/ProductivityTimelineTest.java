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

/** How the timeline words tags, time, links, merges, forced resolutions and macros. */
class ProductivityTimelineTest {

  private static final Instant AT = Instant.parse("2026-11-25T10:00:00Z");

  private final Timeline timeline =
      new Timeline(
          ProductivityTimelineTest::text, new Timeline.Names(Map.of(), Map.of(), Map.of()));

  /** Bundle lookups as "key(arguments)". */
  private static String text(String key, Object... arguments) {
    return key
        + "("
        + Arrays.stream(arguments).map(String::valueOf).collect(Collectors.joining(","))
        + ")";
  }

  private String change(
      TicketEventType type, String field, String oldValue, String newValue, String body) {
    HistoryEntry entry =
        new HistoryEntry(1, type, "line1", "Lev", AT, field, oldValue, newValue, body, true, null);
    return timeline.of(List.of(entry), List.of(), true).get(0).change();
  }

  @Test
  void namesTheTagTheMinutesAndTheMacro() {
    assertThat(change(TicketEventType.TAG_ADDED, "tag", null, "vpn", null))
        .isEqualTo("ui.timeline.tag(vpn)");
    assertThat(change(TicketEventType.TAG_REMOVED, "tag", "vpn", null, null))
        .isEqualTo("ui.timeline.tag(vpn)");
    assertThat(change(TicketEventType.TIME_LOGGED, "minutes", null, "30", "Checked logs"))
        .isEqualTo("ui.timeline.minutes(30)");
    assertThat(change(TicketEventType.MACRO_APPLIED, "macro", null, "Ask for logs", null))
        .isEqualTo("ui.timeline.macro(Ask for logs)");
    assertThat(change(TicketEventType.RESOLUTION_FORCED, "children", null, "2", "Workaround"))
        .isEqualTo("ui.timeline.openChildren(2)");
  }

  @Test
  void namesTheLinkedTicketByItsRole() {
    assertThat(change(TicketEventType.LINKED, "child", null, "TD-1005", null))
        .isEqualTo("ui.timeline.link.child(TD-1005)");
    assertThat(change(TicketEventType.UNLINKED, "related", null, "TD-1006", null))
        .isEqualTo("ui.timeline.link.related(TD-1006)");
    assertThat(change(TicketEventType.MERGED, "mergedFrom", null, "TD-1007", null))
        .isEqualTo("ui.timeline.link.mergedFrom(TD-1007)");
  }

  @Test
  void marksEntriesCopiedFromAMergedTicket() {
    assertThat(change(TicketEventType.REPLY, "mergedFrom", "TD-1007", null, "Still broken"))
        .isEqualTo("ui.timeline.copiedFrom(TD-1007)");
  }
}
