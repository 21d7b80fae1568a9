package org.tierdesk.sla.boundary;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tierdesk.directory.entity.Role;

/** SLA policies for admins: {@code /api/v1/admin/sla/policies}. */
@RolesAllowed(Role.ADMIN_NAME)
@Path("admin/sla/policies")
@Tag(name = "SLA administration")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SlaPoliciesResource {

  @Inject SlaPolicies policies;
  @Inject SlaAccess access;
  @Context UriInfo uri;

  /** The new order: every policy id except the fallback's, first tried first. */
  public record Order(List<Long> ids) {}

  @GET
  @Operation(summary = "The policies in the order they are tried, the fallback last")
  public List<PolicyView> all() {
    access.requireAdmin();
    return policies.all();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One policy")
  public PolicyView get(@PathParam("id") long id) {
    access.requireAdmin();
    return policies.get(id);
  }

  @POST
  @Operation(summary = "Add a policy, tried after the others (before the fallback)")
  public Response create(PolicyForm form) {
    PolicyView created = policies.create(form);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Replace a policy's settings; version is required")
  public PolicyView update(@PathParam("id") long id, PolicyForm form) {
    return policies.update(id, form);
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete a policy (not the fallback)")
  public Response delete(@PathParam("id") long id, @QueryParam("version") Long version) {
    policies.delete(id, version);
    return Response.noContent().build();
  }

  @PUT
  @Path("order")
  @Operation(summary = "Put the policies in a new order")
  public List<PolicyView> reorder(Order order) {
    return policies.reorder(order == null ? null : order.ids());
  }
}
