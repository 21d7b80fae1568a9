package org.tierdesk.directory.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.tierdesk.directory.control.RoleMapping;
import org.tierdesk.directory.entity.AccountSource;
import org.tierdesk.directory.entity.DirectoryProfile;
import org.tierdesk.directory.entity.GroupRoleMapping;
import org.tierdesk.directory.entity.OrgUnit;
import org.tierdesk.directory.entity.Person;
import org.tierdesk.directory.entity.Role;
import org.tierdesk.platform.errors.AccessDenied;

/**
 * Accounts that the company directory owns (LDAP/AD or an OpenID Connect provider): creates them on
 * first sign-in and keeps profile, department, manager, roles and support lines in step with the
 * directory on every sign-in and sync.
 */
@Stateless
public class DirectoryAccounts {

  private static final Logger LOG = Logger.getLogger(DirectoryAccounts.class.getName());

  @PersistenceContext EntityManager em;
  @Inject People people;
  @Inject OrgUnits units;
  @Inject Clock clock;
  @Inject Event<DirectoryLinesGranted> linesGranted;
  @Inject Event<RequesterChanged> requesterChanged;

  /**
   * Records that the directory has confirmed a person (a successful sign-in or a sync) and returns
   * the up-to-date account. A local account with the same username is never taken over: that would
   * let a directory entry become the break-glass administrator.
   *
   * @throws AccessDenied when the username belongs to a local account
   */
  public Person confirmed(
      AccountSource source, DirectoryProfile profile, Collection<String> groups) {
    return confirm(source, profile, groups).person();
  }

  /**
   * What {@link #confirmed} did, for the sync's report.
   *
   * @param created the account is new
   * @param changed the profile, department, manager, roles or state changed
   * @param managerLinked the manager the directory names is known and set (false also when the
   *     directory names none)
   */
  public record Confirmation(
      Person person, boolean created, boolean changed, boolean managerLinked) {}

  /** {@link #confirmed}, telling what changed. */
  public Confirmation confirm(
      AccountSource source, DirectoryProfile profile, Collection<String> groups) {
    if (source == AccountSource.LOCAL) {
      throw new IllegalArgumentException("Local accounts are not kept by the directory");
    }
    Person person = people.byUsername(profile.username()).orElse(null);
    if (person != null && !person.isFromDirectory()) {
      LOG.warning(
          () ->
              "Directory account "
                  + profile.username()
                  + " ("
                  + source
                  + ") clashes with a local account of the same name; sign-in refused");
      throw new AccessDenied("directory.localAccountClash", profile.username());
    }
    RequesterChanged requesterBefore = person == null ? null : RequesterChanged.of(person);
    boolean created = person == null;
    if (created) {
      person =
          new Person(
              profile.username(), displayNameOf(profile), profile.email(), source, clock.instant());
      em.persist(person);
    }
    Snapshot before = Snapshot.of(person);
    OrgUnit unit = unitFor(source, profile.department());
    Person manager =
        Optional.ofNullable(profile.managerUsername()).flatMap(people::byUsername).orElse(null);
    person.updateFromDirectory(profile, unit, manager, clock.instant());
    if (requesterBefore != null && !requesterBefore.equals(RequesterChanged.of(person))) {
      requesterChanged.fire(RequesterChanged.of(person));
    }
    List<GroupRoleMapping> mappings = mappings(source);
    RoleMapping.Grants grants = RoleMapping.grantsFor(groups, mappings);
    person.replaceRoles(grants.roles());
    linesGranted.fire(
        new DirectoryLinesGranted(person.getId(), grants.lineCodes(), managedLines(mappings)));
    return new Confirmation(person, created, !before.equals(Snapshot.of(person)), manager != null);
  }

  /** The fields a directory keeps, to tell whether a confirmation changed anything. */
  private record Snapshot(
      String displayName,
      String email,
      String phone,
      String title,
      String externalId,
      Long unitId,
      Long managerId,
      boolean active,
      Set<Role> roles) {
    static Snapshot of(Person p) {
      return new Snapshot(
          p.getDisplayName(),
          p.getEmail(),
          p.getPhone(),
          p.getTitle(),
          p.getExternalId(),
          p.getOrgUnit() == null ? null : p.getOrgUnit().getId(),
          p.getManager() == null ? null : p.getManager().getId(),
          p.isActive(),
          p.getRoles());
    }
  }

  /**
   * Records that the directory no longer lets this person in (a disabled account, or a leaver the
   * sync did not find): the account is deactivated, never deleted, so tickets and history stay.
   * Local accounts of the same name are left alone.
   *
   * @return true when an active account was deactivated
   */
  public boolean left(AccountSource source, String username) {
    Optional<Person> person = people.byUsername(username);
    if (person.isEmpty() || person.get().getSource() != source || !person.get().isActive()) {
      return false;
    }
    person.get().deactivate();
    LOG.info(() -> "Directory account " + username + " (" + source + ") deactivated");
    return true;
  }

  /**
   * Sets a person's manager once both are known; the sync calls it for people whose manager it met
   * only later in the same run.
   */
  public void linkManager(String username, String managerUsername) {
    Optional<Person> person = people.byUsername(username);
    Optional<Person> manager = people.byUsername(managerUsername);
    if (person.isPresent() && manager.isPresent()) {
      person.get().reportTo(manager.get());
    }
  }

  /**
   * The active accounts of a source that the directory has not confirmed since {@code since}: the
   * leavers of a sync that started then.
   */
  public List<String> unconfirmedSince(AccountSource source, Instant since) {
    return em.createNamedQuery(Person.UNCONFIRMED, String.class)
        .setParameter("source", source)
        .setParameter("since", since)
        .getResultList();
  }

  public List<GroupRoleMapping> mappings(AccountSource source) {
    return em.createNamedQuery(GroupRoleMapping.OF_SOURCE, GroupRoleMapping.class)
        .setParameter("source", source)
        .getResultList();
  }

  /**
   * The unit for a department the directory names, created on first sight. A distinguished name is
   * its own code, with the first RDN as the name; a plain name is both.
   */
  private OrgUnit unitFor(AccountSource source, String department) {
    if (department == null || department.isBlank()) {
      return null;
    }
    String code = department.trim();
    Optional<OrgUnit> known = units.byCode(code);
    if (known.isPresent()) {
      return em.merge(known.get());
    }
    // Two people of a new department may sign in at the same moment: the unit is created in a
    // transaction of its own, and whoever loses the race on its unique code reads the winner's.
    units.createIfAbsent(code, unitName(code), source);
    return units
        .byCode(code)
        .map(em::merge)
        .orElseThrow(() -> new IllegalStateException("Organisation unit " + code + " is missing"));
  }

  private static String unitName(String code) {
    int equals = code.indexOf('=');
    int comma = code.indexOf(',');
    if (equals > 0 && (comma < 0 || equals < comma)) {
      return code.substring(equals + 1, comma < 0 ? code.length() : comma).trim();
    }
    return code;
  }

  private static Set<String> managedLines(List<GroupRoleMapping> mappings) {
    return mappings.stream()
        .map(GroupRoleMapping::getLineCode)
        .filter(code -> code != null && !code.isBlank())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static String displayNameOf(DirectoryProfile profile) {
    return profile.displayName() == null || profile.displayName().isBlank()
        ? profile.username()
        : profile.displayName();
  }
}
