package org.tierdesk.platform.security.oidc;

/**
 * Signing in through the provider did not work out. The {@link #reason()} is what the login page
 * tells the person; the message is for the log.
 */
public class OidcException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Why single sign-on failed, as the login page explains it. */
  public enum Reason {
    /** The person (or the provider's policy) declined the sign-in. */
    DENIED,
    /** The answer does not belong to a sign-in this browser started (state unknown or reused). */
    BAD_STATE,
    /** The sign-in took too long, or its tokens had expired. */
    EXPIRED,
    /** The provider could not be reached or answered nonsense. */
    UNAVAILABLE,
    /** The provider's tokens did not pass validation, or its answer was an error. */
    FAILED;

    /** The value of the login page's {@code sso} parameter. */
    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  private final Reason reason;

  public OidcException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public OidcException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
