package org.tierdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tierdesk.ui.Choices.Option;

/** Choices sorted by name in the viewer's language, sorted again only when they change. */
class SortedChoicesTest {

  private static final Locale RU = Locale.forLanguageTag("ru");

  private final SortedChoices sorted = new SortedChoices();

  private static List<String> labels(List<Option> options) {
    return options.stream().map(Option::label).toList();
  }

  @Test
  void sortsByTheLanguagesCollationNotByCode() {
    List<Option> agents =
        List.of(
            new Option("a.ivanova", "Юлия Иванова"),
            new Option("b.smith", "ёлка Петрова"),
            new Option("c.adams", "Анна Адамс"),
            new Option("d.zorin", "elena Zorina"),
            new Option("e.brown", "Bob Brown"));

    assertThat(labels(sorted.byLabel("agents", RU, agents)))
        .containsExactly("Bob Brown", "elena Zorina", "Анна Адамс", "ёлка Петрова", "Юлия Иванова");
    assertThat(labels(sorted.byLabel("agents", Locale.ENGLISH, agents)).subList(0, 2))
        .containsExactly("Bob Brown", "elena Zorina");
  }

  @Test
  void theSameChoicesAreNotSortedAgain() {
    List<Option> first = List.of(new Option("b", "Beta"), new Option("a", "Alpha"));
    List<Option> again = List.of(new Option("b", "Beta"), new Option("a", "Alpha"));

    List<Option> once = sorted.byLabel("agents", Locale.ENGLISH, first);

    assertThat(sorted.byLabel("agents", Locale.ENGLISH, again)).isSameAs(once);
    assertThat(labels(once)).containsExactly("Alpha", "Beta");
  }

  @Test
  void aRenamedOrNewChoiceIsSortedAtOnce() {
    List<Option> before = List.of(new Option("b", "Beta"), new Option("a", "Alpha"));
    sorted.byLabel("agents", Locale.ENGLISH, before);

    List<Option> renamed = List.of(new Option("b", "Aaron"), new Option("a", "Alpha"));
    List<Option> added =
        List.of(new Option("b", "Aaron"), new Option("a", "Alpha"), new Option("c", "Abel"));

    assertThat(labels(sorted.byLabel("agents", Locale.ENGLISH, renamed)))
        .containsExactly("Aaron", "Alpha");
    assertThat(labels(sorted.byLabel("agents", Locale.ENGLISH, added)))
        .containsExactly("Aaron", "Abel", "Alpha");
  }

  @Test
  void kindsAndLanguagesAreKeptApart() {
    List<Option> categories = List.of(new Option("net", "Network"), new Option("hw", "Hardware"));
    List<Option> agents = List.of(new Option("z", "Zoe"), new Option("y", "Yan"));

    sorted.byLabel("categories", Locale.ENGLISH, categories);

    assertThat(labels(sorted.byLabel("agents", Locale.ENGLISH, agents)))
        .containsExactly("Yan", "Zoe");
    assertThat(labels(sorted.byLabel("categories", RU, categories)))
        .containsExactly("Hardware", "Network");
  }

  @Test
  void tooManyListsStartTheMapOver() {
    for (int i = 0; i <= SortedChoices.MAX_ENTRIES + 5; i++) {
      List<Option> options = List.of(new Option("x" + i, "X " + i), new Option("a", "A"));
      assertThat(labels(sorted.byLabel("kind" + i, Locale.ENGLISH, options)))
          .containsExactly("A", "X " + i);
    }
  }
}
