package org.tierdesk.directory.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LdapFiltersTest {

  @Test
  void escapesTheCharactersRfc4515Reserves() {
    assertThat(LdapFilters.escape("a*b(c)d\\e\0f")).isEqualTo("a\\2ab\\28c\\29d\\5ce\\00f");
  }

  @Test
  void escapesNonAsciiAsUtf8Octets() {
    assertThat(LdapFilters.escape("Ёж")).isEqualTo("\\d0\\81\\d0\\b6");
  }

  @Test
  void leavesOrdinaryNamesAlone() {
    assertThat(LdapFilters.escape("anna.petrova@corp-1_x")).isEqualTo("anna.petrova@corp-1_x");
  }

  @Test
  void aWildcardCannotWidenTheFilter() {
    assertThat(LdapFilters.equality("sAMAccountName", "al*")).isEqualTo("(sAMAccountName=al\\2a)");
    assertThat(LdapFilters.equality("uid", "*)(uid=*))(|(uid=*"))
        .isEqualTo("(uid=\\2a\\29\\28uid=\\2a\\29\\29\\28|\\28uid=\\2a)");
  }

  @Test
  void combinesTheConfiguredFilterWithTheLoginName() {
    assertThat(LdapFilters.and("objectClass=user", "(uid=anna)"))
        .isEqualTo("(&(objectClass=user)(uid=anna))");
    assertThat(LdapFilters.and("(objectClass=user)", "")).isEqualTo("(objectClass=user)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"anna", "anna.petrova", "a.b-c_d@corp.example", "Ольга", "x1"})
  void acceptsRealLoginNames(String name) {
    assertThat(LdapFilters.isAcceptableLoginName(name)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "al*", "*", "a)(uid=*", "a\\b", "a b", "anna\0", "CORP\\anna", "a,b", "a=b"})
  void refusesNamesWithFilterOrDnSyntax(String name) {
    assertThat(LdapFilters.isAcceptableLoginName(name)).isFalse();
  }

  @Test
  void refusesNull() {
    assertThat(LdapFilters.isAcceptableLoginName(null)).isFalse();
  }
}
