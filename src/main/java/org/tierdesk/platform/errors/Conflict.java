package org.tierdesk.platform.errors;

/** The request clashes with the current state: a stale edit or a refused status change. */
public class Conflict extends TierdeskException {

  private static final long serialVersionUID = 1L;

  public Conflict(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
