package org.tierdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Payara Micro settings in {@code server-config}: a node that runs alone and a clustered node
 * get the same HTTP listener and request thread settings, and every way of starting Tierdesk sets
 * the listener before Payara boots. A post-boot {@code set} on the listener restarts it while the
 * application deploys; in that race a test server came up without an HTTP listener ("GrizzlyProxy
 * is NULL") and never answered.
 */
class ServerConfigTest {

  private static final Path CONFIG = Path.of("server-config");

  /** The pre-boot command that sets the most request threads, before its number. */
  static final String REQUEST_THREADS =
      "set configs.config.server-config.thread-pools.thread-pool.http-thread-pool"
          + ".max-thread-pool-size=";

  private static final String SESSIONS_IN_MEMORY =
      "set configs.config.server-config.availability-service.web-container-availability"
          + ".availability-enabled=false";

  @Test
  void aSingleNodeGetsEveryListenerSettingOfAClusteredNode() throws IOException {
    List<String> clustered = commands(CONFIG.resolve("pre-boot-commands.asadmin"));
    List<String> single = commands(CONFIG.resolve("single-node.asadmin"));

    assertThat(clustered)
        .isNotEmpty()
        .allMatch(
            command ->
                command.contains(".network-config.protocols.protocol.http-listener.")
                    || command.startsWith(REQUEST_THREADS));
    assertThat(single).containsAll(clustered);
  }

  /**
   * Payara Micro's default of 200 request threads lets every client's request run at once; on 2
   * cores 8 served 32 clients faster, with less garbage collection (BENCHMARKS.md).
   */
  @Test
  void everyNodeRunsAFewRequestsAtATime() throws IOException {
    for (String file : List.of("pre-boot-commands.asadmin", "single-node.asadmin")) {
      assertThat(commands(CONFIG.resolve(file)))
          .as(file)
          .filteredOn(command -> command.startsWith(REQUEST_THREADS))
          .singleElement()
          .satisfies(
              command ->
                  assertThat(Integer.parseInt(command.substring(REQUEST_THREADS.length())))
                      .isBetween(4, 64));
    }
  }

  @Test
  void onlyASingleNodeKeepsSessionsInMemory() throws IOException {
    assertThat(commands(CONFIG.resolve("single-node.asadmin"))).contains(SESSIONS_IN_MEMORY);
    assertThat(commands(CONFIG.resolve("pre-boot-commands.asadmin")))
        .doesNotContain(SESSIONS_IN_MEMORY);
  }

  /** Every command line that starts Payara Micro (bench/cost starts through ./tierdesk's). */
  @Test
  void noStartRunsPostBootCommands() throws IOException {
    List<Path> starts =
        List.of(
            Path.of("tierdesk"),
            Path.of("docker", "Dockerfile"),
            Path.of("docker", "compose.yaml"),
            Path.of("src", "test", "java", "org", "tierdesk", "testing", "PayaraProcess.java"));
    for (Path start : starts) {
      assertThat(Files.readString(start, StandardCharsets.UTF_8))
          .as(start + " starts Payara Micro with its pre-boot files")
          .contains("--prebootcommandfile")
          .doesNotContain("--postbootcommandfile");
    }
    try (Stream<Path> files = Files.list(CONFIG)) {
      assertThat(files.map(file -> file.getFileName().toString()))
          .noneMatch(name -> name.contains("post-boot"));
    }
  }

  private static List<String> commands(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .toList();
  }
}
