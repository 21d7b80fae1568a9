package org.tierdesk.ticket.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tierdesk.directory.entity.Role;
import org.tierdesk.platform.errors.InvalidInput;

/** A ticket's tags over REST (support only): {@code /api/v1/tickets/{id}/tags}. */
@RolesAllowed({Role.AGENT_NAME, Role.ADMIN_NAME})
@Path("tickets/{id}/tags")
@Tag(name = "Tickets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TicketTagsResource {

  @Inject TicketTags tags;
  @Inject Tickets tickets;

  /** All tags at once ({@code tags}), or some to add and remove; {@code version} as seen. */
  public record TagsRequest(
      List<String> tags, List<String> add, List<String> remove, Long version) {}

  @GET
  @Operation(summary = "The ticket's tags")
  public List<String> list(@PathParam("id") long id) {
    return tags.of(id);
  }

  @PUT
  @Operation(summary = "Replace the ticket's tags")
  public TicketView replace(@PathParam("id") long id, TagsRequest request) {
    if (request == null || request.tags() == null) {
      throw new InvalidInput("tags", "error.field.required");
    }
    tags.replace(id, request.tags(), request.version());
    return tickets.get(id);
  }

  @POST
  @Operation(summary = "Add and/or remove tags")
  public TicketView change(@PathParam("id") long id, TagsRequest request) {
    if (request == null || (request.add() == null && request.remove() == null)) {
      throw new InvalidInput("add", "error.field.required");
    }
    tags.change(id, request.add(), request.remove(), request.version());
    return tickets.get(id);
  }

  @DELETE
  @Path("{tag}")
  @Operation(summary = "Remove one tag")
  public TicketView remove(
      @PathParam("id") long id, @PathParam("tag") String tag, @QueryParam("version") Long version) {
    tags.change(id, List.of(), List.of(tag), version);
    return tickets.get(id);
  }
}
