package org.tierdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tierdesk.ticket.entity.TicketEventType;

/** Collision detection compares a page's newest entry with the ticket's current ones. */
class TimelineItemTest {

  @Test
  void findsTheNewestEntryWhateverTheOrder() {
    assertThat(TimelineItem.newestId(List.of(entry(3), entry(9), entry(5)))).isEqualTo(9L);
  }

  @Test
  void anEmptyTimelineHasNoNewestEntry() {
    assertThat(TimelineItem.newestId(List.of())).isEqualTo(Long.MIN_VALUE);
  }

  private static TimelineItem entry(long id) {
    return new TimelineItem(
        id, TicketEventType.REPLY, "Ann", Instant.EPOCH, null, "text", false, null, null, null);
  }
}
