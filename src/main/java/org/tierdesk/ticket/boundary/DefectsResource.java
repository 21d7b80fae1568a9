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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tierdesk.directory.entity.Role;
import org.tierdesk.platform.persistence.Page;

/**
 * External defects over REST: {@code /api/v1/defects} for the tracker's callback and the console's
 * list; the link of one ticket lives at {@code /api/v1/tickets/{id}/defect} ({@link
 * TicketDefectResource}).
 */
@RolesAllowed({Role.AGENT_NAME, Role.ADMIN_NAME})
@Path("defects")
@Tag(name = "Defects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DefectsResource {

  @Inject Defects defects;

  @POST
  @Path("{key}/fixed")
  @Operation(
      summary =
          "The defect is fixed: its waiting tickets return to the line that owns the requester"
              + " contact (admins, e.g. the tracker's integration account; agents of defect lines)")
  public Defects.Fixed fixed(@PathParam("key") String key) {
    return defects.markFixed(key);
  }

  @GET
  @Path("waiting")
  @Operation(summary = "Tickets waiting for development in the caller's lines, oldest link first")
  public Page<Defects.Waiting> waiting(
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    return defects.waiting(page, Math.max(1, Math.min(size, TicketQuery.MAX_SIZE)));
  }
}
