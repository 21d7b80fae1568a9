package org.tierdesk.ticket.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tierdesk.directory.entity.Role;
import org.tierdesk.platform.errors.NotFound;

/** A ticket's external defect: {@code /api/v1/tickets/{id}/defect}. */
@RolesAllowed({Role.AGENT_NAME, Role.ADMIN_NAME})
@Path("tickets/{id}/defect")
@Tag(name = "Defects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TicketDefectResource {

  @Inject Defects defects;

  /** A link as posted: the tracker key (PROJ-123), its http(s) address, the version seen. */
  public record LinkRequest(String key, String url, Long version) {}

  @POST
  @Operation(summary = "Link the ticket to an external defect and let it wait for development")
  public Defects.Link link(@PathParam("id") long id, LinkRequest request) {
    LinkRequest given = request == null ? new LinkRequest(null, null, null) : request;
    return defects.link(id, given.key(), given.url(), given.version());
  }

  @GET
  @Operation(summary = "The defect the ticket waits for (404 when none)")
  public Defects.Link link(@PathParam("id") long id) {
    return defects.linkOf(id).orElseThrow(() -> new NotFound("defect.link.none", id));
  }
}
