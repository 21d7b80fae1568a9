package org.tierdesk.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SessionCookiesTest {

  @Test
  void addsWhatIsMissing() {
    assertThat(SessionCookies.hardened("JSESSIONID=abc; Path=/", false))
        .isEqualTo("JSESSIONID=abc; Path=/; HttpOnly; SameSite=Lax");
    assertThat(SessionCookies.hardened("JSESSIONID=abc; Path=/; HttpOnly", true))
        .isEqualTo("JSESSIONID=abc; Path=/; HttpOnly; SameSite=Lax; Secure");
  }

  @Test
  void keepsWhatIsThere() {
    String done = "JSESSIONID=abc; Path=/; Secure; HttpOnly; SameSite=Strict";
    assertThat(SessionCookies.hardened(done, true)).isEqualTo(done);
  }
}
