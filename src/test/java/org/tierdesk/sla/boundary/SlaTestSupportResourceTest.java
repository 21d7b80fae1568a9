package org.tierdesk.sla.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tierdesk.sla.control.FiredEvent;
import org.tierdesk.sla.control.SweepReport;
import org.tierdesk.sla.entity.SlaEventKind;
import org.tierdesk.sla.entity.SlaMetric;

class SlaTestSupportResourceTest {

  @Test
  void theSweepReportIsWrittenAsJsonBWroteIt() {
    Instant swept = Instant.parse("2026-12-03T04:32:15.017717Z");
    SweepReport report =
        new SweepReport(
            swept,
            List.of(
                new FiredEvent(
                    50151,
                    10000001,
                    SlaMetric.RESOLUTION,
                    SlaEventKind.BREACH,
                    Instant.parse("2026-12-03T01:00:00.360Z"),
                    swept,
                    "REQUEST"),
                new FiredEvent(
                    50152,
                    10000002,
                    SlaMetric.FIRST_RESPONSE,
                    SlaEventKind.WARNING,
                    Instant.parse("2026-12-03T01:00:00Z"),
                    swept,
                    "REQUEST")),
            List.of("50151:NOTIFIED:1"),
            Instant.parse("2026-12-03T13:55:48.520901Z"));

    // What JSON-B (Yasson) wrote for the same report before: keys in lexicographic order.
    assertThat(json(report))
        .isEqualTo(
            "{\"actions\":[\"50151:NOTIFIED:1\"],\"fired\":["
                + "{\"dueAt\":\"2026-12-03T01:00:00.360Z\",\"eventId\":50151,"
                + "\"firedAt\":\"2026-12-03T04:32:15.017717Z\",\"firedBy\":\"REQUEST\","
                + "\"kind\":\"BREACH\",\"metric\":\"RESOLUTION\",\"ticketId\":10000001},"
                + "{\"dueAt\":\"2026-12-03T01:00:00Z\",\"eventId\":50152,"
                + "\"firedAt\":\"2026-12-03T04:32:15.017717Z\",\"firedBy\":\"REQUEST\","
                + "\"kind\":\"WARNING\",\"metric\":\"FIRST_RESPONSE\",\"ticketId\":10000002}],"
                + "\"nextCheckAt\":\"2026-12-03T13:55:48.520901Z\","
                + "\"sweptAt\":\"2026-12-03T04:32:15.017717Z\"}");
  }

  @Test
  void nothingToCheckLeavesNextCheckAtOut() {
    Instant swept = Instant.parse("2026-12-02T22:30:12.345538Z");
    assertThat(json(new SweepReport(swept, List.of(), List.of(), null)))
        .isEqualTo("{\"actions\":[],\"fired\":[],\"sweptAt\":\"2026-12-02T22:30:12.345538Z\"}");
  }

  private static String json(SweepReport report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SlaTestSupportResource.write(report, out);
    return out.toString(StandardCharsets.UTF_8);
  }
}
