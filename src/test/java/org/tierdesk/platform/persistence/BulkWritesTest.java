package org.tierdesk.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BulkWritesTest {

  private static final List<String> COLUMNS = List.of("id", "kind", "due_at", "fired_at", "note");

  @Test
  void instantsGoAsTheUtcWallClockTextOfTheirTimestamp() {
    assertThat(BulkWrites.timestampText(Instant.parse("2026-12-02T10:04:05.123456789Z")))
        .isEqualTo("2026-12-02 10:04:05.123456789");
    assertThat(BulkWrites.timestampText(Instant.parse("2026-01-09T00:00:00Z")))
        .isEqualTo("2026-01-09 00:00:00.000000000");
    // Before 1970 the epoch second is negative and the fraction still counts forward.
    assertThat(BulkWrites.timestampText(Instant.parse("1969-12-31T23:59:59.500Z")))
        .isEqualTo("1969-12-31 23:59:59.500000000");
    // The same text as the driver sent for the Timestamp before, apart from trailing digits.
    Instant sample = Instant.parse("2031-07-15T08:09:10.000120Z");
    assertThat(BulkWrites.timestampText(sample))
        .startsWith(BulkWrites.timestamp(sample).toString());
  }

  @Test
  void equalColumnsAreBoundOnceAndTheOthersAsTypedArrays() {
    Instant now = Instant.parse("2026-12-02T10:00:00Z");
    Instant due1 = Instant.parse("2026-12-02T08:15:00.5Z");
    Instant due2 = Instant.parse("2026-12-02T09:30:00Z");
    BulkWrites.ArrayInsert insert =
        BulkWrites.ArrayInsert.of(
            "sla_event",
            COLUMNS,
            List.of(
                new Object[] {101L, "BREACH", due1, now, null},
                new Object[] {102L, "BREACH", due2, now, null}));

    assertThat(insert.sql())
        .isEqualTo(
            "INSERT INTO sla_event (id, kind, due_at, fired_at, note)"
                + " SELECT u.c0, CAST(? AS varchar), u.c2, CAST(? AS timestamp), NULL"
                + " FROM unnest(?, ?) AS u(c0, c2)");
    assertThat(insert.scalars()).containsExactly("BREACH", now);
    assertThat(insert.arrayTypes()).containsExactly("int8", "timestamp");
    assertThat(insert.arrays().get(0)).isInstanceOf(Long[].class).containsExactly(101L, 102L);
    assertThat(insert.arrays().get(1))
        .isInstanceOf(String[].class)
        .containsExactly("2026-12-02 08:15:00.500000000", "2026-12-02 09:30:00.000000000");
  }

  @Test
  void aColumnWithSomeNullsStaysAnArrayWithTheNulls() {
    BulkWrites.ArrayInsert insert =
        BulkWrites.ArrayInsert.of(
            "t",
            List.of("id", "ticket_id", "flag"),
            List.of(new Object[] {1L, null, true}, new Object[] {2L, 7L, true}));

    assertThat(insert.sql())
        .isEqualTo(
            "INSERT INTO t (id, ticket_id, flag) SELECT u.c0, u.c1, CAST(? AS bool)"
                + " FROM unnest(?, ?) AS u(c0, c1)");
    assertThat(Arrays.asList(insert.arrays().get(1))).containsExactly(null, 7L);
    assertThat(insert.scalars()).containsExactly(true);
  }

  @Test
  void aSingleRowStillUnnestsOneArray() {
    BulkWrites.ArrayInsert insert =
        BulkWrites.ArrayInsert.of(
            "t", List.of("id", "kind", "note"), List.<Object[]>of(new Object[] {5L, "X", null}));

    assertThat(insert.sql())
        .isEqualTo(
            "INSERT INTO t (id, kind, note) SELECT CAST(? AS int8), u.c1, NULL"
                + " FROM unnest(?) AS u(c1)");
    assertThat(insert.arrays()).hasSize(1);
    assertThat(insert.arrays().get(0)).containsExactly("X");
  }

  @Test
  void mixedValueTypesInAColumnAreRefused() {
    assertThatThrownBy(
            () ->
                BulkWrites.ArrayInsert.of(
                    "t",
                    List.of("id"),
                    List.of(new Object[] {1L}, new Object[] {Integer.valueOf(2)})))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
