package org.tierdesk.directory.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tierdesk.directory.control.TokenClaims;
import org.tierdesk.directory.entity.AccountSource;
import org.tierdesk.directory.entity.DirectoryProfile;
import org.tierdesk.directory.entity.Person;
import org.tierdesk.directory.entity.Role;
import org.tierdesk.platform.security.oidc.VerifiedTokenCredential;

/**
 * Turns the claims of a validated OpenID Connect token (single sign-on or a Bearer token) into a
 * Tierdesk account: created on first sight and kept in step with the claims on every sign-in, with
 * roles from the group mappings ({@link DirectoryAccounts}). Which claim holds what is set by
 * {@code tierdesk.oidc.claims.*}.
 */
@ApplicationScoped
public class OidcIdentityStore implements IdentityStore {

  private static final Logger LOG = Logger.getLogger(OidcIdentityStore.class.getName());

  @Inject DirectoryAccounts accounts;

  @Inject
  @ConfigProperty(name = "tierdesk.oidc.claims.username", defaultValue = "preferred_username")
  String usernameClaim;

  @Inject
  @ConfigProperty(name = "tierdesk.oidc.claims.email", defaultValue = "email")
  String emailClaim;

  @Inject
  @ConfigProperty(name = "tierdesk.oidc.claims.display-name", defaultValue = "name")
  String displayNameClaim;

  @Inject
  @ConfigProperty(name = "tierdesk.oidc.claims.groups", defaultValue = "groups")
  String groupsClaim;

  @Inject
  @ConfigProperty(name = "tierdesk.oidc.claims.department", defaultValue = "department")
  String departmentClaim;

  /** Only validated tokens are for this store; without reflection, refusals pass unwrapped. */
  @Override
  public CredentialValidationResult validate(Credential credential) {
    return credential instanceof VerifiedTokenCredential token
        ? validate(token)
        : CredentialValidationResult.NOT_VALIDATED_RESULT;
  }

  /**
   * @throws org.tierdesk.platform.errors.AccessDenied when a local account has the same name
   */
  public CredentialValidationResult validate(VerifiedTokenCredential token) {
    TokenClaims names =
        new TokenClaims(usernameClaim, emailClaim, displayNameClaim, groupsClaim, departmentClaim);
    Optional<DirectoryProfile> profile = names.profile(token.claims());
    if (profile.isEmpty()) {
      LOG.warning(
          () ->
              "The identity provider's token for subject "
                  + token.subject()
                  + " has no claim "
                  + usernameClaim
                  + " (tierdesk.oidc.claims.username)");
      return CredentialValidationResult.INVALID_RESULT;
    }
    List<String> groups = names.groups(token.claims());
    Person person = accounts.confirmed(AccountSource.OIDC, profile.get(), groups);
    return new CredentialValidationResult(
        person.getUsername(),
        person.getRoles().stream().map(Role::groupName).collect(Collectors.toSet()));
  }
}
