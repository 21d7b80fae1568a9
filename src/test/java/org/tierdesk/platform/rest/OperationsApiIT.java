package org.tierdesk.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tierdesk.testing.Api;
import org.tierdesk.testing.TierdeskServer;

/** What operations look at: health and the published API description. */
@ExtendWith(TierdeskServer.class)
class OperationsApiIT {

  @Test
  void readinessIsUpWithoutLogin() {
    Api.Answer ready = Api.anonymous().get("/health/ready");

    assertThat(ready.status()).isEqualTo(200);
    assertThat(ready.json().getString("status")).isEqualTo("UP");
  }

  @Test
  void openApiDocumentDescribesTheTicketsApi() {
    Api.Answer openapi = Api.anonymous().header("Accept", "application/json").get("/openapi");

    assertThat(openapi.status()).isEqualTo(200);
    assertThat(openapi.json().getJsonObject("paths").keySet()).contains("/api/v1/tickets");
  }
}
