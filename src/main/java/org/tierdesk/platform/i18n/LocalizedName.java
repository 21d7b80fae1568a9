package org.tierdesk.platform.i18n;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.Objects;

/** A name that configuration data (lines, categories) carries in both UI languages. */
@Embeddable
public class LocalizedName {

  @Column(name = "name_en", nullable = false, length = 100)
  private String english;

  @Column(name = "name_ru", nullable = false, length = 100)
  private String russian;

  protected LocalizedName() {}

  public LocalizedName(String english, String russian) {
    this.english = Objects.requireNonNull(english);
    this.russian = Objects.requireNonNull(russian);
  }

  public String in(Locale locale) {
    return Texts.supported(locale).getLanguage().equals("ru") ? russian : english;
  }

  public String english() {
    return english;
  }

  public String russian() {
    return russian;
  }
}
