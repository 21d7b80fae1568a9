package org.tierdesk.directory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A rule of the form "members of directory group G get role R (and, for agents, membership of
 * support line L)". Admins edit these rows; nothing about groups is compiled into descriptors.
 */
@Entity
@Table(name = "group_role_mapping")
@NamedQuery(
    name = GroupRoleMapping.OF_SOURCE,
    query = "SELECT m FROM GroupRoleMapping m WHERE m.source = :source ORDER BY m.groupName")
@NamedQuery(
    name = GroupRoleMapping.ALL,
    query = "SELECT m FROM GroupRoleMapping m ORDER BY m.source, m.groupName")
public class GroupRoleMapping {

  public static final String OF_SOURCE = "GroupRoleMapping.ofSource";
  public static final String ALL = "GroupRoleMapping.all";

  @Id
  @SequenceGenerator(
      name = "group_role_mapping_seq",
      sequenceName = "group_role_mapping_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "group_role_mapping_seq")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private AccountSource source;

  /** The group's common name (e.g. {@code HD-Line2}) or, for OIDC, the value of the group claim. */
  @Column(name = "group_name", nullable = false, length = 500)
  private String groupName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Role role;

  /** For agents: the code of the support line the group's members work in; else null. */
  @Column(name = "line_code", length = 40)
  private String lineCode;

  @Version private long version;

  protected GroupRoleMapping() {}

  public GroupRoleMapping(AccountSource source, String groupName, Role role, String lineCode) {
    this.source = source;
    this.groupName = groupName;
    this.role = role;
    this.lineCode = lineCode;
  }

  public void change(String newGroupName, Role newRole, String newLineCode) {
    this.groupName = newGroupName;
    this.role = newRole;
    this.lineCode = newLineCode;
  }

  public Long getId() {
    return id;
  }

  public AccountSource getSource() {
    return source;
  }

  public String getGroupName() {
    return groupName;
  }

  public Role getRole() {
    return role;
  }

  public String getLineCode() {
    return lineCode;
  }

  public long getVersion() {
    return version;
  }
}
