package org.tierdesk.directory.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tierdesk.directory.control.PasswordHashing;
import org.tierdesk.directory.entity.AccountSource;
import org.tierdesk.directory.entity.Person;
import org.tierdesk.directory.entity.Role;

/** Checks passwords of local accounts against their PBKDF2 hashes in the database. */
@ApplicationScoped
public class LocalIdentityStore implements IdentityStore {

  @Inject People people;
  @Inject PasswordHashing passwords;
  @Inject CurrentUser currentUser;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    Optional<Person> account =
        people
            .byUsername(credential.getCaller())
            .filter(Person::isActive)
            .filter(p -> p.getSource() == AccountSource.LOCAL);
    if (account.isEmpty()) {
      // Spend the same effort as for a wrong password so that timing does not reveal accounts.
      passwords.matches(credential.getPassword().getValue(), DUMMY_HASH);
      return CredentialValidationResult.INVALID_RESULT;
    }
    Person person = account.get();
    if (!passwords.matches(credential.getPassword().getValue(), person.getPasswordHash())) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    rememberForRequest(person);
    return new CredentialValidationResult(
        person.getUsername(),
        person.getRoles().stream().map(Role::groupName).collect(Collectors.toSet()));
  }

  /** The rest of the request uses this person as the caller instead of reading them again. */
  private void rememberForRequest(Person person) {
    try {
      currentUser.authenticated(person);
    } catch (ContextNotActiveException noRequest) {
      // Not within an HTTP request: whoever asks later reads the person as before.
    }
  }

  private static final String DUMMY_HASH =
      "PBKDF2WithHmacSHA512:210000:AAAAAAAAAAAAAAAAAAAAAA==:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
}
