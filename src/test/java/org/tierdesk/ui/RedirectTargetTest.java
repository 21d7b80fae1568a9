package org.tierdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** After login only paths of this application are followed; anything else goes home. */
class RedirectTargetTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/agent/index.xhtml",
        "/portal/ticket.xhtml?id=42",
        "/api/v1/tickets/7/attachments/9",
        "/"
      })
  void followsLocalPaths(String next) {
    assertThat(RedirectTarget.local(next)).contains(next);
  }

  @Test
  void ignoresSurroundingBlanks() {
    assertThat(RedirectTarget.local("  /portal/index.xhtml ")).contains("/portal/index.xhtml");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "https://evil.example/",
        "//evil.example/phish",
        "/\\evil.example",
        "/portal/..\\..\\x",
        "javascript:alert(1)",
        "portal/index.xhtml",
        "/portal/index.xhtml\r\nSet-Cookie: x=y",
        "/login.xhtml",
        "/login.xhtml?next=/login.xhtml"
      })
  void refusesEverythingThatLeavesTheApplicationOrLoops(String next) {
    assertThat(RedirectTarget.local(next)).isEmpty();
  }

  @Test
  void sendsAgentsToTheQueueAndRequestersToTheirTickets() {
    assertThat(RedirectTarget.homeOf(true)).isEqualTo("/agent/index.xhtml");
    assertThat(RedirectTarget.homeOf(false)).isEqualTo("/portal/index.xhtml");
  }
}
