package org.tierdesk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Tierdesk server of one test's own that can be stopped and started again on the same data: the
 * built WAR on Payara Micro, as {@link TierdeskServer} starts it (demo data, test support), but on
 * an embedded H2 file database in its own folder under {@code <it.workdir>/<name>}, so that what a
 * test does to it touches no other test, and a restart finds the database as the last run left it.
 * Each start costs a full Payara Micro start (15–60 s). Talk to it with {@code
 * Api.as(user).at(server.baseUri())}.
 */
public final class RestartableServer implements AutoCloseable {

  private static final Duration STARTUP_LIMIT = Duration.ofSeconds(180);
  private static final Duration STOP_LIMIT = Duration.ofSeconds(60);
  private static final int LOG_LINES_ON_FAILURE = 80;

  private final Path workdir;
  private Process process;
  private URI baseUri;
  private int starts;

  /** A server whose files live in {@code <it.workdir>/<name>}; any data of earlier runs is gone. */
  public RestartableServer(String name) {
    this.workdir = Path.of(required("it.workdir")).toAbsolutePath().resolve(name);
    try {
      deleteRecursively(workdir);
      Files.createDirectories(workdir.resolve("tmp"));
      Files.createDirectories(workdir.resolve("payara"));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not prepare " + workdir, e);
    }
  }

  /**
   * Starts the server with these settings on top of the defaults (environment variables, e.g.
   * {@code TIERDESK_TEST_SUPPORT_CLOCK_OFFSET}) and waits until it answers.
   */
  public RestartableServer start(Map<String, String> settings) {
    if (process != null) {
      throw new IllegalStateException("Already running at " + baseUri);
    }
    starts++;
    int port = freePort();
    Path log = log();
    try {
      ProcessBuilder builder =
          new ProcessBuilder(command(port))
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      Map<String, String> env = builder.environment();
      env.keySet().removeIf(key -> key.startsWith("TIERDESK_"));
      env.put("TIERDESK_DEMO", "true");
      env.put("TIERDESK_TEST_SUPPORT", "true");
      env.put("TIERDESK_DATA", workdir.resolve("data").toString());
      env.putAll(settings);
      Files.writeString(
          log,
          "\n===== start " + starts + " with " + settings + "\n",
          StandardCharsets.UTF_8,
          java.nio.file.StandardOpenOption.CREATE,
          java.nio.file.StandardOpenOption.APPEND);
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start Payara Micro", e);
    }
    baseUri = URI.create("http://localhost:" + port);
    Runtime.getRuntime().addShutdownHook(new Thread(this::close, "restartable-server-stop"));
    try {
      awaitReady();
    } catch (RuntimeException | Error e) {
      close();
      throw e;
    }
    return this;
  }

  /** Stops the server as an operator would (SIGTERM, then waits for its exit); data stays. */
  public void stop() {
    Process running = process;
    if (running == null) {
      return;
    }
    process = null;
    running.destroy();
    try {
      if (!running.waitFor(STOP_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
        running.descendants().forEach(ProcessHandle::destroyForcibly);
        running.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        throw new IllegalStateException("Payara Micro did not stop within " + STOP_LIMIT);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running.destroyForcibly();
    }
  }

  /** Where the running server answers; no trailing slash. */
  public URI baseUri() {
    if (process == null) {
      throw new IllegalStateException("The server is not running");
    }
    return baseUri;
  }

  /** The server's output over all its starts. */
  public Path log() {
    return workdir.resolve("server.log");
  }

  @Override
  public void close() {
    stop();
  }

  private List<String> command(int port) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(
        List.of(
            "-Xmx512m",
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC",
            "-Duser.timezone=UTC",
            "-Djava.io.tmpdir=" + workdir.resolve("tmp"),
            "-jar",
            required("payara.microJar"),
            "--deploy",
            required("tierdesk.war"),
            "--contextroot",
            "/",
            "--port",
            String.valueOf(port),
            "--nocluster",
            "--rootdir",
            workdir.resolve("payara").toString()));
    Path postBoot = Path.of("server-config", "post-boot-commands.asadmin").toAbsolutePath();
    if (Files.isRegularFile(postBoot)) {
      command.add("--postbootcommandfile");
      command.add(postBoot.toString());
    }
    return command;
  }

  private void awaitReady() {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    long deadline = System.nanoTime() + STARTUP_LIMIT.toNanos();
    boolean healthy = false;
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "Payara Micro exited with code " + process.exitValue() + failureLog());
      }
      // Log in only once the application is up: failed logins count towards the lock-out.
      healthy = healthy || status(client, baseUri.resolve("/health/ready"), null) == 200;
      if (healthy && status(client, baseUri.resolve("/api/v1/tickets?size=1"), "employee") == 200) {
        return;
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for Tierdesk", e);
      }
    }
    throw new IllegalStateException(
        "Tierdesk was not ready within " + STARTUP_LIMIT.toSeconds() + " s" + failureLog());
  }

  private static int status(HttpClient client, URI uri, String demoUser) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
    if (demoUser != null) {
      request.header("Authorization", Api.basic(demoUser, demoUser));
    }
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for Tierdesk", e);
    }
  }

  private String failureLog() {
    try {
      List<String> lines = Files.readAllLines(log(), StandardCharsets.UTF_8);
      List<String> tail =
          lines.subList(Math.max(0, lines.size() - LOG_LINES_ON_FAILURE), lines.size());
      return "; last lines of " + log() + ":\n" + String.join("\n", tail);
    } catch (IOException | UncheckedIOException e) {
      return "; no server log at " + log() + " (" + e + ")";
    }
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          "System property " + property + " is not set; run the tests through Maven failsafe");
    }
    return value;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("No free port", e);
    }
  }

  private static void deleteRecursively(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
