package org.tierdesk.platform.errors;

/** The caller is known but may not see or change this. */
public class AccessDenied extends TierdeskException {

  private static final long serialVersionUID = 1L;

  public AccessDenied(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
