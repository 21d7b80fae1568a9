package org.tierdesk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * A Tierdesk server of one test's own that can be stopped and started again on the same data: the
 * built WAR on Payara Micro, as {@link TierdeskServer} starts it (demo data, test support), but on
 * an embedded H2 file database in its own folder under {@code <it.workdir>/<name>}, so that what a
 * test does to it touches no other test, and a restart finds the database as the last run left it.
 * Each start costs a full Payara Micro start (15–60 s). Talk to it with {@code
 * Api.as(user).at(server.baseUri())}.
 */
public final class RestartableServer implements AutoCloseable {

  private static final Duration STOP_LIMIT = Duration.ofSeconds(60);

  private final Path workdir;
  private Process process;
  private URI baseUri;
  private int starts;

  /** A server whose files live in {@code <it.workdir>/<name>}; any data of earlier runs is gone. */
  public RestartableServer(String name) {
    this.workdir = PayaraProcess.workdir().resolve(name);
    PayaraProcess.deleteRecursively(workdir);
    PayaraProcess.createFolders(workdir);
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
    PayaraProcess.createFolders(workdir);
    int port = PayaraProcess.freePort();
    Path log = log();
    try {
      ProcessBuilder builder =
          new ProcessBuilder(PayaraProcess.command(workdir, port))
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
      PayaraProcess.awaitReady(process, baseUri, log);
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
    if (!PayaraProcess.stop(running, STOP_LIMIT)) {
      throw new IllegalStateException("Payara Micro did not stop within " + STOP_LIMIT);
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
}
