package org.tierdesk.macro.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tierdesk.platform.errors.InvalidInput;

class CannedResponseTest {

  private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

  private static CannedResponse response(String english, String russian) {
    CannedResponse response = new CannedResponse(null);
    response.edit("Greeting", english, russian, null, NOW);
    return response;
  }

  @Test
  void theReadersLanguagePicksTheText() {
    CannedResponse both = response("Hello", "Здравствуйте");

    assertThat(both.bodyFor(Locale.ENGLISH)).isEqualTo("Hello");
    assertThat(both.bodyFor(RUSSIAN)).isEqualTo("Здравствуйте");
    assertThat(both.bodyFor(Locale.GERMAN)).isEqualTo("Hello");
    assertThat(both.bodyFor(null)).isEqualTo("Hello");
  }

  @Test
  void theOtherLanguageStandsInWhenOnlyOneIsWritten() {
    assertThat(response(null, "Здравствуйте").bodyFor(Locale.ENGLISH)).isEqualTo("Здравствуйте");
    assertThat(response("Hello", "  ").bodyFor(RUSSIAN)).isEqualTo("Hello");
  }

  @Test
  void aResponseNeedsATitleAndSomeText() {
    assertThatThrownBy(() -> response(" ", null))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("bodyEn"));
    CannedResponse untitled = new CannedResponse(null);
    assertThatThrownBy(() -> untitled.edit(null, "Hello", null, null, NOW))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("title"));
  }
}
