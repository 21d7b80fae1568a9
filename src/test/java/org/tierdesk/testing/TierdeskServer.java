package org.tierdesk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
    return PayaraProcess.workdir().resolve("server.log");
  }

  /**
   * How many instances of a class the server's heap holds, counted by the JDK's class histogram
   * (which collects the garbage first): for tests of what the server keeps in memory between
   * requests.
   */
  public static long liveInstances(String className) {
    return jcmd("GC.class_histogram").stream()
        .map(line -> line.trim().split("\\s+"))
        .filter(fields -> fields.length >= 4 && fields[3].equals(className))
        .mapToLong(fields -> Long.parseLong(fields[1]))
        .sum();
  }

  /**
   * How many of the server's threads have a name that starts with the prefix (the JDK's thread
   * dump), e.g. the HTTP request threads, {@code http-thread-pool}.
   */
  public static long threads(String namePrefix) {
    return jcmd("Thread.print").stream().filter(line -> line.startsWith("\"" + namePrefix)).count();
  }

  /** The lines a {@code jcmd} diagnostic command prints for the server's JVM. */
  private static List<String> jcmd(String command) {
    Running server = running;
    if (server == null) {
      throw new IllegalStateException("The Tierdesk server is not started");
    }
    String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
    try {
      Process process =
          new ProcessBuilder(jcmd, String.valueOf(server.process.pid()), command)
              .redirectErrorStream(true)
              .start();
      List<String> lines = new String(process.getInputStream().readAllBytes()).lines().toList();
      if (process.waitFor() != 0) {
        throw new IllegalStateException("jcmd failed: " + String.join("\n", lines));
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
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
    Path workdir = PayaraProcess.workdir();
    Path log = workdir.resolve("server.log");
    Process process;
    PayaraProcess.deleteRecursively(workdir.resolve("data"));
    // Payara redeploys what its root folder holds from the last run (an older WAR, with older
    // migrations) before the WAR given here: start from an empty root.
    PayaraProcess.deleteRecursively(workdir.resolve("payara"));
    PayaraProcess.createFolders(workdir);
    ProcessBuilder builder = new ProcessBuilder().redirectErrorStream(true);
    // The environment starts the test directory and identity provider on ports of their own;
    // choose Payara's port only after them, or one of them may take the port just found free.
    environment(builder.environment(), workdir);
    int port = PayaraProcess.freePort();
    try {
      builder.command(PayaraProcess.command(workdir, port)).redirectOutput(log.toFile());
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start Payara Micro", e);
    }
    Running server = new Running(process, URI.create("http://localhost:" + port));
    // A safety net for a JVM that ends without closing the store (e.g. a fork killed by timeout).
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "tierdesk-server-stop"));
    try {
      PayaraProcess.awaitReady(process, server.baseUri, log);
      warm(server.baseUri);
    } catch (RuntimeException | Error e) {
      server.close();
      throw e;
    }
    return server;
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
      env.put("TIERDESK_DB_URL", PayaraProcess.required("it.db.url"));
      env.put("TIERDESK_DB_USER", PayaraProcess.required("it.db.user"));
      env.put("TIERDESK_DB_PASSWORD", System.getProperty("it.db.password", ""));
    }
  }

  /** The first Faces page and the first JSON answer are slow on a fresh JVM; pay that here. */
  private static void warm(URI baseUri) {
    HttpClient client = PayaraProcess.pollingClient();
    PayaraProcess.status(client, baseUri.resolve("/login.xhtml"), null);
    PayaraProcess.status(client, baseUri.resolve("/api/v1/tickets/1?x=warm"), "line1");
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
      PayaraProcess.stop(process, Duration.ofSeconds(30));
    }
  }
}
