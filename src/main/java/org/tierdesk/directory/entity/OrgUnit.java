package org.tierdesk.directory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An organisation or one of its departments. Units form a tree: a condition on a unit (in routing
 * rules or SLA policies) also holds for the units below it. Units come from the company directory
 * or are kept by hand ({@link AccountSource#LOCAL}).
 */
@Entity
@Table(name = "org_unit")
@NamedQuery(name = OrgUnit.BY_CODE, query = "SELECT u FROM OrgUnit u WHERE u.code = :code")
@NamedQuery(name = OrgUnit.ALL, query = "SELECT u FROM OrgUnit u ORDER BY u.name")
public class OrgUnit {

  public static final String BY_CODE = "OrgUnit.byCode";
  public static final String ALL = "OrgUnit.all";

  @Id
  @SequenceGenerator(name = "org_unit_seq", sequenceName = "org_unit_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "org_unit_seq")
  private Long id;

  /** A stable key: the directory's distinguished name of the unit, or a code an admin chose. */
  @Column(nullable = false, updatable = false, length = 200)
  private String code;

  @Column(nullable = false, length = 200)
  private String name;

  @ManyToOne
  @JoinColumn(name = "parent_id")
  private OrgUnit parent;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private AccountSource source;

  @Column(nullable = false)
  private boolean active = true;

  @Version private long version;

  protected OrgUnit() {}

  public OrgUnit(String code, String name, OrgUnit parent, AccountSource source) {
    this.code = code;
    this.name = name;
    this.parent = parent;
    this.source = source;
  }

  public void rename(String newName) {
    this.name = newName;
  }

  public void moveUnder(OrgUnit newParent) {
    for (OrgUnit up = newParent; up != null; up = up.parent) {
      if (up == this) {
        throw new IllegalArgumentException("An organisation unit cannot be placed below itself");
      }
    }
    this.parent = newParent;
  }

  public void activate(boolean isActive) {
    this.active = isActive;
  }

  /** True when this unit is {@code other} or lies below it. */
  public boolean isWithin(OrgUnit other) {
    for (OrgUnit up = this; up != null; up = up.parent) {
      if (up.id != null && up.id.equals(other.id) || up == other) {
        return true;
      }
    }
    return false;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public OrgUnit getParent() {
    return parent;
  }

  public AccountSource getSource() {
    return source;
  }

  public boolean isActive() {
    return active;
  }

  public long getVersion() {
    return version;
  }
}
