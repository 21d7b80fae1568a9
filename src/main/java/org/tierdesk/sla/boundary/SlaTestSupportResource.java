package org.tierdesk.sla.boundary;

import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tierdesk.platform.testsupport.TestSupport;
import org.tierdesk.sla.control.FiredEvent;
import org.tierdesk.sla.control.SlaFiring;
import org.tierdesk.sla.control.SlaSweep;
import org.tierdesk.sla.control.SweepReport;

/**
 * Test support for the SLA sweep: {@code POST /api/v1/test-support/sla/sweep} runs one sweep now
 * and returns what fired; {@code GET /api/v1/test-support/sla/events?ticket=<id>} lists the
 * warnings and breaches that fired for a ticket (with what fired them). Only with {@code
 * tierdesk.test-support=true}, only for admins.
 */
@Path("test-support/sla")
@Tag(name = "Test support")
@Produces(MediaType.APPLICATION_JSON)
public class SlaTestSupportResource {

  /** Looked up once: each lookup goes through the service loader and the OSGi registry. */
  private static final JsonProvider JSON = JsonProvider.provider();

  @Inject TestSupport guard;
  @Inject SlaSweep sweep;
  @Inject SlaFiring firing;

  @POST
  @Path("sweep")
  @Operation(summary = "Run one SLA sweep now and report what fired (test support only)")
  public Response sweep() {
    guard.requireEnabledForAdmin();
    SweepReport report = sweep.sweep(SlaFiring.BY_REQUEST);
    StreamingOutput body = out -> write(report, out);
    return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
  }

  /**
   * The report as JSON-B would write it (properties in lexicographic order, instants in ISO-8601,
   * null left out), streamed: a sweep may report 10,000 events, and JSON-B's recursion check hashes
   * each record, the report's hash being that of its whole list of events, while the sweep
   * benchmark times the call.
   */
  static void write(SweepReport report, OutputStream out) {
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.writeStartObject();
      json.writeStartArray("actions");
      report.actions().forEach(json::write);
      json.writeEnd();
      json.writeStartArray("fired");
      for (FiredEvent event : report.fired()) {
        json.writeStartObject();
        writeInstant(json, "dueAt", event.dueAt());
        json.write("eventId", event.eventId());
        writeInstant(json, "firedAt", event.firedAt());
        if (event.firedBy() != null) {
          json.write("firedBy", event.firedBy());
        }
        if (event.kind() != null) {
          json.write("kind", event.kind().name());
        }
        if (event.metric() != null) {
          json.write("metric", event.metric().name());
        }
        json.write("ticketId", event.ticketId());
        json.writeEnd();
      }
      json.writeEnd();
      writeInstant(json, "nextCheckAt", report.nextCheckAt());
      writeInstant(json, "sweptAt", report.sweptAt());
      json.writeEnd();
    }
  }

  private static void writeInstant(JsonGenerator json, String name, Instant value) {
    if (value != null) {
      json.write(name, value.toString());
    }
  }

  @GET
  @Path("events")
  @Operation(summary = "The SLA events of a ticket, in firing order (test support only)")
  public List<FiredEvent> events(@QueryParam("ticket") long ticketId) {
    guard.requireEnabledForAdmin();
    return firing.eventsOf(ticketId);
  }
}
