package org.tierdesk.platform.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.logging.Logger;
import org.tierdesk.platform.errors.AccessDenied;
import org.tierdesk.platform.errors.Conflict;
import org.tierdesk.platform.errors.InvalidInput;
import org.tierdesk.platform.errors.NotFound;
import org.tierdesk.platform.errors.TierdeskException;
import org.tierdesk.platform.errors.TooLarge;
import org.tierdesk.platform.i18n.Texts;

/** Turns a refusal into a problem document in the caller's language (Accept-Language). */
@Provider
public class TierdeskExceptionMapper implements ExceptionMapper<TierdeskException> {

  private static final Logger LOG = Logger.getLogger(TierdeskExceptionMapper.class.getName());

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(TierdeskException exception) {
    Locale locale =
        headers == null || headers.getAcceptableLanguages().isEmpty()
            ? Locale.ENGLISH
            : headers.getAcceptableLanguages().get(0);
    String detail = Texts.format(locale, exception.messageKey(), exception.arguments());
    String field = exception instanceof InvalidInput invalid ? invalid.field() : null;
    Response.Status status = statusOf(exception);
    if (status == Response.Status.FORBIDDEN) {
      LOG.warning(() -> "Access denied: " + exception.getMessage());
    }
    return Problem.response(status, detail, field);
  }

  static Response.Status statusOf(TierdeskException exception) {
    if (exception instanceof TooLarge) {
      return Response.Status.REQUEST_ENTITY_TOO_LARGE;
    }
    if (exception instanceof InvalidInput) {
      return Response.Status.BAD_REQUEST;
    }
    if (exception instanceof NotFound) {
      return Response.Status.NOT_FOUND;
    }
    if (exception instanceof AccessDenied) {
      return Response.Status.FORBIDDEN;
    }
    if (exception instanceof Conflict) {
      return Response.Status.CONFLICT;
    }
    return Response.Status.BAD_REQUEST;
  }
}
