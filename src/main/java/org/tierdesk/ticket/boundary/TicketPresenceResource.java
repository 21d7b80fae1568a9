package org.tierdesk.ticket.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tierdesk.directory.entity.Role;

/** Who else has a ticket open: {@code /api/v1/tickets/{id}/presence} (support only). */
@RolesAllowed({Role.AGENT_NAME, Role.ADMIN_NAME})
@Path("tickets/{id}/presence")
@Tag(name = "Tickets")
@Produces(MediaType.APPLICATION_JSON)
public class TicketPresenceResource {

  @Inject Presence presence;

  @PUT
  @Operation(
      summary =
          "Heartbeat: the caller has the ticket open (repeat every ~10 s); returns the other"
              + " agents who have it open")
  public List<Presence.Viewer> heartbeat(@PathParam("id") long id) {
    return presence.heartbeat(id);
  }

  @GET
  @Operation(summary = "The other agents who have the ticket open")
  public List<Presence.Viewer> viewers(@PathParam("id") long id) {
    return presence.viewers(id);
  }

  @DELETE
  @Operation(summary = "The caller closed the ticket")
  public Response leave(@PathParam("id") long id) {
    presence.leave(id);
    return Response.noContent().build();
  }
}
