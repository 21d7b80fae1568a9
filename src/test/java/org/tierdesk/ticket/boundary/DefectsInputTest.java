package org.tierdesk.ticket.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tierdesk.platform.errors.InvalidInput;

/** What a defect link accepts: tracker keys as trackers write them, http(s) addresses. */
class DefectsInputTest {

  @ParameterizedTest
  @ValueSource(strings = {"CRM-1234", "crm-7", "Web_App-1", "#42", " PROJ-1 "})
  void acceptsTrackerKeysUpperCased(String key) {
    assertThat(Defects.key(key)).isEqualTo(key.strip().toUpperCase(java.util.Locale.ROOT));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1234", "CRM 12", "CRM-", "-12", "CRM-12; DROP", "#", "ÄÖ-1"})
  void refusesAnythingElseNamingTheField(String key) {
    assertThatThrownBy(() -> Defects.key(key))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("key"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://tracker.example.com/browse/CRM-1",
        "http://jira:8080/CRM-1",
        "HTTPS://x.y/z"
      })
  void acceptsWebAddresses(String url) {
    assertThat(Defects.url(url)).isEqualTo(url);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ftp://tracker/CRM-1",
        "javascript:alert(1)",
        "tracker/CRM-1",
        "https://",
        "http:/x"
      })
  void refusesOtherAddressesNamingTheField(String url) {
    assertThatThrownBy(() -> Defects.url(url))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("url"));
  }
}
