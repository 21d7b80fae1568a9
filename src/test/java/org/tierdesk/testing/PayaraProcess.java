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
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Starting, awaiting and stopping the built WAR on Payara Micro in a process of its own, as the
 * test servers ({@link TierdeskServer}, {@link RestartableServer}) do: the same JVM flags and
 * listener settings as {@code ./tierdesk run}, a free port, a folder of its own for Payara's root
 * and temporary files.
 */
final class PayaraProcess {

  static final Duration STARTUP_LIMIT = Duration.ofSeconds(180);
  private static final int LOG_LINES_ON_FAILURE = 80;

  private PayaraProcess() {}

  /** The command line of a Payara Micro with the WAR, its files under {@code workdir}. */
  static List<String> command(Path workdir, int port) {
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
    // The same single-node session settings and listener settings as ./tierdesk run.
    command.add("--prebootcommandfile");
    command.add(Path.of("server-config", "single-node.asadmin").toAbsolutePath().toString());
    return command;
  }

  /**
   * Waits until the application answers a demo login on the API, or fails with the end of the log
   * when the process exits or the start-up limit passes.
   */
  static void awaitReady(Process process, URI baseUri, Path log) {
    HttpClient client = pollingClient();
    long deadline = System.nanoTime() + STARTUP_LIMIT.toNanos();
    boolean deployed = false;
    String seen = "no answer yet";
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "Payara Micro exited with code " + process.exitValue() + failureLog(log));
      }
      // Log in only once the application is up: failed logins count towards the lock-out.
      // Health answers before the application is deployed; a login then can poison a request
      // thread (an EJB call into a half-deployed application), so wait for the login page too.
      if (!deployed) {
        Probe health = probe(client, baseUri.resolve("/health/ready"), null);
        Probe login = health.ok() ? probe(client, baseUri.resolve("/login.xhtml"), null) : null;
        deployed = health.ok() && login.ok();
        seen = "health " + health + (login == null ? "" : ", login page " + login);
      }
      if (deployed) {
        Probe api = probe(client, baseUri.resolve("/api/v1/tickets?size=1"), "employee");
        if (api.ok()) {
          return;
        }
        seen = "deployed, but a demo login on the API answers " + api;
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for Tierdesk", e);
      }
    }
    throw new IllegalStateException(
        "Tierdesk was not ready within "
            + STARTUP_LIMIT.toSeconds()
            + " s (last seen: "
            + seen
            + ")"
            + failureLog(log));
  }

  /**
   * A client for asking a starting server whether it is up: HTTP/1.1, so that every answer that
   * does not come closes its connection. Over HTTP/2 (Payara accepts the h2c upgrade while it
   * boots) all probes ride one connection opened during the boot; once in CI a restarted server
   * came up, fired its timers, and yet every probe failed for 180 s.
   */
  static HttpClient pollingClient() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
  }

  /** The status of a GET, as a demo user (password = name) or anonymous; -1 if none came. */
  static int status(HttpClient client, URI uri, String demoUser) {
    return probe(client, uri, demoUser).status();
  }

  /** What a GET answered: its status, or why none came (status -1). */
  record Probe(int status, String failure) {
    boolean ok() {
      return status == 200;
    }

    @Override
    public String toString() {
      return failure == null ? String.valueOf(status) : "none (" + failure + ")";
    }
  }

  static Probe probe(HttpClient client, URI uri, String demoUser) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
    if (demoUser != null) {
      request.header("Authorization", Api.basic(demoUser, demoUser));
    }
    try {
      return new Probe(
          client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode(), null);
    } catch (IOException e) {
      return new Probe(-1, e.getClass().getSimpleName() + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for Tierdesk", e);
    }
  }

  /**
   * Stops the process and its children as an operator would (SIGTERM), and forcibly after {@code
   * limit}. Returns false if it had to be killed.
   */
  static boolean stop(Process process, Duration limit) {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
        return true;
      }
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
    return false;
  }

  static String failureLog(Path log) {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      List<String> tail =
          lines.subList(Math.max(0, lines.size() - LOG_LINES_ON_FAILURE), lines.size());
      return "; last lines of " + log + ":\n" + String.join("\n", tail);
    } catch (IOException | UncheckedIOException e) {
      return "; no server log at " + log + " (" + e + ")";
    }
  }

  /** The failsafe JVM's working folder for test servers ({@code it.workdir}). */
  static Path workdir() {
    return Path.of(required("it.workdir")).toAbsolutePath();
  }

  static String required(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          "System property " + property + " is not set; run the tests through Maven failsafe");
    }
    return value;
  }

  /**
   * A free port below the kernel's range for outgoing connections (32768 and up on Linux), so that
   * no client's connection can be handed the port between this check and Payara's bind. (Servers
   * that came up without an HTTP listener, "GrizzlyProxy is NULL" in their log, had another cause:
   * a post-boot {@code set} on the listener, see {@code server-config/README.md}.)
   */
  static int freePort() {
    for (int attempt = 0; attempt < 200; attempt++) {
      int port = ThreadLocalRandom.current().nextInt(20_000, 32_000);
      try (ServerSocket socket = new ServerSocket(port)) {
        return socket.getLocalPort();
      } catch (IOException taken) {
        // Try another one.
      }
    }
    throw new UncheckedIOException("No free port", new IOException("200 ports tried"));
  }

  /** Removes a folder and what it holds, if it exists. */
  static void deleteRecursively(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not remove " + folder, e);
    }
  }

  /**
   * Creates Payara's root and temporary folders under {@code workdir}; the root folder starts
   * empty, as {@code ./tierdesk run} starts it (a root folder kept from an earlier start makes
   * Payara load the application it remembers and then deploy the WAR again).
   */
  static void createFolders(Path workdir) {
    deleteRecursively(workdir.resolve("payara"));
    try {
      Files.createDirectories(workdir.resolve("tmp"));
      Files.createDirectories(workdir.resolve("payara"));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not prepare " + workdir, e);
    }
  }
}
