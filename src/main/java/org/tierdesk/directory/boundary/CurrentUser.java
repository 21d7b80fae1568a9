package org.tierdesk.directory.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import org.tierdesk.directory.entity.Person;
import org.tierdesk.directory.entity.Role;
import org.tierdesk.platform.errors.AccessDenied;

/** Who is calling in this request, as a {@link Person}. */
@RequestScoped
public class CurrentUser {

  @Inject SecurityContext security;
  @Inject People people;

  private Person person;
  private Person authenticated;
  private Boolean supportOverride;

  /**
   * The identity store read this person to check their credentials in this request (HTTP Basic
   * reads them on every request): they are the caller, so {@link #person()} need not read them
   * again. Like the person this bean remembers after a first transaction, it is a detached copy,
   * read moments before. For identity stores only.
   */
  public void authenticated(Person person) {
    this.authenticated = person;
  }

  /**
   * Lets server-side work that has no logged-in caller (demo data, mail intake, SLA actions) act as
   * a given person for the rest of this request scope.
   */
  public void actAs(Person actor, boolean support) {
    this.person = actor;
    this.supportOverride = support;
  }

  public boolean isLoggedIn() {
    return person != null || security.getCallerPrincipal() != null;
  }

  public Person person() {
    if (person == null) {
      Principal principal = security.getCallerPrincipal();
      if (principal == null) {
        throw new AccessDenied("error.notLoggedIn");
      }
      person =
          authenticated != null && authenticated.getUsername().equals(principal.getName())
              ? authenticated
              : people.existing(principal.getName());
    }
    return person;
  }

  /**
   * Roles are read from the person's record, which the identity stores keep up to date, so the
   * answer is the same in web, REST and EJB contexts.
   */
  public boolean is(Role role) {
    return isLoggedIn() && person().has(role);
  }

  /**
   * Admins, and the system's own work done on someone's behalf ({@link #actAs}), see every ticket;
   * agents see those of their support lines.
   */
  public boolean seesEveryTicket() {
    if (supportOverride != null) {
      return supportOverride;
    }
    return is(Role.ADMIN);
  }

  /** Agents and admins work on tickets; requesters only ask. */
  public boolean isSupport() {
    if (supportOverride != null) {
      return supportOverride;
    }
    return isLoggedIn() && person().isAgent();
  }
}
