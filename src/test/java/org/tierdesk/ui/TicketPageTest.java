package org.tierdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The ticket pages take their ticket from the address; anything but a number finds none. */
class TicketPageTest {

  @Test
  void readsTheTicketId() {
    assertThat(TicketPage.parseId("42")).isEqualTo(42L);
    assertThat(TicketPage.parseId(" 7 ")).isEqualTo(7L);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"abc", "-1", "1e3", "TD-1001", "12345678901234567890", "4 2"})
  void findsNoTicketForAnythingElse(String parameter) {
    assertThat(TicketPage.parseId(parameter)).isNull();
  }
}
