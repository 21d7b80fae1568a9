package org.tierdesk.platform.errors;

/** An upload is larger than the configured limit. */
public class TooLarge extends InvalidInput {

  private static final long serialVersionUID = 1L;

  public TooLarge(String field, String messageKey, Object... arguments) {
    super(field, messageKey, arguments);
  }
}
