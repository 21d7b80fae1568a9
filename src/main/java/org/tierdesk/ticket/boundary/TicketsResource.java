package org.tierdesk.ticket.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tierdesk.platform.errors.InvalidInput;
import org.tierdesk.platform.persistence.Page;

/** Tickets over REST: {@code /api/v1/tickets}. */
@Path("tickets")
@Tag(name = "Tickets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TicketsResource {

  @Inject Tickets tickets;
  @Inject TimeEntries timeEntries;
  @Context UriInfo uri;

  /** A reply or internal note as posted, optionally with the minutes it took (agents). */
  public record ReplyRequest(String body, Boolean internal, Long version, Integer minutes) {}

  /** An escalation to the next line as posted: why, and what was already tried. */
  public record EscalationRequest(String reason, String tried, Long version) {}

  /** A return to the previous line as posted. */
  public record ReturnRequest(String instructions, Long version) {}

  /** A transfer within the line as posted: to an agent (username) and/or a queue (code). */
  public record AssignmentRequest(String agent, String queue, String comment, Long version) {}

  /** A status change as posted. */
  public record TransitionRequest(String to, String comment, Long version) {}

  @POST
  @Operation(summary = "Open a ticket")
  public Response open(TicketDraft draft) {
    TicketDraft given = required(draft);
    if (given.channel() == null) {
      given =
          new TicketDraft(
              given.subject(),
              given.description(),
              given.category(),
              given.priority(),
              "API",
              given.requester(),
              given.environment());
    }
    TicketView ticket = tickets.open(given);
    URI location = uri.getAbsolutePathBuilder().path(String.valueOf(ticket.id())).build();
    return Response.created(location).entity(ticket).build();
  }

  @GET
  @Operation(summary = "List tickets, paged; requesters get only their own")
  public Page<TicketView> list(
      @QueryParam("status") String status,
      @QueryParam("line") String line,
      @QueryParam("assignee") String assignee,
      @QueryParam("q") String text,
      @QueryParam("sort") @DefaultValue("updatedAt") String sort,
      @QueryParam("ascending") @DefaultValue("false") boolean ascending,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size,
      @QueryParam("scope") String scope,
      @QueryParam("tag") String tag,
      @QueryParam("queue") String queue,
      @QueryParam("priority") String priority,
      @QueryParam("category") String category) {
    return tickets.search(
        new TicketQuery(
            status, line, assignee, text, sort, ascending, page, size, scope, tag, queue, priority,
            category));
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One ticket")
  public TicketView get(@PathParam("id") long id) {
    return tickets.get(id);
  }

  @PATCH
  @Path("{id}")
  @Operation(summary = "Change priority, category or assignee (agents); version is required")
  public TicketView change(@PathParam("id") long id, TicketChange change) {
    TicketChange given = required(change);
    if (given.version() == null) {
      // Someone who may not see the ticket learns that first, not that a version is missing.
      tickets.get(id);
      throw new InvalidInput("version", "error.field.required");
    }
    return tickets.change(id, given);
  }

  @POST
  @Path("{id}/replies")
  @Operation(summary = "Add a public reply, or an internal note (agents)")
  public Response reply(@PathParam("id") long id, ReplyRequest reply) {
    ReplyRequest given = required(reply);
    boolean internal = Boolean.TRUE.equals(given.internal());
    HistoryEntry entry =
        given.minutes() == null
            ? tickets.reply(id, given.body(), internal, given.version())
            : timeEntries.replyWithTime(
                id, given.body(), internal, given.version(), given.minutes());
    return Response.status(Response.Status.CREATED).entity(entry).build();
  }

  @POST
  @Path("{id}/transitions")
  @Operation(summary = "Move the ticket to another status")
  public TicketView transition(@PathParam("id") long id, TransitionRequest transition) {
    TransitionRequest given = required(transition);
    return tickets.transition(id, given.to(), given.comment(), given.version());
  }

  @POST
  @Path("{id}/ownership")
  @Operation(summary = "Take ownership of the ticket (agents)")
  public TicketView take(@PathParam("id") long id, @QueryParam("version") Long version) {
    return tickets.take(id, version);
  }

  /** Hands an agent's open tickets back to their queues, or to a colleague ({@code to}). */
  public record HandOverRequest(String from, String to) {}

  @POST
  @Path("handovers")
  @Operation(summary = "Hand an agent's open tickets back to the queue or to a colleague")
  public Map<String, Integer> handOver(HandOverRequest request) {
    HandOverRequest given = request == null ? new HandOverRequest(null, null) : request;
    return Map.of("handedOver", tickets.handOver(given.from(), given.to()));
  }

  @POST
  @Path("{id}/escalations")
  @Operation(summary = "Escalate to the next support line with reason and what was tried")
  public TicketView escalate(@PathParam("id") long id, EscalationRequest request) {
    EscalationRequest given = request == null ? new EscalationRequest(null, null, null) : request;
    return tickets.escalate(id, given.reason(), given.tried(), given.version());
  }

  @POST
  @Path("{id}/returns")
  @Operation(summary = "Return to the line the ticket was escalated from, with instructions")
  public TicketView returnToPreviousLine(@PathParam("id") long id, ReturnRequest request) {
    ReturnRequest given = request == null ? new ReturnRequest(null, null) : request;
    return tickets.returnToPreviousLine(id, given.instructions(), given.version());
  }

  @POST
  @Path("{id}/assignment")
  @Operation(summary = "Transfer to an agent and/or queue of the ticket's line")
  public TicketView assign(@PathParam("id") long id, AssignmentRequest request) {
    AssignmentRequest given =
        request == null ? new AssignmentRequest(null, null, null, null) : request;
    return tickets.assign(id, given.agent(), given.queue(), given.comment(), given.version());
  }

  @GET
  @Path("{id}/history")
  @Operation(summary = "The ticket's history, oldest first; requesters see no internal notes")
  public List<HistoryEntry> history(@PathParam("id") long id) {
    return tickets.history(id);
  }

  @GET
  @Path("{id}/attachments")
  @Operation(summary = "The ticket's attachments")
  public List<AttachmentView> attachments(@PathParam("id") long id) {
    return tickets.attachments(id);
  }

  @POST
  @Path("{id}/attachments")
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "Attach a file: the request body is the file, ?name= its file name")
  public Response attach(
      @PathParam("id") long id,
      @QueryParam("name") String name,
      @HeaderParam("Content-Type") String contentType,
      InputStream content) {
    AttachmentView attachment = tickets.attach(id, name, contentType, content);
    URI location = uri.getAbsolutePathBuilder().path(String.valueOf(attachment.id())).build();
    return Response.created(location).entity(attachment).build();
  }

  @GET
  @Path("{id}/attachments/{attachmentId}")
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "Download an attachment")
  public Response download(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
    AttachmentFile file = tickets.download(id, attachmentId);
    String name = file.description().fileName();
    return Response.ok(file.content(), file.description().contentType())
        .header(
            "Content-Disposition",
            "attachment; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  private static <T> T required(T body) {
    if (body == null) {
      throw new InvalidInput("body", "error.body.required");
    }
    return body;
  }
}
