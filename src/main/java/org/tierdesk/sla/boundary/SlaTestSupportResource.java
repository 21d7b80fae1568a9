package org.tierdesk.sla.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tierdesk.platform.testsupport.TestSupport;
import org.tierdesk.sla.control.SlaFiring;
import org.tierdesk.sla.control.SlaSweep;
import org.tierdesk.sla.control.SweepReport;

/**
 * Test support for the SLA sweep: {@code POST /api/v1/test-support/sla/sweep} runs one sweep now
 * and returns what fired. Only with {@code tierdesk.test-support=true}, only for admins.
 */
@Path("test-support/sla")
@Tag(name = "Test support")
@Produces(MediaType.APPLICATION_JSON)
public class SlaTestSupportResource {

  @Inject TestSupport guard;
  @Inject SlaSweep sweep;

  @POST
  @Path("sweep")
  @Operation(summary = "Run one SLA sweep now and report what fired (test support only)")
  public SweepReport sweep() {
    guard.requireEnabledForAdmin();
    return sweep.sweep(SlaFiring.BY_REQUEST);
  }
}
