package org.tierdesk.macro.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tierdesk.directory.entity.Role;
import org.tierdesk.platform.errors.InvalidInput;
import org.tierdesk.platform.persistence.Page;

/** Canned responses over REST (agents): {@code /api/v1/canned-responses}. */
@RolesAllowed({Role.AGENT_NAME, Role.ADMIN_NAME})
@Path("canned-responses")
@Tag(name = "Agent productivity")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CannedResponsesResource {

  @Inject CannedResponses responses;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "The caller's own and the shared canned responses, by title, paged")
  public Page<CannedResponseView> list(
      @QueryParam("q") String text,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    return responses.list(text, page, size);
  }

  @POST
  @Operation(summary = "Create a personal canned response, or a shared one (admins, line leads)")
  public Response create(CannedResponseForm form) {
    CannedResponseView created = responses.create(required(form));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One canned response")
  public CannedResponseView get(@PathParam("id") long id) {
    return responses.get(id);
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Change a canned response; version is required")
  public CannedResponseView update(@PathParam("id") long id, CannedResponseForm form) {
    return responses.update(id, required(form));
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete a canned response no macro uses")
  public Response delete(@PathParam("id") long id, @QueryParam("version") Long version) {
    responses.delete(id, version);
    return Response.noContent().build();
  }

  @GET
  @Path("{id}/rendered")
  @Operation(summary = "The response filled in for a ticket, in its requester's language")
  public CannedResponses.Rendered rendered(
      @PathParam("id") long id, @QueryParam("ticket") Long ticket) {
    if (ticket == null) {
      throw new InvalidInput("ticket", "error.field.required");
    }
    return responses.render(id, ticket);
  }

  private static <T> T required(T body) {
    if (body == null) {
      throw new InvalidInput("body", "error.body.required");
    }
    return body;
  }
}
