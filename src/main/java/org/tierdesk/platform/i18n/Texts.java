package org.tierdesk.platform.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Resolves user-facing text from the {@code org.tierdesk.messages} bundles. All text a person reads
 * comes from there, in English or Russian.
 */
public final class Texts {

  public static final String BUNDLE = "org.tierdesk.messages";
  public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"));

  private Texts() {}

  public static String format(Locale locale, String key, Object... arguments) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(locale));
    try {
      String pattern = bundle.getString(key);
      return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  /** The supported locale closest to the one asked for; English when there is none. */
  public static Locale supported(Locale wanted) {
    if (wanted != null) {
      for (Locale locale : SUPPORTED) {
        if (locale.getLanguage().equals(wanted.getLanguage())) {
          return locale;
        }
      }
    }
    return Locale.ENGLISH;
  }
}
