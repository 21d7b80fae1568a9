package org.tierdesk.platform.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** An RFC 9457 problem document; {@code field} names the request field at fault, if any. */
@JsonbPropertyOrder({"type", "title", "status", "detail", "field"})
public record Problem(String type, String title, int status, String detail, String field) {

  public static final String MEDIA_TYPE = "application/problem+json";

  public static Response response(Response.Status status, String detail, String field) {
    Problem problem =
        new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, field);
    return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(problem).build();
  }
}
