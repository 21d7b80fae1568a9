package org.tierdesk.directory.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tierdesk.directory.entity.DirectoryProfile;

class TokenClaimsTest {

  private final TokenClaims keycloak =
      new TokenClaims("preferred_username", "email", "name", "groups", "department");

  @Test
  void readsTheProfile() {
    DirectoryProfile profile =
        keycloak
            .profile(
                Map.of(
                    "sub", "f81d4fae",
                    "preferred_username", "anna",
                    "name", "Anna Petrova",
                    "email", "anna@corp.example",
                    "department", "Finance"))
            .orElseThrow();

    assertThat(profile.username()).isEqualTo("anna");
    assertThat(profile.externalId()).isEqualTo("f81d4fae");
    assertThat(profile.displayName()).isEqualTo("Anna Petrova");
    assertThat(profile.email()).isEqualTo("anna@corp.example");
    assertThat(profile.department()).isEqualTo("Finance");
  }

  @Test
  void nameFromGivenAndFamilyNameWhenTheNameClaimIsMissing() {
    assertThat(
            keycloak
                .profile(
                    Map.of("preferred_username", "anna", "given_name", "Anna", "family_name", "P"))
                .orElseThrow()
                .displayName())
        .isEqualTo("Anna P");
  }

  @Test
  void noUsernameNoProfile() {
    assertThat(keycloak.profile(Map.of("sub", "x", "preferred_username", " "))).isEmpty();
  }

  @Test
  void groupsFromAListAStringOrPaths() {
    assertThat(keycloak.groups(Map.of("groups", List.of("HD-Line1", "/Staff/HD-Admins"))))
        .containsExactly("HD-Line1", "HD-Admins");
    assertThat(keycloak.groups(Map.of("groups", "HD-Line2, HD-Line3")))
        .containsExactly("HD-Line2", "HD-Line3");
    assertThat(keycloak.groups(Map.of())).isEmpty();
  }
}
