package org.tierdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tierdesk.testing.Api;
import org.tierdesk.testing.TierdeskServer;

/**
 * The server runs a few requests at a time, as {@code server-config} says, and lets the others wait
 * instead of refusing them: many clients at once all get their answers, from no more request
 * threads than the pre-boot file allows (Payara Micro's default would start a thread for each).
 */
@ExtendWith(TierdeskServer.class)
class RequestThreadsIT {

  private static final int CLIENTS = 32;
  private static final String TICKETS = "/api/v1/tickets?size=100";

  @Test
  void manyClientsAtOnceAreAllAnsweredByAFewThreads() throws IOException {
    Api line1 = Api.as("line1");
    // The account's password check is remembered after the first request.
    assertThat(line1.get(TICKETS).status()).isEqualTo(200);

    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    try {
      for (int round = 0; round < 5; round++) {
        List<CompletableFuture<Api.Answer>> answers = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
          answers.add(CompletableFuture.supplyAsync(() -> line1.get(TICKETS), clients));
        }
        assertThat(answers)
            .as("round %d: every client is answered", round)
            .allSatisfy(answer -> assertThat(answer.join().status()).isEqualTo(200));
      }
    } finally {
      clients.shutdownNow();
    }

    assertThat(TierdeskServer.threads("http-thread-pool"))
        .as("request threads after %d clients at once", CLIENTS)
        .isPositive()
        .isLessThanOrEqualTo(maxThreads());
  }

  private static long maxThreads() throws IOException {
    String setting = ServerConfigTest.REQUEST_THREADS;
    return Files.readAllLines(Path.of("server-config", "single-node.asadmin")).stream()
        .filter(line -> line.startsWith(setting))
        .mapToLong(line -> Long.parseLong(line.substring(setting.length()).strip()))
        .findFirst()
        .orElseThrow();
  }
}
