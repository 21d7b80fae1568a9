package org.tierdesk.ticket.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tierdesk.platform.errors.InvalidInput;
import org.tierdesk.platform.testsupport.TestSupport;

/**
 * Test support for {@code tierdesk.portal.department-tickets}, so that one running server can be
 * tested with the setting on and off: {@code PUT /api/v1/test-support/department-tickets} with
 * {@code {"enabled": true}}, {@code DELETE} to return to the configured value. Only with {@code
 * tierdesk.test-support=true}, only for admins.
 */
@Path("test-support/department-tickets")
@Tag(name = "Test support")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DepartmentTicketsTestSupportResource {

  @Inject TestSupport guard;
  @Inject DepartmentTickets departmentTickets;

  public record Setting(Boolean enabled) {}

  @PUT
  @Operation(summary = "Override the department-tickets setting (test support only)")
  public Setting set(Setting setting) {
    guard.requireEnabledForAdmin();
    if (setting == null || setting.enabled() == null) {
      throw new InvalidInput("enabled", "error.field.required");
    }
    departmentTickets.override(setting.enabled());
    return new Setting(departmentTickets.enabled());
  }

  @DELETE
  @Operation(summary = "Return to the configured department-tickets setting (test support only)")
  public Setting reset() {
    guard.requireEnabledForAdmin();
    departmentTickets.override(null);
    return new Setting(departmentTickets.enabled());
  }
}
