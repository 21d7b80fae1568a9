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
import org.tierdesk.ticket.boundary.TicketView;

/** Macros over REST (agents): {@code /api/v1/macros}. */
@RolesAllowed({Role.AGENT_NAME, Role.ADMIN_NAME})
@Path("macros")
@Tag(name = "Agent productivity")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MacrosResource {

  @Inject Macros macros;
  @Context UriInfo uri;

  /** The ticket (id) to apply the macro to, and its version as seen. */
  public record Application(Long ticket, Long version) {}

  @GET
  @Operation(summary = "The caller's own and the shared macros, by name, paged")
  public Page<MacroView> list(
      @QueryParam("q") String text,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    return macros.list(text, page, size);
  }

  @POST
  @Operation(summary = "Create a personal macro, or a shared one (admins, line leads)")
  public Response create(MacroForm form) {
    MacroView created = macros.create(required(form));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One macro")
  public MacroView get(@PathParam("id") long id) {
    return macros.get(id);
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Change a macro; version is required")
  public MacroView update(@PathParam("id") long id, MacroForm form) {
    return macros.update(id, required(form));
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete a macro")
  public Response delete(@PathParam("id") long id, @QueryParam("version") Long version) {
    macros.delete(id, version);
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/applications")
  @Operation(summary = "Apply the macro to a ticket: all its actions in one transaction")
  public TicketView apply(@PathParam("id") long id, Application application) {
    if (application == null || application.ticket() == null) {
      throw new InvalidInput("ticket", "error.field.required");
    }
    return macros.apply(id, application.ticket(), application.version());
  }

  private static <T> T required(T body) {
    if (body == null) {
      throw new InvalidInput("body", "error.body.required");
    }
    return body;
  }
}
