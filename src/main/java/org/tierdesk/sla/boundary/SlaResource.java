package org.tierdesk.sla.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tierdesk.platform.persistence.Page;

/**
 * SLA over REST: {@code /api/v1/sla}. The preview is for admins; a ticket's clocks for whoever may
 * see the ticket; the queues for support.
 */
@Path("sla")
@Tag(name = "SLA")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SlaResource {

  @Inject SlaPreview preview;
  @Inject SlaClocks clocks;

  /** The requester's acknowledgement: by when support will have answered at the latest. */
  public record ExpectedResponse(Instant firstResponseDue) {}

  @POST
  @Path("preview")
  @Operation(
      summary =
          "Due instants for a calendar and targets, or a policy, from a start with pauses (admins)")
  public PreviewResult preview(PreviewRequest request) {
    return preview.preview(request);
  }

  @GET
  @Path("tickets/{id}/clocks")
  @Operation(summary = "The SLA clocks of a ticket, with business and calendar time used")
  public List<ClockView> clocksOf(@PathParam("id") long ticketId) {
    return clocks.ofTicket(ticketId);
  }

  @GET
  @Path("tickets/{id}/expected-response")
  @Operation(summary = "By when the first response is due (null once answered or while paused)")
  public ExpectedResponse expectedResponse(@PathParam("id") long ticketId) {
    return new ExpectedResponse(clocks.expectedFirstResponse(ticketId).orElse(null));
  }

  @GET
  @Path("breaching-soon")
  @Operation(summary = "Running clocks by nearest deadline, paged (support)")
  public Page<DueClock> breachingSoon(
      @QueryParam("line") String line,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    return clocks.breachingSoon(line, page, size);
  }

  @GET
  @Path("breached")
  @Operation(summary = "Breached clocks of unfinished work by deadline, paged (support)")
  public Page<DueClock> breached(
      @QueryParam("line") String line,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    return clocks.breached(line, page, size);
  }
}
