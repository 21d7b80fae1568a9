package org.tierdesk.ticket.boundary;

import jakarta.annotation.security.RolesAllowed;
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
import org.tierdesk.directory.entity.Role;

/** The caller's saved queue filters: {@code /api/v1/saved-filters} (agents). */
@RolesAllowed({Role.AGENT_NAME, Role.ADMIN_NAME})
@Path("saved-filters")
@Tag(name = "Tickets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SavedFiltersResource {

  @Inject SavedFilters filters;

  @GET
  @Operation(summary = "The caller's saved filters, by name")
  public List<SavedFilters.View> mine() {
    return filters.mine();
  }

  @POST
  @Operation(summary = "Save a filter under a name (an existing name is replaced)")
  public SavedFilters.View save(SavedFilters.Form form) {
    return filters.save(form);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One of the caller's saved filters")
  public SavedFilters.View get(@PathParam("id") long id) {
    return filters.get(id);
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete one of the caller's saved filters")
  public Response delete(@PathParam("id") long id) {
    filters.delete(id);
    return Response.noContent().build();
  }
}
