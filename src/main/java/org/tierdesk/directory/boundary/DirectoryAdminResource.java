package org.tierdesk.directory.boundary;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tierdesk.directory.entity.Role;
import org.tierdesk.platform.errors.InvalidInput;
import org.tierdesk.platform.persistence.Page;

/** The company directory over REST, for admins: {@code /api/v1/admin/directory/...}. */
@RolesAllowed(Role.ADMIN_NAME)
@Path("admin/directory")
@Tag(name = "Directory administration")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DirectoryAdminResource {

  @Inject DirectoryAdmin admin;

  @GET
  @Path("mappings")
  @Operation(summary = "List group-to-role mappings")
  public List<DirectoryViews.Mapping> mappings() {
    return admin.mappings();
  }

  @POST
  @Path("mappings")
  @Operation(summary = "Map a directory group to a role (and, for agents, a support line)")
  public Response createMapping(DirectoryViews.MappingForm form) {
    DirectoryViews.Mapping created = admin.createMapping(required(form));
    return Response.status(Response.Status.CREATED).entity(created).build();
  }

  @PUT
  @Path("mappings/{id}")
  @Operation(summary = "Change a group-to-role mapping")
  public DirectoryViews.Mapping updateMapping(
      @PathParam("id") long id, DirectoryViews.MappingForm form) {
    return admin.updateMapping(id, required(form));
  }

  @DELETE
  @Path("mappings/{id}")
  @Operation(summary = "Delete a group-to-role mapping")
  public Response deleteMapping(@PathParam("id") long id) {
    admin.deleteMapping(id);
    return Response.noContent().build();
  }

  @GET
  @Path("people")
  @Operation(summary = "People, paged: where each account comes from, department, last sync")
  public Page<DirectoryViews.PersonRow> people(
      @QueryParam("name") String name,
      @QueryParam("source") String source,
      @QueryParam("active") Boolean active,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    return admin.people(name, source, active, page, size);
  }

  @GET
  @Path("units")
  @Operation(summary = "Organisation units, paged")
  public Page<DirectoryViews.Unit> units(
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    return admin.units(page, size);
  }

  @POST
  @Path("sync")
  @Operation(summary = "Synchronise with the company directory now (runs in the background)")
  public Response startSync() {
    return Response.accepted(admin.startSync()).build();
  }

  @GET
  @Path("sync")
  @Operation(summary = "The report of the latest directory sync (204 when there was none)")
  public Response lastSync() {
    return admin
        .lastSync()
        .map(report -> Response.ok(report).build())
        .orElseGet(() -> Response.noContent().build());
  }

  @GET
  @Path("audit")
  @Operation(summary = "Recent changes to directory settings")
  public List<DirectoryViews.AuditEntry> audit(@QueryParam("max") @DefaultValue("50") int max) {
    return admin.audit(max);
  }

  private static DirectoryViews.MappingForm required(DirectoryViews.MappingForm form) {
    if (form == null) {
      throw new InvalidInput("groupName", "error.field.required");
    }
    return form;
  }
}
