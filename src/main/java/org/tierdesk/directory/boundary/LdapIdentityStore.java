package org.tierdesk.directory.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.tierdesk.directory.control.LdapDirectory;
import org.tierdesk.directory.entity.AccountSource;
import org.tierdesk.directory.entity.Person;
import org.tierdesk.directory.entity.Role;
import org.tierdesk.platform.errors.AccessDenied;

/**
 * Checks passwords against the company directory (LDAP / Active Directory) by binding as the
 * person, then brings the person's Tierdesk account up to date (profile, department, manager, roles
 * from group mappings) and answers with the roles. Asked after the local store; silent when LDAP is
 * not configured. The login throttle in {@code WebAuthentication} sits in front of every store, so
 * it covers directory accounts as well.
 */
@ApplicationScoped
public class LdapIdentityStore implements IdentityStore {

  private static final Logger LOG = Logger.getLogger(LdapIdentityStore.class.getName());

  @Inject LdapConnection ldap;
  @Inject DirectoryAccounts accounts;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    if (!ldap.isConfigured()) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    LdapDirectory directory = ldap.directory().orElseThrow();
    String loginName = credential.getCaller();
    LdapDirectory.Authentication result =
        directory.authenticate(loginName, credential.getPassword().getValue());
    switch (result.outcome()) {
      case VALID:
        return accepted(result.person());
      case DISABLED:
        LOG.info(() -> "Directory sign-in refused, account disabled: " + loginName);
        accounts.left(AccountSource.LDAP, loginName);
        return CredentialValidationResult.INVALID_RESULT;
      case UNAVAILABLE:
        return CredentialValidationResult.NOT_VALIDATED_RESULT;
      default:
        return CredentialValidationResult.INVALID_RESULT;
    }
  }

  private CredentialValidationResult accepted(LdapDirectory.Person found) {
    try {
      Person person = accounts.confirmed(AccountSource.LDAP, found.profile(), found.groups());
      return new CredentialValidationResult(
          person.getUsername(),
          person.getRoles().stream().map(Role::groupName).collect(Collectors.toSet()));
    } catch (AccessDenied e) {
      // A local account of the same name; DirectoryAccounts has logged it.
      return CredentialValidationResult.INVALID_RESULT;
    }
  }

  @Override
  public int priority() {
    // After the local store (100): local accounts never wait for the directory.
    return 200;
  }
}
