package org.tierdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The first language of the browser that Tierdesk speaks wins; English otherwise. */
class LocaleSelectionTest {

  private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

  @Test
  void takesTheFirstSupportedLanguageInTheBrowsersOrder() {
    assertThat(preferred("de-DE", "ru-RU", "en")).isEqualTo(RUSSIAN);
    assertThat(preferred("en-GB", "ru")).isEqualTo(Locale.ENGLISH);
  }

  @Test
  void dropsTheRegionOfASupportedLanguage() {
    assertThat(preferred("ru-UA")).isEqualTo(RUSSIAN);
    assertThat(preferred("en-US")).isEqualTo(Locale.ENGLISH);
  }

  @Test
  void fallsBackToEnglish() {
    assertThat(preferred("fr-FR", "de")).isEqualTo(Locale.ENGLISH);
    assertThat(LocaleSelection.preferred(Collections.emptyIterator())).isEqualTo(Locale.ENGLISH);
    assertThat(LocaleSelection.preferred(null)).isEqualTo(Locale.ENGLISH);
  }

  @Test
  void acceptsOnlySupportedLanguagesWhenSwitching() {
    assertThat(LocaleSelection.supported("ru")).contains(RUSSIAN);
    assertThat(LocaleSelection.supported("en")).contains(Locale.ENGLISH);
    assertThat(LocaleSelection.supported("de")).isEmpty();
    assertThat(LocaleSelection.supported(null)).isEmpty();
  }

  private static Locale preferred(String... tags) {
    return LocaleSelection.preferred(
        List.of(tags).stream().map(Locale::forLanguageTag).toList().iterator());
  }
}
