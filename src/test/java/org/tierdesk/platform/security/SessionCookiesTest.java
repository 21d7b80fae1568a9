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

  @Test
  void thePageBufferIsNoHumongousObjectForG1() {
    // Grizzly keeps a char[] of the buffer size per response; G1 places any object of half a
    // region or more (the smallest region is 1 MB) outside the young generation.
    long charArrayBytes = 16L + 2L * SessionCookies.PAGE_BUFFER_BYTES;
    assertThat(charArrayBytes).isLessThan(512L * 1024);
    assertThat(SessionCookies.PAGE_BUFFER_BYTES)
        .as("the largest agent page")
        .isGreaterThan(160_000);
  }
}
