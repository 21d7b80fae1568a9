package org.tierdesk.ui;

import jakarta.enterprise.context.ApplicationScoped;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.tierdesk.ui.Choices.Option;

/**
 * Choices sorted by name in a language's collation, kept on this node for as long as the same
 * choices come back. {@link Choices} reads the choices from the database on every request, so a
 * change shows at once; only the sorting is skipped when nothing changed. Sorting 200 agents with a
 * {@link Collator} on every agent page took a twentieth of the queue page's CPU (JFR profile,
 * BENCHMARKS.md, 2026-12-03): every comparison normalizes both names.
 */
@ApplicationScoped
public class SortedChoices {

  /** More lists than this (kinds × languages) and the map starts over. */
  static final int MAX_ENTRIES = 64;

  private record Key(String kind, Locale locale) {}

  private record Sorted(List<Option> choices, List<Option> byName) {}

  private final Map<Key, Sorted> sorted = new ConcurrentHashMap<>();

  /**
   * {@code choices} sorted by label for {@code locale}: the list sorted last time for this kind and
   * language if the choices are the same (and in the same order), else sorted now.
   */
  public List<Option> byLabel(String kind, Locale locale, List<Option> choices) {
    Key key = new Key(kind, locale);
    Sorted known = sorted.get(key);
    if (known != null && known.choices().equals(choices)) {
      return known.byName();
    }
    Collator collator = Collator.getInstance(locale);
    List<Option> byName =
        choices.stream().sorted(Comparator.comparing(Option::label, collator)).toList();
    if (sorted.size() >= MAX_ENTRIES) {
      sorted.clear();
    }
    sorted.put(key, new Sorted(List.copyOf(choices), byName));
    return byName;
  }
}
