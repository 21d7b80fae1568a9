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

/** Merging a duplicate into another ticket: {@code POST /api/v1/tickets/{id}/merge}. */
@RolesAllowed({Role.AGENT_NAME, Role.ADMIN_NAME})
@Path("tickets/{id}/merge")
@Tag(name = "Tickets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TicketMergeResource {

  @Inject TicketRelations relations;

  /** The ticket to merge into, by number ("TD-1005"), and the version of this one as seen. */
  public record MergeRequest(String target, Long version) {}

  @POST
  @Operation(summary = "Merge this ticket into another one; this one is closed (agents)")
  public TicketView merge(@PathParam("id") long id, MergeRequest request) {
    MergeRequest given = request == null ? new MergeRequest(null, null) : request;
    return relations.merge(id, given.target(), given.version());
  }
}
