package org.tierdesk.ticket.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tierdesk.directory.entity.Role;
import org.tierdesk.platform.errors.InvalidInput;
import org.tierdesk.platform.persistence.Page;

/** Time entries across tickets, for reports: {@code /api/v1/time-entries}. */
@RolesAllowed({Role.AGENT_NAME, Role.ADMIN_NAME})
@Path("time-entries")
@Tag(name = "Tickets")
@Produces(MediaType.APPLICATION_JSON)
public class TimeReportResource {

  @Inject TimeEntries time;

  @GET
  @Operation(
      summary =
          "Time entries of a period, newest first, paged; agents get their own, admins anyone's")
  public Page<TimeEntryView> search(
      @QueryParam("agent") String agent,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    return time.search(agent, instant("from", from), instant("to", to), page, size);
  }

  private static Instant instant(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInput(field, "ticket.time.instant", value.strip());
    }
  }
}
