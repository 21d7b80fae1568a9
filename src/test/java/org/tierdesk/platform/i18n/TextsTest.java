package org.tierdesk.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Text lookup: Russian and English, English for anything else, and the key when text is missing.
 */
class TextsTest {

  private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

  @Test
  void formatsInEnglishAndRussian() {
    assertThat(Texts.format(Locale.ENGLISH, "error.field.required"))
        .isEqualTo("This field is required.");
    assertThat(Texts.format(RUSSIAN, "error.field.required")).isEqualTo("Заполните это поле.");
  }

  @Test
  void regionalVariantsUseTheirLanguage() {
    assertThat(Texts.format(Locale.forLanguageTag("ru-RU"), "error.field.required"))
        .isEqualTo("Заполните это поле.");
    assertThat(Texts.format(Locale.UK, "error.field.required"))
        .isEqualTo("This field is required.");
  }

  @Test
  void otherLanguagesFallBackToEnglishEvenOnARussianMachine() {
    Locale machine = Locale.getDefault();
    try {
      // ResourceBundle would otherwise fall back to the JVM's default locale, not to English.
      Locale.setDefault(RUSSIAN);
      assertThat(Texts.format(Locale.GERMAN, "error.field.required"))
          .isEqualTo("This field is required.");
      assertThat(Texts.format(null, "error.field.required")).isEqualTo("This field is required.");
    } finally {
      Locale.setDefault(machine);
    }
  }

  @Test
  void englishIsChosenEvenOnARussianMachine() {
    Locale machine = Locale.getDefault();
    try {
      Locale.setDefault(RUSSIAN);
      assertThat(Texts.format(Locale.ENGLISH, "error.field.required"))
          .isEqualTo("This field is required.");
    } finally {
      Locale.setDefault(machine);
    }
  }

  @Test
  void fillsArgumentsInTheLanguagesFormat() {
    assertThat(Texts.format(Locale.ENGLISH, "error.field.range", 1, 200))
        .isEqualTo("Must be between 1 and 200.");
    assertThat(Texts.format(RUSSIAN, "error.field.range", 1, 200))
        .isEqualTo("Значение должно быть от 1 до 200.");
  }

  @Test
  void idsAreWrittenWithoutGroupingSeparators() {
    assertThat(Texts.format(Locale.ENGLISH, "ticket.notFound", 987654321L)).contains("987654321");
    assertThat(Texts.format(RUSSIAN, "ticket.notFound", 987654321L)).contains("987654321");
  }

  @Test
  void missingKeyShowsTheKey() {
    assertThat(Texts.format(Locale.ENGLISH, "no.such.key")).isEqualTo("no.such.key");
  }

  @Test
  void supportedPicksByLanguage() {
    assertThat(Texts.supported(Locale.forLanguageTag("ru-UA"))).isEqualTo(RUSSIAN);
    assertThat(Texts.supported(Locale.FRENCH)).isEqualTo(Locale.ENGLISH);
    assertThat(Texts.supported(null)).isEqualTo(Locale.ENGLISH);
  }
}
