package org.tierdesk.platform.errors;

/** The thing asked for does not exist (or the caller may not know that it does). */
public class NotFound extends TierdeskException {

  private static final long serialVersionUID = 1L;

  public NotFound(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
