package org.tierdesk.platform.security.oidc;

import jakarta.security.enterprise.credential.Credential;
import java.util.Map;

/**
 * The claims of a token whose signature, issuer, audience and lifetime this application has
 * checked: an ID token after single sign-on, or an access token sent to the REST API. An identity
 * store turns the claims into a caller.
 *
 * @param claims the token's claims (JSON values as Java maps, lists, strings, numbers)
 * @param accessToken true for a Bearer access token, false for an ID token
 */
public record VerifiedTokenCredential(Map<String, Object> claims, boolean accessToken)
    implements Credential {

  public VerifiedTokenCredential {
    claims = Map.copyOf(claims);
  }

  public String subject() {
    Object sub = claims.get("sub");
    return sub == null ? null : sub.toString();
  }
}
