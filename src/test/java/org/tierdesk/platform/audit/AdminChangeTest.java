package org.tierdesk.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AdminChangeTest {

  static final class Change extends AdminChange {
    Change(String key, String detail) {
      super(7, Instant.EPOCH, "LINE", key, "UPDATE", detail);
    }
  }

  @Test
  void keepsWhatFitsItsColumns() {
    Change change = new Change("L1", "{\"name\":\"Line 1\"}");

    assertThat(change.getSubjectKey()).isEqualTo("L1");
    assertThat(change.getDetail()).isEqualTo("{\"name\":\"Line 1\"}");
    assertThat(change.getActorId()).isEqualTo(7);
    assertThat(change.getOccurredAt()).isEqualTo(Instant.EPOCH);
  }

  @Test
  void cutsOverLongKeysAndDetailsToTheirColumns() {
    Change change = new Change("k".repeat(150), "d".repeat(5000));

    assertThat(change.getSubjectKey()).hasSize(AdminChange.MAX_SUBJECT_KEY);
    assertThat(change.getDetail()).hasSize(AdminChange.MAX_DETAIL);
    assertThat(new Change("L1", null).getDetail()).isNull();
  }
}
