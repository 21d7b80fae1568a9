package org.tierdesk.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CrossSiteRequestsTest {

  @Test
  void authorityOfAnOrigin() {
    assertThat(CrossSiteRequests.authorityOf("https://desk.example")).isEqualTo("desk.example");
    assertThat(CrossSiteRequests.authorityOf("http://localhost:8080")).isEqualTo("localhost:8080");
    assertThat(CrossSiteRequests.authorityOf("null")).isEmpty();
  }
}
