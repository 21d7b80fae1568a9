package org.tierdesk.directory.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** Someone who uses Tierdesk: a requester, an agent of a support line or an administrator. */
@Entity
@Table(name = "person")
@NamedQuery(
    name = Person.BY_USERNAME,
    query = "SELECT p FROM Person p LEFT JOIN FETCH p.roles WHERE p.username = :username")
@NamedQuery(
    name = Person.UNCONFIRMED,
    query =
        "SELECT p.username FROM Person p WHERE p.source = :source AND p.active = TRUE"
            + " AND (p.syncedAt IS NULL OR p.syncedAt < :since) ORDER BY p.username")
public class Person {

  public static final String BY_USERNAME = "Person.byUsername";
  public static final String UNCONFIRMED = "Person.unconfirmed";

  @Id
  @SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
  private Long id;

  @Column(nullable = false, updatable = false, length = 100)
  private String username;

  @Column(name = "display_name", nullable = false, length = 200)
  private String displayName;

  @Column(length = 254)
  private String email;

  @Column(name = "password_hash", length = 500)
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private AccountSource source;

  @Column(length = 10)
  private String locale;

  @Column(name = "time_zone", length = 60)
  private String timeZone;

  @Column(nullable = false)
  private boolean active = true;

  /** Requesters whose tickets SLA policies may treat differently (e.g. shorter targets). */
  @Column(nullable = false)
  private boolean vip;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  /** The department (or organisation) the person belongs to; kept by the directory. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "org_unit_id")
  private OrgUnit orgUnit;

  /**
   * The same column as {@link #orgUnit}, read with the person: what routing, SLA matching and
   * department access compare, without loading the unit.
   */
  @Column(name = "org_unit_id", insertable = false, updatable = false)
  private Long orgUnitId;

  @Column(length = 50)
  private String phone;

  @Column(length = 200)
  private String title;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "manager_id")
  private Person manager;

  /** The directory's key for the account: an LDAP DN or GUID, or the OIDC subject. */
  @Column(name = "external_id", length = 500)
  private String externalId;

  /** When the directory last confirmed this account (sign-in or sync). */
  @Column(name = "synced_at")
  private Instant syncedAt;

  /**
   * Read with the person where they sign in or act ({@link #BY_USERNAME}), and otherwise only when
   * asked: most people read are only shown by name (a ticket's requester and assignee, a timeline's
   * actors).
   */
  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role", length = 20)
  private Set<Role> roles = new HashSet<>();

  @Version private long version;

  protected Person() {}

  public Person(
      String username, String displayName, String email, AccountSource source, Instant createdAt) {
    this.username = username;
    this.displayName = displayName;
    this.email = email;
    this.source = source;
    this.createdAt = createdAt;
  }

  public void grant(Role role) {
    roles.add(role);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public boolean isAgent() {
    return has(Role.AGENT) || has(Role.ADMIN);
  }

  public void changePasswordHash(String hash) {
    this.passwordHash = hash;
  }

  public void deactivate() {
    this.active = false;
  }

  /**
   * Takes over what the company directory says about this person, and marks the account active: the
   * directory has just confirmed it.
   */
  public void updateFromDirectory(
      DirectoryProfile profile, OrgUnit unit, Person managedBy, Instant confirmedAt) {
    if (profile.displayName() != null && !profile.displayName().isBlank()) {
      this.displayName = profile.displayName();
    }
    this.email = profile.email();
    this.phone = profile.phone();
    this.title = profile.title();
    this.externalId = profile.externalId();
    placeIn(unit);
    this.manager = managedBy == this ? null : managedBy;
    this.syncedAt = confirmedAt;
    this.active = true;
  }

  /** Places the person in an organisation unit (null: none), as an admin does by hand. */
  public void placeIn(OrgUnit unit) {
    this.orgUnit = unit;
    this.orgUnitId = unit == null ? null : unit.getId();
  }

  /** Replaces the roles with those the directory's groups grant; used for directory accounts. */
  public void replaceRoles(Set<Role> granted) {
    roles.clear();
    roles.addAll(granted);
  }

  public void preferLocale(String languageTag) {
    this.locale = languageTag;
  }

  /** Whom the person reports to; nobody reports to themselves. */
  public void reportTo(Person managedBy) {
    this.manager = managedBy == this ? null : managedBy;
  }

  public void markVip(boolean isVip) {
    this.vip = isVip;
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getEmail() {
    return email;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public AccountSource getSource() {
    return source;
  }

  public String getLocale() {
    return locale;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public boolean isActive() {
    return active;
  }

  public boolean isVip() {
    return vip;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Set<Role> getRoles() {
    return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  public OrgUnit getOrgUnit() {
    return orgUnit;
  }

  /** The id of {@link #getOrgUnit()}, or null; reads no unit. */
  public Long getOrgUnitId() {
    return orgUnitId;
  }

  public String getPhone() {
    return phone;
  }

  public String getTitle() {
    return title;
  }

  public Person getManager() {
    return manager;
  }

  public String getExternalId() {
    return externalId;
  }

  public Instant getSyncedAt() {
    return syncedAt;
  }

  public boolean isFromDirectory() {
    return source != AccountSource.LOCAL;
  }

  public long getVersion() {
    return version;
  }
}
