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

/**
 * Business calendars for admins: {@code /api/v1/admin/sla/calendars}, and which line works by
 * which: {@code /api/v1/admin/sla/line-calendars}.
 */
@RolesAllowed(Role.ADMIN_NAME)
@Path("admin/sla")
@Tag(name = "SLA administration")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CalendarsResource {

  @Inject Calendars calendars;
  @Inject SlaAccess access;
  @Context UriInfo uri;

  /** The calendar a line should work by; null for none (around the clock). */
  public record Assignment(Long calendarId) {}

  @GET
  @Path("calendars")
  @Operation(summary = "The business calendars")
  public List<CalendarView> all() {
    access.requireAdmin();
    return calendars.all();
  }

  @GET
  @Path("calendars/{id}")
  @Operation(summary = "One calendar")
  public CalendarView get(@PathParam("id") long id) {
    access.requireAdmin();
    return calendars.get(id);
  }

  @POST
  @Path("calendars")
  @Operation(summary = "Add a calendar")
  public Response create(CalendarForm form) {
    CalendarView created = calendars.create(form);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @PUT
  @Path("calendars/{id}")
  @Operation(summary = "Replace name, zone, slots (and holidays if given); version is required")
  public CalendarView update(@PathParam("id") long id, CalendarForm form) {
    return calendars.update(id, form);
  }

  @DELETE
  @Path("calendars/{id}")
  @Operation(summary = "Delete a calendar that no policy or line uses")
  public Response delete(@PathParam("id") long id, @QueryParam("version") Long version) {
    calendars.delete(id, version);
    return Response.noContent().build();
  }

  @POST
  @Path("calendars/{id}/holidays")
  @Operation(summary = "Add a holiday")
  public Response addHoliday(@PathParam("id") long id, HolidayForm form) {
    return Response.status(Response.Status.CREATED).entity(calendars.addHoliday(id, form)).build();
  }

  @DELETE
  @Path("calendars/{id}/holidays/{holidayId}")
  @Operation(summary = "Remove a holiday")
  public Response removeHoliday(@PathParam("id") long id, @PathParam("holidayId") long holidayId) {
    calendars.removeHoliday(id, holidayId);
    return Response.noContent().build();
  }

  @POST
  @Path("calendars/{id}/holidays/import")
  @Consumes({"text/calendar", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
  @Operation(summary = "Import holidays from an iCalendar (.ics) body; known ones are skipped")
  public HolidayImport importHolidays(@PathParam("id") long id, String ics) {
    return calendars.importHolidays(id, ics);
  }

  @GET
  @Path("line-calendars")
  @Operation(summary = "Each support line with the calendar it works by")
  public List<LineCalendarView> lineCalendars() {
    access.requireAdmin();
    return calendars.lineCalendars();
  }

  @GET
  @Path("unit-calendars")
  @Operation(summary = "Each organisation unit with the calendar it works by")
  public List<UnitCalendarView> unitCalendars() {
    access.requireAdmin();
    return calendars.unitCalendars();
  }

  @PUT
  @Path("unit-calendars/{unit}")
  @Operation(summary = "Make an organisation unit work by a calendar (calendarId null: none)")
  public UnitCalendarView assignToUnit(@PathParam("unit") String unit, Assignment assignment) {
    return calendars.assignToUnit(unit, assignment == null ? null : assignment.calendarId());
  }

  @PUT
  @Path("line-calendars/{line}")
  @Operation(summary = "Make a line work by a calendar (calendarId null: none)")
  public LineCalendarView assign(@PathParam("line") String line, Assignment assignment) {
    return calendars.assignToLine(line, assignment == null ? null : assignment.calendarId());
  }
}
