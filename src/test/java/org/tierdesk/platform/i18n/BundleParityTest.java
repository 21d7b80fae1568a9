package org.tierdesk.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * English and Russian stay in step: every key exists in both bundles with the same arguments, so a
 * screen never shows a raw key or drops a value in one language. Fails naming the keys at fault.
 */
class BundleParityTest {

  private static final String EN = "/org/tierdesk/messages_en.properties";
  private static final String RU = "/org/tierdesk/messages_ru.properties";

  /** {0}, {1,number}, {2,date,medium}: the argument index and the format type. */
  private static final Pattern ARGUMENT =
      Pattern.compile("\\{\\s*(\\d+)\\s*(?:,\\s*(\\w+))?[^}]*}");

  private final Properties english = load(EN);
  private final Properties russian = load(RU);

  @Test
  void everyEnglishKeyHasRussianText() {
    assertThat(missing(english, russian)).as("keys missing in " + RU).isEmpty();
  }

  @Test
  void everyRussianKeyHasEnglishText() {
    assertThat(missing(russian, english)).as("keys missing in " + EN).isEmpty();
  }

  @Test
  void bothLanguagesUseTheSameArguments() {
    Map<String, String> different = new TreeMap<>();
    for (String key : english.stringPropertyNames()) {
      String ru = russian.getProperty(key);
      if (ru != null && !arguments(english.getProperty(key)).equals(arguments(ru))) {
        different.put(key, english.getProperty(key) + "  <->  " + ru);
      }
    }
    assertThat(different).as("keys whose arguments differ between en and ru").isEmpty();
  }

  @Test
  void noTextIsEmpty() {
    assertThat(blank(english)).as("empty texts in " + EN).isEmpty();
    assertThat(blank(russian)).as("empty texts in " + RU).isEmpty();
  }

  @Test
  void patternsWithArgumentsAreValidMessageFormats() {
    List<String> broken = new ArrayList<>();
    for (Properties bundle : List.of(english, russian)) {
      for (String key : bundle.stringPropertyNames()) {
        String pattern = bundle.getProperty(key);
        if (!ARGUMENT.matcher(pattern).find()) {
          continue;
        }
        try {
          new MessageFormat(pattern);
        } catch (IllegalArgumentException e) {
          broken.add(key + ": " + e.getMessage());
        }
        // MessageFormat swallows a lone apostrophe ("don't" shows as "dont"); write it as ''.
        if (pattern.replace("''", "").contains("'")) {
          broken.add(key + ": single apostrophe in a pattern with arguments: " + pattern);
        }
      }
    }
    assertThat(broken).isEmpty();
  }

  @Test
  void noKeyIsDefinedTwice() {
    assertThat(duplicates(EN)).as("keys defined twice in " + EN).isEmpty();
    assertThat(duplicates(RU)).as("keys defined twice in " + RU).isEmpty();
  }

  private static Set<String> missing(Properties from, Properties in) {
    Set<String> keys = new TreeSet<>(from.stringPropertyNames());
    keys.removeAll(in.stringPropertyNames());
    return keys;
  }

  private static Set<String> blank(Properties bundle) {
    Set<String> keys = new TreeSet<>();
    bundle.stringPropertyNames().stream()
        .filter(key -> bundle.getProperty(key).isBlank())
        .forEach(keys::add);
    return keys;
  }

  static Set<String> arguments(String pattern) {
    Set<String> arguments = new TreeSet<>();
    Matcher matcher = ARGUMENT.matcher(pattern);
    while (matcher.find()) {
      arguments.add(matcher.group(1) + (matcher.group(2) == null ? "" : "," + matcher.group(2)));
    }
    return arguments;
  }

  /** Properties keeps the last of two equal keys silently; read the lines to catch the first. */
  private static Set<String> duplicates(String resource) {
    Map<String, Integer> seen = new HashMap<>();
    Set<String> twice = new TreeSet<>();
    boolean continued = false;
    for (String line : read(resource).split("\\R")) {
      String trimmed = line.strip();
      boolean startsEntry =
          !continued && !trimmed.isEmpty() && !trimmed.startsWith("#") && !trimmed.startsWith("!");
      continued = trimmed.endsWith("\\") && !trimmed.endsWith("\\\\");
      if (!startsEntry) {
        continue;
      }
      String key = trimmed.split("(?<!\\\\)[=:\\s]", 2)[0];
      if (seen.merge(key, 1, Integer::sum) > 1) {
        twice.add(key);
      }
    }
    return twice;
  }

  private static Properties load(String resource) {
    Properties properties = new Properties();
    try (Reader reader = reader(resource)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  private static String read(String resource) {
    try (InputStream in = stream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Reader reader(String resource) {
    return new InputStreamReader(stream(resource), StandardCharsets.UTF_8);
  }

  private static InputStream stream(String resource) {
    InputStream in = BundleParityTest.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("Bundle not on the class path: " + resource);
    }
    return in;
  }
}
