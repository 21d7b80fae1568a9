package org.tierdesk.directory.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tierdesk.directory.control.LdapDirectory.Outcome;
import org.tierdesk.testing.TestDirectory;

/** The LDAP client against a real (in-memory) directory with an Active Directory-like tree. */
class LdapDirectoryTest {

  private static LdapDirectory directory;

  @BeforeAll
  static void connect() {
    directory = new LdapDirectory(settings(Map.of()));
  }

  @AfterAll
  static void disconnect() {
    directory.close();
  }

  static LdapSettings settings(Map<String, String> overrides) {
    Map<String, String> config = new HashMap<>();
    TestDirectory.environment()
        .forEach(
            (name, value) ->
                config.put(
                    name.toLowerCase()
                        .replaceFirst("^tierdesk_ldap_", "tierdesk.ldap.")
                        .replace("sync_", "sync.")
                        .replace('_', '-'),
                    value));
    config.putAll(overrides);
    return LdapSettings.from(key -> Optional.ofNullable(config.get(key))).orElseThrow();
  }

  @Test
  void theRightPasswordSignsInAndReadsTheProfile() {
    LdapDirectory.Authentication result = directory.authenticate("anna", "anna-pass".toCharArray());
    assertThat(result.outcome()).isEqualTo(Outcome.VALID);
    var profile = result.person().profile();
    assertThat(profile.username()).isEqualTo("anna");
    assertThat(profile.displayName()).isEqualTo("Anna Petrova");
    assertThat(profile.email()).isEqualTo("anna@tierdesk.test");
    assertThat(profile.phone()).isEqualTo("+7 495 555-01-11");
    assertThat(profile.title()).isEqualTo("Service desk agent");
    assertThat(profile.department()).isEqualTo("IT Service Desk");
    assertThat(profile.managerUsername()).isEqualTo("olga");
    assertThat(profile.externalId()).isEqualTo("cn=Anna Petrova,ou=People,dc=tierdesk,dc=test");
  }

  @Test
  void theLoginNameIsTheDirectorysSpelling() {
    LdapDirectory.Authentication result = directory.authenticate("ANNA", "anna-pass".toCharArray());
    assertThat(result.outcome()).isEqualTo(Outcome.VALID);
    assertThat(result.person().profile().username()).isEqualTo("anna");
  }

  @Test
  void aWrongPasswordIsRefused() {
    assertThat(directory.authenticate("anna", "boris-pass".toCharArray()).outcome())
        .isEqualTo(Outcome.INVALID);
  }

  @Test
  void anEmptyPasswordIsRefusedBeforeItBecomesAnAnonymousBind() {
    assertThat(directory.authenticate("anna", new char[0]).outcome()).isEqualTo(Outcome.INVALID);
  }

  @Test
  void anUnknownNameIsRefused() {
    assertThat(directory.authenticate("nobody", "x".toCharArray()).outcome())
        .isEqualTo(Outcome.INVALID);
  }

  @Test
  void aDisabledAccountIsRefusedEvenWithTheRightPassword() {
    assertThat(directory.authenticate("frank", "frank-pass".toCharArray()).outcome())
        .isEqualTo(Outcome.DISABLED);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"al*", "a*", "*", "*)(sAMAccountName=*))(|(sAMAccountName=*", "anna)(|(x=*"})
  void wildcardsAndFilterSyntaxNeverMatchSomeoneElse(String name) {
    // With alice's password: a wildcard that reached the filter would find and bind alice.
    assertThat(directory.authenticate(name, "alice-pass".toCharArray()).outcome())
        .isEqualTo(Outcome.INVALID);
  }

  @Test
  void nestedGroupsAreResolved() {
    LdapDirectory.Authentication boris =
        directory.authenticate("boris", "boris-pass".toCharArray());
    assertThat(boris.person().groups())
        .extracting(RoleMapping::commonName)
        .containsExactlyInAnyOrder("HD-Desktop", "HD-Line2", "HD-Support");
  }

  @Test
  void aCycleOfGroupsEnds() {
    LdapDirectory.Authentication emma = directory.authenticate("emma", "emma-pass".toCharArray());
    assertThat(emma.person().groups())
        .extracting(RoleMapping::commonName)
        .containsExactlyInAnyOrder("Loop-A", "Loop-B");
  }

  @Test
  void theDepthLimitHolds() {
    try (LdapDirectory shallow =
        new LdapDirectory(settings(Map.of("tierdesk.ldap.nested-group-depth", "0")))) {
      assertThat(shallow.authenticate("boris", "boris-pass".toCharArray()).person().groups())
          .extracting(RoleMapping::commonName)
          .containsExactly("HD-Desktop");
    }
  }

  @Test
  void everyoneIsVisitedPageByPage() throws Exception {
    List<LdapDirectory.Person> people = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    directory.forEachPerson(people::add, problems::add);
    assertThat(problems).isEmpty();
    assertThat(people)
        .extracting(p -> p.profile().username())
        .contains("olga", "anna", "boris", "carmen", "dmitri", "emma", "alice", "frank");
    assertThat(people)
        .filteredOn(LdapDirectory.Person::disabled)
        .extracting(p -> p.profile().username())
        .containsExactly("frank");
  }

  @Test
  void userPrincipalNameCanBeTheLoginName() {
    try (LdapDirectory byUpn =
        new LdapDirectory(settings(Map.of("tierdesk.ldap.login-attribute", "userPrincipalName")))) {
      var result = byUpn.authenticate("carmen@tierdesk.test", "carmen-pass".toCharArray());
      assertThat(result.outcome()).isEqualTo(Outcome.VALID);
      assertThat(result.person().profile().username()).isEqualTo("carmen@tierdesk.test");
      assertThat(byUpn.authenticate("carmen", "carmen-pass".toCharArray()).outcome())
          .isEqualTo(Outcome.INVALID);
    }
  }

  @Test
  void aDisabledFilterServesDirectoriesWithoutAccountControl() {
    try (LdapDirectory openLdap =
        new LdapDirectory(
            settings(
                Map.of(
                    "tierdesk.ldap.login-attribute", "uid",
                    "tierdesk.ldap.disabled-detection", "FILTER",
                    "tierdesk.ldap.disabled-filter", "(title=Controller)")))) {
      assertThat(openLdap.authenticate("frank", "frank-pass".toCharArray()).outcome())
          .isEqualTo(Outcome.DISABLED);
      assertThat(openLdap.authenticate("alice", "alice-pass".toCharArray()).outcome())
          .isEqualTo(Outcome.VALID);
    }
  }

  @Test
  void anUnreachableDirectoryIsUnavailableNotInvalid() {
    try (LdapDirectory nowhere =
        new LdapDirectory(
            settings(
                Map.of(
                    "tierdesk.ldap.url", "ldap://127.0.0.1:1",
                    "tierdesk.ldap.timeout-seconds", "2")))) {
      assertThat(nowhere.authenticate("anna", "anna-pass".toCharArray()).outcome())
          .isEqualTo(Outcome.UNAVAILABLE);
    }
  }
}
