package org.tierdesk.ui.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tierdesk.ticket.boundary.HistoryEntry;
import org.tierdesk.ticket.entity.TicketEventType;

class LinePathTest {

  static HistoryEntry entry(TicketEventType type, String from, String to) {
    return new HistoryEntry(1, type, null, null, Instant.EPOCH, "line", from, to, null, true, null);
  }

  @Test
  void aTicketThatNeverMovedShowsItsLineOnly() {
    assertThat(TicketBacking.linePathOf(List.of(entry(TicketEventType.CREATED, null, null)), "L1"))
        .containsExactly("L1");
  }

  @Test
  void everyLineChangeAddsAStepIncludingReturns() {
    List<HistoryEntry> history =
        List.of(
            entry(TicketEventType.CREATED, null, null),
            entry(TicketEventType.LINE_CHANGED, "L1", "L2"),
            entry(TicketEventType.ASSIGNED, null, "line2"),
            entry(TicketEventType.LINE_CHANGED, "L2", "L3"),
            entry(TicketEventType.LINE_CHANGED, "L3", "L2"));
    assertThat(TicketBacking.linePathOf(history, "L2")).containsExactly("L1", "L2", "L3", "L2");
  }
}
