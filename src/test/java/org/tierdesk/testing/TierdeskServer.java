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
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The Tierdesk server that black-box tests (REST and browser) talk to: one Payara Micro with the
 * built WAR, started once for the whole failsafe JVM, because a start costs 15–60 s. Register it
 * with {@code @ExtendWith(TierdeskServer.class)} and reach it through {@link #baseUri()} or {@link
 * Api}.
 *
 * <p>Configuration comes from the system properties failsafe passes (see pom.xml): {@code
 * tierdesk.war}, {@code payara.microJar}, {@code it.workdir}, {@code it.db} ({@code h2} or {@code
 * postgresql}) and for PostgreSQL {@code it.db.url}, {@code it.db.user}, {@code it.db.password}.
 * The server runs with demo data, the test-support endpoints and an attachment limit of {@link
 * #ATTACHMENT_LIMIT_BYTES}; its output goes to {@code <it.workdir>/server.log}.
 */
public final class TierdeskServer implements BeforeAllCallback {

  /** The attachment size limit of the test server, small so that the limit is cheap to test. */
  public static final long ATTACHMENT_LIMIT_BYTES = 1024 * 1024;

  /** The loopback address the test server trusts as a reverse proxy (X-Forwarded-For). */
  public static final String TRUSTED_PROXY = "127.0.0.2";

  private static final Duration STARTUP_LIMIT = Duration.ofSeconds(180);
  private static final int LOG_LINES_ON_FAILURE = 80;
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(TierdeskServer.class);

  private static volatile Running running;
  private static volatile RuntimeException startFailure;

  @Override
  public void beforeAll(ExtensionContext context) {
    // The root store lives as long as the test engine run, and closes what it holds at its end.
    context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(Running.class, key -> start(), Running.class);
  }

  /** Where the server answers, e.g. {@code http://localhost:41234}; no trailing slash. */
  public static URI baseUri() {
    Running server = running;
    if (server == null) {
      throw new IllegalStateException(
          "The Tierdesk server is not started: annotate the test class with"
              + " @ExtendWith(TierdeskServer.class)");
    }
    return server.baseUri;
  }

  /** The server's log file, for tests that look for what the server wrote. */
  public static Path logFile() {
    return workdir().resolve("server.log");
  }

  /** The database the server under test uses: {@code h2} or {@code postgresql}. */
  public static String database() {
    return System.getProperty("it.db", "h2");
  }

  private static synchronized Running start() {
    if (running != null) {
      return running;
    }
    if (startFailure != null) {
      // Fail every further test class at once instead of waiting for another start-up limit.
      throw new IllegalStateException("Tierdesk did not start earlier in this run", startFailure);
    }
    try {
      running = launch();
    } catch (RuntimeException e) {
      startFailure = e;
      throw e;
    }
    return running;
  }

  private static Running launch() {
    Path workdir = workdir();
    Path log = workdir.resolve("server.log");
    int port = freePort();
    Process process;
    try {
      deleteRecursively(workdir.resolve("data"));
      // Payara redeploys what its root folder holds from the last run (an older WAR, with older
      // migrations) before the WAR given here: start from an empty root.
      deleteRecursively(workdir.resolve("payara"));
      Files.createDirectories(workdir.resolve("tmp"));
      Files.createDirectories(workdir.resolve("payara"));
      ProcessBuilder builder =
          new ProcessBuilder(command(workdir, port))
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      environment(builder.environment(), workdir);
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start Payara Micro", e);
    }
    Running server = new Running(process, URI.create("http://localhost:" + port));
    // A safety net for a JVM that ends without closing the store (e.g. a fork killed by timeout).
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "tierdesk-server-stop"));
    try {
      awaitReady(server, log);
    } catch (RuntimeException | Error e) {
      server.close();
      throw e;
    }
    return server;
  }

  private static List<String> command(Path workdir, int port) {
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
    // The same listener settings as ./tierdesk run (upload size, no server header).
    Path postBoot = Path.of("server-config", "post-boot-commands.asadmin").toAbsolutePath();
    if (Files.isRegularFile(postBoot)) {
      command.add("--postbootcommandfile");
      command.add(postBoot.toString());
    }
    return command;
  }

  private static void environment(Map<String, String> env, Path workdir) {
    env.put("TIERDESK_DEMO", "true");
    env.put("TIERDESK_TEST_SUPPORT", "true");
    env.put("TIERDESK_DATA", workdir.resolve("data").toString());
    env.put("TIERDESK_ATTACHMENTS_MAX_BYTES", String.valueOf(ATTACHMENT_LIMIT_BYTES));
    // Single sign-on against a provider in this JVM; 127.0.0.2 plays a trusted reverse proxy.
    env.putAll(TestIdentityProvider.environment());
    env.put("TIERDESK_PROXY_TRUSTED", TRUSTED_PROXY);
    env.keySet().removeIf(name -> name.startsWith("TIERDESK_DB_"));
    // The company directory: a real LDAP server in this JVM, started before Payara.
    env.keySet().removeIf(name -> name.startsWith("TIERDESK_LDAP_"));
    env.putAll(TestDirectory.environment());
    if ("postgresql".equals(database())) {
      env.put("TIERDESK_DB_URL", required("it.db.url"));
      env.put("TIERDESK_DB_USER", required("it.db.user"));
      env.put("TIERDESK_DB_PASSWORD", System.getProperty("it.db.password", ""));
    }
  }

  private static void awaitReady(Running server, Path log) {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    long deadline = System.nanoTime() + STARTUP_LIMIT.toNanos();
    boolean healthy = false;
    while (System.nanoTime() < deadline) {
      if (!server.process.isAlive()) {
        throw new IllegalStateException(
            "Payara Micro exited with code " + server.process.exitValue() + failureLog(log));
      }
      // Log in only once the application is up: failed logins count towards the lock-out.
      // Health answers before the application is deployed; a login then can poison a request
      // thread (an EJB call into a half-deployed application), so wait for the login page too.
      healthy =
          healthy
              || status(client, server.baseUri.resolve("/health/ready"), null) == 200
                  && status(client, server.baseUri.resolve("/login.xhtml"), null) == 200;
      if (healthy
          && status(client, server.baseUri.resolve("/api/v1/tickets?size=1"), "employee") == 200) {
        warm(client, server.baseUri);
        return;
      }
      pause();
    }
    throw new IllegalStateException(
        "Tierdesk was not ready within " + STARTUP_LIMIT.toSeconds() + " s" + failureLog(log));
  }

  /** The first Faces page and the first JSON answer are slow on a fresh JVM; pay that here. */
  private static void warm(HttpClient client, URI baseUri) {
    status(client, baseUri.resolve("/login.xhtml"), null);
    status(client, baseUri.resolve("/api/v1/tickets/1?x=warm"), "line1");
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

  private static void pause() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for Tierdesk", e);
    }
  }

  private static String failureLog(Path log) {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      List<String> tail =
          lines.subList(Math.max(0, lines.size() - LOG_LINES_ON_FAILURE), lines.size());
      return "; last lines of " + log + ":\n" + String.join("\n", tail);
    } catch (IOException | UncheckedIOException e) {
      return "; no server log at " + log + " (" + e + ")";
    }
  }

  private static Path workdir() {
    return Path.of(required("it.workdir")).toAbsolutePath();
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

  /** The started server process; the root store closes it when the test run ends. */
  private static final class Running implements AutoCloseable {
    private final Process process;
    private final URI baseUri;

    Running(Process process, URI baseUri) {
      this.process = process;
      this.baseUri = baseUri;
    }

    @Override
    public void close() {
      running = null;
      process.descendants().forEach(ProcessHandle::destroy);
      process.destroy();
      try {
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
          process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        process.destroyForcibly();
      }
    }
  }
}
