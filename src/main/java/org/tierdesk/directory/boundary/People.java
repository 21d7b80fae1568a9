package org.tierdesk.directory.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.tierdesk.directory.control.PasswordHashing;
import org.tierdesk.directory.entity.AccountSource;
import org.tierdesk.directory.entity.Person;
import org.tierdesk.directory.entity.Role;
import org.tierdesk.platform.errors.InvalidInput;
import org.tierdesk.platform.errors.NotFound;

/** The people who use Tierdesk and their local accounts. */
@Stateless
public class People {

  @PersistenceContext EntityManager em;
  @Inject PasswordHashing passwords;
  @Inject Clock clock;

  public Optional<Person> byUsername(String username) {
    if (username == null || username.isBlank()) {
      return Optional.empty();
    }
    // A list, not a stream: the roles come as one row each, and only the whole result holds them
    // all.
    return em
        .createNamedQuery(Person.BY_USERNAME, Person.class)
        .setParameter("username", username)
        .getResultList()
        .stream()
        .findFirst();
  }

  public Person existing(String username) {
    return byUsername(username).orElseThrow(() -> new NotFound("person.notFound", username));
  }

  public Person find(long id) {
    Person person = em.find(Person.class, id);
    if (person == null) {
      throw new NotFound("person.notFound", id);
    }
    return person;
  }

  /** Creates an account whose password Tierdesk itself checks. */
  public Person createLocal(
      String username, String displayName, String email, char[] password, Set<Role> roles) {
    if (username == null || !username.matches("[A-Za-z0-9._@-]{2,100}")) {
      throw new InvalidInput("username", "person.username.invalid");
    }
    if (byUsername(username).isPresent()) {
      throw new InvalidInput("username", "person.username.taken", username);
    }
    Person person = new Person(username, displayName, email, AccountSource.LOCAL, clock.instant());
    person.changePasswordHash(passwords.hash(password));
    roles.forEach(person::grant);
    em.persist(person);
    return person;
  }
}
