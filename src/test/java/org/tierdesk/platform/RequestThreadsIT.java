package org.tierdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tierdesk.testing.TierdeskServer;

/**
 * The server runs a few requests at a time, as {@code server-config} says, and lets the others wait
 * instead of refusing them: many clients at once all get their answers, from no more request
 * threads than the pre-boot file allows (Payara Micro's default would start a thread for each).
 */
@ExtendWith(TierdeskServer.class)
class RequestThreadsIT {

  private static final String MAX_THREADS =
      "set configs.config.server-config.thread-pools.thread-pool.http-thread-pool"
          + ".max-thread-pool-size=";
  private static final int CLIENTS = 32;

  @Test
  void manyClientsAtOnceAreAllAnsweredByAFewThreads() throws IOException {
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    URI tickets = TierdeskServer.baseUri().resolve("/api/v1/tickets?size=100");
    String line1 =
        "Basic "
            + Base64.getEncoder().encodeToString("line1:line1".getBytes(StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(tickets)
            .header("Authorization", line1)
            .timeout(Duration.ofSeconds(60))
            .build();
    // The account's password check is remembered after the first request.
    assertThat(http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).join().statusCode())
        .isEqualTo(200);

    for (int round = 0; round < 5; round++) {
      List<CompletableFuture<HttpResponse<Void>>> answers = new ArrayList<>();
      for (int client = 0; client < CLIENTS; client++) {
        answers.add(http.sendAsync(request, HttpResponse.BodyHandlers.discarding()));
      }
      assertThat(answers)
          .as("round %d: every client is answered", round)
          .allSatisfy(answer -> assertThat(answer.join().statusCode()).isEqualTo(200));
    }

    assertThat(TierdeskServer.threads("http-thread-pool"))
        .as("request threads after %d clients at once", CLIENTS)
        .isPositive()
        .isLessThanOrEqualTo(maxThreads());
  }

  private static long maxThreads() throws IOException {
    return Files.readAllLines(Path.of("server-config", "single-node.asadmin")).stream()
        .filter(line -> line.startsWith(MAX_THREADS))
        .mapToLong(line -> Long.parseLong(line.substring(MAX_THREADS.length()).strip()))
        .findFirst()
        .orElseThrow();
  }
}
