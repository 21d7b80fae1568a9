package org.tierdesk.platform.errors;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;

/**
 * A refusal the person can act on. It carries a message key of the {@code messages} bundle and its
 * arguments, so the same refusal reads well in the portal, the agent console and the REST API, in
 * the viewer's language. Throwing it rolls back the transaction.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class TierdeskException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String messageKey;
  private final transient Object[] arguments;

  protected TierdeskException(String messageKey, Object... arguments) {
    super(messageKey + Arrays.toString(arguments));
    this.messageKey = messageKey;
    this.arguments = arguments.clone();
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments.clone();
  }
}
