package org.tierdesk.ticket.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tierdesk.directory.entity.Role;
import org.tierdesk.platform.errors.InvalidInput;

/** Time spent on a ticket over REST (support only): {@code /api/v1/tickets/{id}/time-entries}. */
@RolesAllowed({Role.AGENT_NAME, Role.ADMIN_NAME})
@Path("tickets/{id}/time-entries")
@Tag(name = "Tickets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TimeEntriesResource {

  @Inject TimeEntries time;

  /** Minutes spent (negative to correct an earlier entry) and an optional note. */
  public record TimeRequest(Integer minutes, String note) {}

  @GET
  @Operation(summary = "Total, per agent, and a page of entries, oldest first")
  public TimeSheet sheet(
      @PathParam("id") long id,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    return time.of(id, page, size);
  }

  @POST
  @Operation(summary = "Log time spent on the ticket")
  public Response log(@PathParam("id") long id, TimeRequest request) {
    if (request == null) {
      throw new InvalidInput("minutes", "error.field.required");
    }
    return Response.status(Response.Status.CREATED)
        .entity(time.log(id, request.minutes(), request.note()))
        .build();
  }
}
