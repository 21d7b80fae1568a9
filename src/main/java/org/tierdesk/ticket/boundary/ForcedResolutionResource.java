package org.tierdesk.ticket.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tierdesk.directory.entity.Role;

/**
 * Resolving a parent whose children are still open, with a reason: {@code POST
 * /api/v1/tickets/{id}/forced-resolution}.
 */
@RolesAllowed({Role.AGENT_NAME, Role.ADMIN_NAME})
@Path("tickets/{id}/forced-resolution")
@Tag(name = "Tickets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ForcedResolutionResource {

  @Inject TicketRelations relations;

  /** Why the parent is resolved before its children, and the version as seen. */
  public record ForceRequest(String reason, Long version) {}

  @POST
  @Operation(summary = "Resolve although children are open; the reason goes into the history")
  public TicketView resolve(@PathParam("id") long id, ForceRequest request) {
    ForceRequest given = request == null ? new ForceRequest(null, null) : request;
    return relations.resolveForced(id, given.reason(), given.version());
  }
}
