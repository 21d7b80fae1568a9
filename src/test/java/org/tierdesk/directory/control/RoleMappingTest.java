package org.tierdesk.directory.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tierdesk.directory.entity.AccountSource;
import org.tierdesk.directory.entity.GroupRoleMapping;
import org.tierdesk.directory.entity.Role;

class RoleMappingTest {

  private static final List<GroupRoleMapping> MAPPINGS =
      List.of(
          new GroupRoleMapping(AccountSource.LDAP, "HD-Admins", Role.ADMIN, null),
          new GroupRoleMapping(AccountSource.LDAP, "HD-Line2", Role.AGENT, "L2"),
          new GroupRoleMapping(
              AccountSource.LDAP, "CN=HD-Line3,OU=Groups,DC=corp", Role.AGENT, "L3"));

  @Test
  void everyDirectoryAccountIsARequester() {
    RoleMapping.Grants grants = RoleMapping.grantsFor(List.of(), MAPPINGS);

    assertThat(grants.roles()).containsExactly(Role.REQUESTER);
    assertThat(grants.lineCodes()).isEmpty();
  }

  @Test
  void groupsMatchByCommonNameIgnoringCase() {
    RoleMapping.Grants grants =
        RoleMapping.grantsFor(List.of("cn=hd-line2,ou=Groups,dc=corp", "Staff"), MAPPINGS);

    assertThat(grants.roles()).containsExactlyInAnyOrder(Role.REQUESTER, Role.AGENT);
    assertThat(grants.lineCodes()).containsExactly("L2");
  }

  @Test
  void aMappingByDistinguishedNameMatchesThatDnOnly() {
    assertThat(
            RoleMapping.grantsFor(List.of("CN=HD-Line3,OU=Groups,DC=corp"), MAPPINGS).lineCodes())
        .containsExactly("L3");
    assertThat(RoleMapping.grantsFor(List.of("HD-Line3"), MAPPINGS).lineCodes()).isEmpty();
  }

  @Test
  void severalGroupsAddUp() {
    RoleMapping.Grants grants = RoleMapping.grantsFor(Set.of("HD-Admins", "HD-Line2"), MAPPINGS);

    assertThat(grants.roles()).containsExactlyInAnyOrder(Role.REQUESTER, Role.AGENT, Role.ADMIN);
  }

  @Test
  void escapedCommasStayInTheCommonName() {
    assertThat(RoleMapping.commonName("CN=Smith\\, John,OU=People")).isEqualTo("Smith, John");
    assertThat(RoleMapping.commonName("HD-Line1")).isEqualTo("HD-Line1");
  }
}
