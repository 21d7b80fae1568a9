package org.tierdesk.ticket.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Links between tickets over REST: {@code /api/v1/tickets/{id}/links}. {@code role} is what the
 * other ticket is to this one: related, parent or child.
 */
@Path("tickets/{id}/links")
@Tag(name = "Tickets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TicketLinksResource {

  @Inject TicketRelations relations;

  /** The other ticket by number ("TD-1005") and what it is to this one. */
  public record LinkRequest(String ticket, String role) {}

  @GET
  @Operation(summary = "The ticket's links; requesters see only links to their own tickets")
  public List<LinkView> links(@PathParam("id") long id) {
    return relations.links(id);
  }

  @POST
  @Operation(summary = "Link another ticket as related, parent or child (agents)")
  public Response link(@PathParam("id") long id, LinkRequest request) {
    LinkRequest given = request == null ? new LinkRequest(null, null) : request;
    return Response.status(Response.Status.CREATED)
        .entity(relations.link(id, given.ticket(), given.role()))
        .build();
  }

  @DELETE
  @Path("{other}")
  @Operation(summary = "Remove the link to another ticket (by number)")
  public Response unlink(@PathParam("id") long id, @PathParam("other") String other) {
    relations.unlink(id, other);
    return Response.noContent().build();
  }
}
