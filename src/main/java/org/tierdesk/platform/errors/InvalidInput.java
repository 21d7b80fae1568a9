package org.tierdesk.platform.errors;

/** A field of the request is missing or malformed; {@link #field()} names it. */
public class InvalidInput extends TierdeskException {

  private static final long serialVersionUID = 1L;

  private final String field;

  public InvalidInput(String field, String messageKey, Object... arguments) {
    super(messageKey, arguments);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
