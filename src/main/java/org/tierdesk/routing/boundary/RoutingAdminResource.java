package org.tierdesk.routing.boundary;

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

/** Routing configuration over REST, for admins: {@code /api/v1/admin/...}. */
@RolesAllowed(Role.ADMIN_NAME)
@Path("admin")
@Tag(name = "Routing administration")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RoutingAdminResource {

  @Inject RoutingAdmin admin;

  @GET
  @Path("lines")
  @Operation(summary = "List support lines")
  public List<RoutingViews.Line> lines() {
    return admin.lines();
  }

  @POST
  @Path("lines")
  @Operation(summary = "Create a support line")
  public Response createLine(RoutingViews.LineForm form) {
    return created(admin.createLine(required(form)));
  }

  @PUT
  @Path("lines/{code}")
  @Operation(summary = "Change a support line")
  public RoutingViews.Line updateLine(@PathParam("code") String code, RoutingViews.LineForm form) {
    return admin.updateLine(code, required(form));
  }

  @DELETE
  @Path("lines/{code}")
  @Operation(summary = "Delete an unused support line")
  public Response deleteLine(@PathParam("code") String code) {
    admin.deleteLine(code);
    return Response.noContent().build();
  }

  @GET
  @Path("queues")
  @Operation(summary = "List queues")
  public List<RoutingViews.Queue> queues() {
    return admin.queues();
  }

  @POST
  @Path("queues")
  @Operation(summary = "Create a queue in a line")
  public Response createQueue(RoutingViews.QueueForm form) {
    return created(admin.createQueue(required(form)));
  }

  @PUT
  @Path("queues/{code}")
  @Operation(summary = "Change a queue")
  public RoutingViews.Queue updateQueue(
      @PathParam("code") String code, RoutingViews.QueueForm form) {
    return admin.updateQueue(code, required(form));
  }

  @DELETE
  @Path("queues/{code}")
  @Operation(summary = "Delete an unused queue")
  public Response deleteQueue(@PathParam("code") String code) {
    admin.deleteQueue(code);
    return Response.noContent().build();
  }

  @GET
  @Path("routing-rules")
  @Operation(summary = "List intake routing rules in the order they are tried")
  public List<RoutingViews.Rule> rules() {
    return admin.rules();
  }

  @POST
  @Path("routing-rules")
  @Operation(summary = "Create an intake routing rule")
  public Response createRule(RoutingViews.RuleForm form) {
    return created(admin.createRule(required(form)));
  }

  @PUT
  @Path("routing-rules/{id}")
  @Operation(summary = "Change an intake routing rule")
  public RoutingViews.Rule updateRule(@PathParam("id") long id, RoutingViews.RuleForm form) {
    return admin.updateRule(id, required(form));
  }

  @DELETE
  @Path("routing-rules/{id}")
  @Operation(summary = "Delete an intake routing rule")
  public Response deleteRule(@PathParam("id") long id) {
    admin.deleteRule(id);
    return Response.noContent().build();
  }

  @POST
  @Path("routing-rules/{id}/moves")
  @Operation(summary = "Move a rule one place up or down in the order ({\"direction\": \"UP\"})")
  public RoutingViews.Rule moveRule(@PathParam("id") long id, Move move) {
    String direction = required(move).direction();
    if (!"UP".equalsIgnoreCase(direction) && !"DOWN".equalsIgnoreCase(direction)) {
      throw new InvalidInput("direction", "error.field.oneOf", "UP, DOWN");
    }
    admin.moveRule(id, "UP".equalsIgnoreCase(direction));
    return admin.rules().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
  }

  /** A move of a rule in the order: UP (tried earlier) or DOWN. */
  public record Move(String direction) {}

  @GET
  @Path("categories")
  @Operation(summary = "List categories (all, also inactive) with their default line and queue")
  public List<RoutingViews.CategoryView> categories() {
    return admin.categories();
  }

  @POST
  @Path("categories")
  @Operation(summary = "Create a category")
  public Response createCategory(RoutingViews.CategoryForm form) {
    return created(admin.createCategory(required(form)));
  }

  @PUT
  @Path("categories/{code}")
  @Operation(summary = "Change a category: names, parent, default line and queue, active")
  public RoutingViews.CategoryView updateCategory(
      @PathParam("code") String code, RoutingViews.CategoryForm form) {
    return admin.updateCategory(code, required(form));
  }

  @GET
  @Path("agents/{username}")
  @Operation(summary = "An agent's capacity, availability, languages and skills")
  public RoutingViews.Agent agent(@PathParam("username") String username) {
    return admin.agent(username);
  }

  @PUT
  @Path("agents/{username}")
  @Operation(summary = "Change an agent's capacity, availability, languages and skills")
  public RoutingViews.Agent updateAgent(
      @PathParam("username") String username, RoutingViews.AgentForm form) {
    return admin.updateAgent(username, required(form));
  }

  @GET
  @Path("agents")
  @Operation(summary = "Every agent with their lines, queues and availability")
  public List<RoutingViews.AgentSummary> agents() {
    return admin.agents();
  }

  @PUT
  @Path("agents/{username}/memberships")
  @Operation(
      summary = "Put an agent in exactly these lines and queues ({lines: [...], queues: [...]})")
  public RoutingViews.AgentSummary updateMemberships(
      @PathParam("username") String username, RoutingAdmin.Memberships memberships) {
    RoutingAdmin.Memberships given = required(memberships);
    return admin.updateMemberships(username, given.lines(), given.queues());
  }

  @GET
  @Path("routing-audit")
  @Operation(summary = "Recent changes to routing configuration, newest first")
  public List<RoutingViews.AuditEntry> audit(@QueryParam("max") @DefaultValue("50") int max) {
    return admin.audit(max);
  }

  private static Response created(Object entity) {
    return Response.status(Response.Status.CREATED).entity(entity).build();
  }

  private static <T> T required(T body) {
    if (body == null) {
      throw new InvalidInput("body", "error.field.required");
    }
    return body;
  }
}
