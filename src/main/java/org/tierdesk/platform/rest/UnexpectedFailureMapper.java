package org.tierdesk.platform.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A failure nobody planned for: logged with an incident id that the caller also gets, so that
 * support can find the stack trace without showing it to the caller. Refusals and errors of the
 * REST runtime have their own, more specific mappers.
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<RuntimeException> {

  private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

  @Override
  public Response toResponse(RuntimeException exception) {
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, exception);
    return Problem.response(
        Response.Status.INTERNAL_SERVER_ERROR,
        "Something went wrong on the server. Incident " + incident + " has been logged.",
        null);
  }
}
