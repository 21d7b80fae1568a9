package org.tierdesk.platform.rest;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Errors raised by the REST runtime itself (unknown path, wrong method, unreadable JSON) as problem
 * documents too, so that every error of the API has the same shape.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException exception) {
    Response original = exception.getResponse();
    Response.Status status = Response.Status.fromStatusCode(original.getStatus());
    if (status == null) {
      status = Response.Status.BAD_REQUEST;
    }
    String detail = detailOf(exception, status);
    Response.ResponseBuilder response =
        Response.fromResponse(Problem.response(status, detail, null));
    original
        .getHeaders()
        .forEach(
            (name, values) -> {
              if (!name.equalsIgnoreCase("Content-Type")) {
                values.forEach(value -> response.header(name, value));
              }
            });
    return response.build();
  }

  private static String detailOf(WebApplicationException exception, Response.Status status) {
    if (exception.getCause() instanceof ProcessingException) {
      return "The request body is not valid JSON for this operation: "
          + UnreadableBodyMapper.rootMessage(exception);
    }
    return switch (status) {
      case NOT_FOUND -> "There is nothing at this address.";
      case METHOD_NOT_ALLOWED -> "This address does not accept that HTTP method.";
      case UNSUPPORTED_MEDIA_TYPE -> "Send the request body as application/json.";
      case NOT_ACCEPTABLE -> "This resource is only available as application/json.";
      default -> exception.getMessage();
    };
  }
}
