package org.tierdesk.directory.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LdapSettingsTest {

  private static Optional<LdapSettings> read(Map<String, String> config) {
    return LdapSettings.from(key -> Optional.ofNullable(config.get(key)));
  }

  @Test
  void noUrlMeansLdapIsOff() {
    assertThat(read(Map.of())).isEmpty();
    assertThat(read(Map.of("tierdesk.ldap.url", " "))).isEmpty();
  }

  @Test
  void activeDirectoryDefaults() {
    LdapSettings settings =
        read(Map.of(
                "tierdesk.ldap.url",
                "ldaps://dc1.corp.example",
                "tierdesk.ldap.user-base",
                "DC=corp"))
            .orElseThrow();
    assertThat(settings.port()).isEqualTo(636);
    assertThat(settings.ldaps()).isTrue();
    assertThat(settings.loginAttribute()).isEqualTo("sAMAccountName");
    assertThat(settings.disabledDetection()).isEqualTo(LdapSettings.DisabledDetection.AD);
    assertThat(settings.userFilterFor("al*"))
        .isEqualTo("(&(&(objectCategory=person)(objectClass=user))(sAMAccountName=al\\2a))");
    assertThat(settings.groupSearchBase()).isEqualTo("DC=corp");
    assertThat(settings.syncIntervalMinutes()).isEqualTo(60);
  }

  @Test
  void theToStringHidesThePassword() {
    LdapSettings settings =
        read(Map.of(
                "tierdesk.ldap.url", "ldap://dc1:389",
                "tierdesk.ldap.user-base", "DC=corp",
                "tierdesk.ldap.bind-password", "s3cret"))
            .orElseThrow();
    assertThat(settings.toString()).doesNotContain("s3cret");
  }

  @Test
  void mistakesAreNamedAllAtOnce() {
    assertThatThrownBy(
            () ->
                read(
                    Map.of(
                        "tierdesk.ldap.url", "http://dc1",
                        "tierdesk.ldap.login-attribute", "sAM AccountName",
                        "tierdesk.ldap.user-filter", "(objectClass=user",
                        "tierdesk.ldap.sync.interval-minutes", "often")))
        .hasMessageContaining("tierdesk.ldap.url")
        .hasMessageContaining("tierdesk.ldap.user-base: required")
        .hasMessageContaining("tierdesk.ldap.login-attribute")
        .hasMessageContaining("tierdesk.ldap.user-filter")
        .hasMessageContaining("tierdesk.ldap.sync.interval-minutes");
  }

  @Test
  void startTlsIsForPlainLdapUrls() {
    assertThatThrownBy(
            () ->
                read(
                    Map.of(
                        "tierdesk.ldap.url", "ldaps://dc1",
                        "tierdesk.ldap.user-base", "DC=corp",
                        "tierdesk.ldap.start-tls", "true")))
        .hasMessageContaining("start-tls");
  }

  @Test
  void aDisabledFilterIsNeededForFilterDetection() {
    assertThatThrownBy(
            () ->
                read(
                    Map.of(
                        "tierdesk.ldap.url", "ldap://dc1",
                        "tierdesk.ldap.user-base", "DC=corp",
                        "tierdesk.ldap.disabled-detection", "filter")))
        .hasMessageContaining("disabled-filter");
  }
}
