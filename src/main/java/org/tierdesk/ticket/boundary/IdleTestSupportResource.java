package org.tierdesk.ticket.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tierdesk.platform.testsupport.TestSupport;

/**
 * Test support for idle escalation: {@code POST /api/v1/test-support/idle/sweep} runs one sweep
 * now. Only with {@code tierdesk.test-support=true}, only for admins.
 */
@Path("test-support/idle")
@Tag(name = "Test support")
@Produces(MediaType.APPLICATION_JSON)
public class IdleTestSupportResource {

  @Inject TestSupport guard;
  @Inject IdleSweep sweep;

  @POST
  @Path("sweep")
  @Operation(summary = "Run one idle escalation sweep now (test support only)")
  public Map<String, Integer> sweep() {
    guard.requireEnabledForAdmin();
    return Map.of("escalated", sweep.sweep());
  }
}
