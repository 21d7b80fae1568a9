package org.tierdesk.directory.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tierdesk.directory.entity.OrgUnit;
import org.tierdesk.directory.entity.Person;
import org.tierdesk.directory.entity.Role;
import org.tierdesk.platform.testsupport.TestSupport;

/**
 * Test support for the directory: organisation units, requesters with local passwords, and who
 * works where, so that black-box tests can set up organisations without a directory server. Only
 * with {@code tierdesk.test-support=true}, only for admins.
 */
@Path("test-support/directory")
@Tag(name = "Test support")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DirectoryTestSupportResource {

  @Inject TestSupport guard;
  @Inject OrgUnits units;
  @Inject People people;

  public record UnitRequest(String code, String name, String parent) {}

  public record UnitCreated(long id, String code) {}

  public record RequesterRequest(String username, String password, String unit) {}

  public record Placement(String unit) {}

  public record Placed(String username, String unit) {}

  @POST
  @Path("units")
  @Operation(summary = "Create an organisation unit (test support only)")
  public UnitCreated createUnit(UnitRequest request) {
    guard.requireEnabledForAdmin();
    OrgUnit unit = units.create(request.code(), request.name(), request.parent());
    return new UnitCreated(unit.getId(), unit.getCode());
  }

  @POST
  @Path("requesters")
  @Operation(summary = "Create a local requester, optionally in a unit (test support only)")
  public Placed createRequester(RequesterRequest request) {
    guard.requireEnabledForAdmin();
    people.createLocal(
        request.username(),
        request.username(),
        null,
        request.password() == null ? new char[0] : request.password().toCharArray(),
        Set.of(Role.REQUESTER));
    return place(request.username(), new Placement(request.unit()));
  }

  @PUT
  @Path("people/{username}/unit")
  @Operation(summary = "Place a person in an organisation unit, or in none (test support only)")
  public Placed place(@PathParam("username") String username, Placement placement) {
    guard.requireEnabledForAdmin();
    Person person = units.place(username, placement == null ? null : placement.unit());
    return new Placed(
        person.getUsername(), person.getOrgUnit() == null ? null : person.getOrgUnit().getCode());
  }
}
