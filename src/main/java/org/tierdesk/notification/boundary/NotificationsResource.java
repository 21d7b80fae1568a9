package org.tierdesk.notification.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's notifications: {@code /api/v1/notifications}. */
@Path("notifications")
@Tag(name = "Notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationsResource {

  @Inject Notifications notifications;
  @Context HttpHeaders headers;

  @GET
  @Operation(summary = "The caller's unread notifications, newest first (Accept-Language)")
  public List<NotificationView> unread() {
    List<Locale> languages = headers.getAcceptableLanguages();
    return notifications.unread(languages.isEmpty() ? Locale.ENGLISH : languages.get(0));
  }

  @POST
  @Path("{id}/read")
  @Operation(summary = "Mark one of the caller's notifications read")
  public Response markRead(@PathParam("id") long id) {
    notifications.markRead(id);
    return Response.noContent().build();
  }
}
