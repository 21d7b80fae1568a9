package org.tierdesk.ticket.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.tierdesk.platform.errors.InvalidInput;

class TagTest {

  @Test
  void tagsAreLowerCaseWithHyphensForSpaces() {
    assertThat(Tag.normalise("tag", "  VPN   Client ")).isEqualTo("vpn-client");
    assertThat(Tag.normalise("tag", "Принтер_3.этаж")).isEqualTo("принтер_3.этаж");
  }

  @Test
  void emptyTooLongOrOddTagsAreRefusedNamingTheField() {
    assertThatThrownBy(() -> Tag.normalise("add", " "))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("add"));
    assertThatThrownBy(() -> Tag.normalise("tag", "x".repeat(Tag.MAX_LENGTH + 1)))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("error.field.tooLong");
    assertThatThrownBy(() -> Tag.normalise("tag", "a,b"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("ticket.tag.invalid");
  }
}
