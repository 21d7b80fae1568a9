package org.tierdesk.sla.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
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

  @Inject TestSupport guard;
  @Inject SlaSweep sweep;
  @Inject SlaFiring firing;

  @POST
  @Path("sweep")
  @Operation(summary = "Run one SLA sweep now and report what fired (test support only)")
  public SweepReport sweep() {
    guard.requireEnabledForAdmin();
    return sweep.sweep(SlaFiring.BY_REQUEST);
  }

  @GET
  @Path("events")
  @Operation(summary = "The SLA events of a ticket, in firing order (test support only)")
  public List<FiredEvent> events(@QueryParam("ticket") long ticketId) {
    guard.requireEnabledForAdmin();
    return firing.eventsOf(ticketId);
  }
}
