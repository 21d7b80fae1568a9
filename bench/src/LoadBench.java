import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * The load client of the Tierdesk benchmarks: closed-loop clients (each sends its next request
 * when the previous one is answered) for a warm-up, then for the measured time; latencies go to an
 * HdrHistogram. One CSV row per run is appended to the results file:
 * {@code scenario,clients,seconds,requests,errors,throughput_per_s,p50_ms,p95_ms,p99_ms,max_ms}.
 *
 * <p>Launched as a single source file with HdrHistogram on the classpath: {@code java -cp
 * HdrHistogram.jar bench/src/LoadBench.java <base-uri> <scenario> <clients> <warm-up s> <seconds>
 * <csv> [argument]}. Scenarios:
 *
 * <ul>
 *   <li>{@code create}: {@code POST /api/v1/tickets} as requester {@code bench-user-<client>}
 *       with HTTP Basic on every request;
 *   <li>{@code create-session}: the same, logged in once through the login form, then with the
 *       session cookie only;
 *   <li>{@code search}: {@code GET /api/v1/tickets?q=<word>} as an admin (who sees every ticket),
 *       with English and Russian words in turn;
 *   <li>{@code search-first}: the same with texts the node has not counted in the last 30 s, as a
 *       first search of a common word is (see {@link #FRESH_TEXTS});
 *   <li>{@code search-words}: the same with the made-up system names of the data set's subjects
 *       ({@code argument}: a range of their ranks, e.g. {@code 14-131}; see {@link #systemName}),
 *       each searched once, in a fixed shuffled order shared by all clients; the run ends when
 *       every name has been searched or the time is up;
 *   <li>{@code page}: a Faces page ({@code argument}: its path, e.g. {@code
 *       /agent/ticket.xhtml?id=20005000}) for an agent logged in through the login form ({@code
 *       TIERDESK_BENCH_AGENT}, default {@code bench-agent-1}), named {@code page <path> as
 *       <agent>} in the CSV.
 * </ul>
 */
public class LoadBench {

  private static final String PASSWORD = "employee";
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  /**
   * Subjects of created tickets: those of the loaded data set (bench/sql/load-desk.sql), with a
   * system name drawn as there, so that the tickets the creation runs add, the newest of all, read
   * like the rest. With a subject of
   * their own they matched no search word and every search had to read past all of them first.
   */
  private static final List<String> SUBJECTS =
      List.of(
          "Printer prints blank pages",
          "VPN disconnects every few minutes",
          "Cannot log in to the ERP",
          "Outlook does not sync the calendar",
          "Laptop battery drains fast",
          "Need access to the shared drive",
          "Monitor flickers after docking",
          "Password expired on the mail server",
          "Не работает принтер на третьем этаже",
          "Не приходит почта с вложениями",
          "Нужен доступ к папке бухгалтерии",
          "Медленно работает 1С",
          "Сломалась клавиатура",
          "Не подключается VPN из дома");

  private static final List<String> WORDS =
      List.of("printer", "VPN", "ERP", "calendar", "принтер", "почта", "доступ", "клавиатура");

  /**
   * Texts for first searches: every run of 3 to 40 characters of the subjects (lower case, no space
   * at either end), less the words of {@code search}, in a fixed shuffled order: 4,001 texts, each
   * matching at least one ticket in fourteen. A node remembers for 30 s that a search matched more
   * than its count bound and then does not count again (LongSearches), so the texts are used in
   * turn, shared by all clients, and a warning says when they came round again within 30 s.
   */
  static final List<String> FRESH_TEXTS = freshTexts();

  private static final AtomicInteger nextFresh = new AtomicInteger();

  /** Syllables of the system names, as bench/sql/load-desk.sql spells them. */
  private static final String[] LATIN = {
    "ka", "zu", "jo", "xe", "bu", "go", "du", "vi", "ky", "zo", "ju", "xa", "bo", "gu", "di", "vo"
  };

  private static final String[] CYRILLIC = {
    "ка", "зу", "жо", "хе", "бу", "го", "ду", "ви", "кы", "зо", "жу", "ха", "бо", "гу", "ди", "во"
  };

  private static List<String> systemNames = List.of();
  private static final AtomicInteger nextSystemName = new AtomicInteger();
  private static volatile long freshRoundStarted = System.nanoTime();

  public static void main(String[] args) throws Exception {
    if (args.length < 6) {
      System.err.println(
          "usage: LoadBench <base-uri> <create|create-session|search|search-first|search-words|page> <clients> <warm-up s> <seconds> <csv>"
              + " [page path | rank range]");
      System.exit(2);
    }
    URI base = URI.create(args[0]);
    String scenario = args[1];
    int clients = Integer.parseInt(args[2]);
    int warmUp = Integer.parseInt(args[3]);
    int seconds = Integer.parseInt(args[4]);
    Path csv = Path.of(args[5]);
    String argument = args.length > 6 ? args[6] : null;

    List<Client> workers = new ArrayList<>();
    for (int i = 1; i <= clients; i++) {
      workers.add(client(base, scenario, i, argument));
    }
    Recorder recorder = new Recorder(3);
    AtomicLong errors = new AtomicLong();
    run(workers, Duration.ofSeconds(warmUp), new Recorder(3), new AtomicLong(), null);
    recorder.reset();
    long started = System.nanoTime();
    run(workers, Duration.ofSeconds(seconds), recorder, errors, label(scenario, argument));
    double elapsed = (System.nanoTime() - started) / 1e9;
    Histogram histogram = recorder.getIntervalHistogram();
    long requests = histogram.getTotalCount();
    String row =
        String.format(
            Locale.ROOT,
            "%s,%d,%d,%d,%d,%.1f,%.1f,%.1f,%.1f,%.1f",
            label(scenario, argument),
            clients,
            seconds,
            requests,
            errors.get(),
            requests / elapsed,
            histogram.getValueAtPercentile(50) / 1e6,
            histogram.getValueAtPercentile(95) / 1e6,
            histogram.getValueAtPercentile(99) / 1e6,
            histogram.getMaxValue() / 1e6);
    if (!Files.exists(csv)) {
      Files.writeString(
          csv,
          "scenario,clients,seconds,requests,errors,throughput_per_s,p50_ms,p95_ms,p99_ms,max_ms\n");
    }
    Files.writeString(csv, row + "\n", StandardOpenOption.APPEND);
    System.out.println(row);
  }

  /** Requests at least this slow are reported one by one in measured runs. */
  private static final Duration SLOW = Duration.ofMillis(500);

  /** One simulated user: sends a request, waits for the answer, repeats. */
  interface Client {
    /** Sends one request; true if the answer was the expected one. */
    boolean call(long sequence) throws IOException;
  }

  /**
   * Runs the clients for {@code duration}; in a measured run ({@code measured}: its name) each
   * request slower than {@link #SLOW} is reported with the time it was answered, so that a stall
   * can be matched with the server's and PostgreSQL's logs.
   */
  private static void run(
      List<Client> clients,
      Duration duration,
      Recorder recorder,
      AtomicLong errors,
      String measured)
      throws Exception {
    long until = System.nanoTime() + duration.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(clients.size());
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < clients.size(); i++) {
        Client client = clients.get(i);
        long offset = i * 1_000_000L;
        running.add(
            pool.submit(
                () -> {
                  long sequence = offset;
                  while (System.nanoTime() < until) {
                    long t0 = System.nanoTime();
                    boolean ok;
                    try {
                      ok = client.call(sequence++);
                    } catch (IOException e) {
                      ok = false;
                    } catch (Exhausted e) {
                      break;
                    }
                    long took = System.nanoTime() - t0;
                    recorder.recordValue(took);
                    if (measured != null && took >= SLOW.toNanos()) {
                      System.err.printf(
                          Locale.ROOT,
                          "slow: %s, %d ms, answered at %s%n",
                          measured,
                          took / 1_000_000,
                          Instant.now());
                    }
                    if (!ok) {
                      errors.incrementAndGet();
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> future : running) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Thrown by a client that has nothing left to send: it stops before its time is up. */
  static final class Exhausted extends RuntimeException {
    Exhausted() {
      super(null, null, false, false);
    }
  }

  /**
   * The system name of rank {@code rank} (1-2000) in the data set's subjects: three syllables, Latin
   * for odd ranks, Cyrillic for even ones. bench/sql/load-desk.sql puts name r into ln((r+1)/r) /
   * ln 2001 of the tickets: rank 14 into 1 in 110 (about 9,000 of 1,000,000), rank 131 into 1 in
   * 1,000, rank 2000 into 1 in 15,000.
   */
  static String systemName(int rank) {
    int i = rank - 1;
    String[] syllables = i % 2 == 0 ? LATIN : CYRILLIC;
    return syllables[i % 16] + syllables[(i / 16) % 16] + syllables[i / 256];
  }

  /** The rank of a system name for ticket {@code g}, drawn as bench/sql/load-desk.sql does. */
  static int systemRank(long g) {
    double u = ((g * 2654435761L) & 0xFFFFFFFFL) / 4294967296.0;
    return (int) Math.min(2000, Math.floor(Math.exp(u * Math.log(2001))));
  }

  /** The names of the ranks {@code from-to}, in a fixed shuffled order. */
  private static List<String> systemNames(String range) {
    String[] bounds = range.split("-");
    List<String> names = new ArrayList<>();
    for (int rank = Integer.parseInt(bounds[0]); rank <= Integer.parseInt(bounds[1]); rank++) {
      names.add(systemName(rank));
    }
    Collections.shuffle(names, new Random(6));
    return List.copyOf(names);
  }

  /** The next name not yet searched, for any client. */
  private static String nextSystemName() {
    int next = nextSystemName.getAndIncrement();
    if (next >= systemNames.size()) {
      throw new Exhausted();
    }
    return systemNames.get(next);
  }

  /** The agent a page scenario logs in as. */
  private static String agent() {
    return System.getenv().getOrDefault("TIERDESK_BENCH_AGENT", "bench-agent-1");
  }

  /**
   * The scenario's name in the CSV: with its argument, and for pages the agent too (one page costs
   * differently for agents of different lines).
   */
  private static String label(String scenario, String argument) {
    if (argument == null) {
      return scenario;
    }
    return scenario + " " + argument + ("page".equals(scenario) ? " as " + agent() : "");
  }

  private static Client client(URI base, String scenario, int number, String argument)
      throws Exception {
    Connection http = new Connection(base);
    return switch (scenario) {
      case "create" -> creating(http, basic("bench-user-" + number));
      case "create-session" -> {
        logIn(http, "bench-user-" + number);
        yield creating(http, null);
      }
      case "search" -> searching(http, sequence -> WORDS.get((int) (sequence % WORDS.size())));
      case "search-first" -> searching(http, sequence -> freshText());
      case "search-words" -> {
        if (number == 1) {
          systemNames = systemNames(argument);
        }
        yield searching(http, sequence -> nextSystemName());
      }
      case "page" -> {
        logIn(http, agent());
        yield sequence -> http.send("GET", argument, null, null).status() == 200;
      }
      default -> throw new IllegalArgumentException("Unknown scenario " + scenario);
    };
  }

  /** Creates tickets with HTTP Basic ({@code auth}) or, if null, with the session's cookie. */
  private static Client creating(Connection http, String auth) {
    String[] channels = {"PORTAL", "EMAIL", "PHONE", "CHAT"};
    String[] categories = {"HARDWARE", "NETWORK", "EMAIL", "SOFTWARE", "ACCESS"};
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    if (auth != null) {
      headers.put("Authorization", auth);
    }
    return sequence -> {
      String body =
          "{\"subject\":\""
              + SUBJECTS.get((int) (sequence % SUBJECTS.size()))
              + " ("
              + systemName(systemRank(sequence))
              + ") #"
              + sequence
              + "\",\"description\":\"The laptop does not wake up from sleep.\",\"category\":\""
              + categories[(int) (sequence % categories.length)]
              + "\",\"priority\":\"NORMAL\",\"channel\":\""
              + channels[(int) (sequence % channels.length)]
              + "\"}";
      return http.send("POST", "/api/v1/tickets", headers, body).status() == 201;
    };
  }

  private static Client searching(Connection http, LongFunction<String> words) {
    Map<String, String> headers =
        Map.of(
            "Authorization",
            basic(System.getenv().getOrDefault("TIERDESK_BENCH_SEARCHER", "admin")));
    return sequence -> {
      String word = words.apply(sequence);
      String path = "/api/v1/tickets?size=20&q=" + URLEncoder.encode(word, StandardCharsets.UTF_8);
      return http.send("GET", path, headers, null).status() == 200;
    };
  }

  /** The next of {@link #FRESH_TEXTS}, for any client. */
  private static String freshText() {
    int taken = nextFresh.getAndIncrement();
    int next = taken % FRESH_TEXTS.size();
    if (next == 0 && taken > 0) {
      long now = System.nanoTime();
      double round = (now - freshRoundStarted) / 1e9;
      if (round < 30) {
        System.err.printf(
            Locale.ROOT,
            "search-first: all %d texts used in %.1f s; the node may still remember some of them%n",
            FRESH_TEXTS.size(),
            round);
      }
      freshRoundStarted = now;
    }
    return FRESH_TEXTS.get(next);
  }

  private static List<String> freshTexts() {
    TreeSet<String> texts = new TreeSet<>();
    for (String subject : SUBJECTS) {
      String lower = subject.toLowerCase(Locale.ROOT);
      for (int start = 0; start < lower.length(); start++) {
        for (int length = 3; length <= 40 && start + length <= lower.length(); length++) {
          String text = lower.substring(start, start + length);
          if (!text.startsWith(" ") && !text.endsWith(" ")) {
            texts.add(text);
          }
        }
      }
    }
    WORDS.forEach(word -> texts.remove(word.toLowerCase(Locale.ROOT)));
    List<String> shuffled = new ArrayList<>(texts);
    Collections.shuffle(shuffled, new Random(6));
    return List.copyOf(shuffled);
  }

  private static void logIn(Connection http, String username) throws IOException {
    Response form = http.send("GET", "/login.xhtml", null, null);
    Matcher viewState = VIEW_STATE.matcher(form.text());
    if (!viewState.find()) {
      throw new IllegalStateException("No view state on the login page");
    }
    String fields =
        "login=login&login%3Anext=&login%3Ausername="
            + URLEncoder.encode(username, StandardCharsets.UTF_8)
            + "&login%3Apassword="
            + PASSWORD
            + "&login%3Asubmit=&jakarta.faces.ViewState="
            + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8);
    Response answer =
        http.send(
            "POST",
            "/login.xhtml",
            Map.of("Content-Type", "application/x-www-form-urlencoded"),
            fields);
    if (answer.status() != 302) {
      throw new IllegalStateException("Login of " + username + " failed: " + answer.status());
    }
  }

  private static String basic(String username) {
    String password = username.equals("admin") ? "admin" : PASSWORD;
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** An answer: its status and body (the body as bytes; decoded only where a scenario reads it). */
  record Response(int status, byte[] body) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  /**
   * One simulated user's HTTP/1.1 connection to the server: kept alive between requests as a
   * browser's is (browsers speak HTTP/2 only over TLS, which a reverse proxy ends before a node's
   * plain listener), with the user's cookies, never following redirects. Each request is written
   * whole and its answer read on the calling thread, so a request costs the client a write and a
   * read. Java's HTTP client, used until 2026-12-06, hands every request to a selector thread and
   * back: on the two cores the client shares with the server and PostgreSQL it used 1.6-1.9 ms of
   * CPU per creation and 4-5 ms per ticket page, this one 0.2-0.3 and 0.5-0.7 ms (BENCHMARKS.md,
   * 2026-12-06 morning). The answers the server gives are plain: a Content-Length or chunks, no
   * compression (the client asks for none).
   */
  static final class Connection {
    private static final int TIMEOUT_MS = 60_000;
    private final String host;
    private final int port;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    Connection(URI base) {
      host = base.getHost();
      port = base.getPort() < 0 ? 80 : base.getPort();
    }

    /**
     * Sends a request ({@code body} null for none) and reads its answer. A kept-alive connection
     * the server closed while idle is opened again and the request sent once more, as browsers do,
     * but only if the server answered nothing on it.
     */
    Response send(String method, String path, Map<String, String> headers, String body)
        throws IOException {
      byte[] request = request(method, path, headers, body);
      boolean kept = socket != null;
      try {
        return exchange(method, request);
      } catch (Idle e) {
        if (!kept) {
          throw e;
        }
        return exchange(method, request);
      }
    }

    /** Writes the request and reads its answer, on a new connection if none is open. */
    private Response exchange(String method, byte[] request) throws IOException {
      if (socket == null) {
        open();
      }
      try {
        try {
          out.write(request);
        } catch (IOException e) {
          throw new Idle();
        }
        return read(method);
      } catch (IOException e) {
        close();
        throw e;
      }
    }

    private byte[] request(String method, String path, Map<String, String> headers, String body) {
      byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
      StringBuilder head = new StringBuilder(256);
      head.append(method).append(' ').append(path).append(" HTTP/1.1\r\n");
      head.append("Host: ").append(host).append(':').append(port).append("\r\n");
      if (headers != null) {
        headers.forEach(
            (name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
      }
      if (!cookies.isEmpty()) {
        head.append("Cookie: ");
        String separator = "";
        for (Map.Entry<String, String> cookie : cookies.entrySet()) {
          head.append(separator).append(cookie.getKey()).append('=').append(cookie.getValue());
          separator = "; ";
        }
        head.append("\r\n");
      }
      if (body != null) {
        head.append("Content-Length: ").append(content.length).append("\r\n");
      }
      head.append("\r\n");
      byte[] start = head.toString().getBytes(StandardCharsets.ISO_8859_1);
      byte[] whole = new byte[start.length + content.length];
      System.arraycopy(start, 0, whole, 0, start.length);
      System.arraycopy(content, 0, whole, start.length, content.length);
      return whole;
    }

    private Response read(String method) throws IOException {
      String statusLine = line(true);
      if (!statusLine.startsWith("HTTP/1.")) {
        throw new IOException("Not an HTTP/1.x answer: " + statusLine);
      }
      int status = Integer.parseInt(statusLine.substring(9, 12));
      long length = -1;
      boolean chunked = false;
      boolean closing = statusLine.startsWith("HTTP/1.0");
      for (String header = line(false); !header.isEmpty(); header = line(false)) {
        int colon = header.indexOf(':');
        if (colon < 0) {
          continue;
        }
        String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
        String value = header.substring(colon + 1).trim();
        switch (name) {
          case "content-length" -> length = Long.parseLong(value);
          case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
          case "connection" -> closing = value.equalsIgnoreCase("close");
          case "set-cookie" -> remember(value);
          default -> {}
        }
      }
      ByteArrayOutputStream content = new ByteArrayOutputStream(length > 0 ? (int) length : 8192);
      if ("HEAD".equals(method) || status == 204 || status == 304 || status / 100 == 1) {
        // no body
      } else if (chunked) {
        for (long size = chunkSize(); size > 0; size = chunkSize()) {
          copy(content, size);
          line(false);
        }
        while (!line(false).isEmpty()) {
          // trailers
        }
      } else if (length >= 0) {
        copy(content, length);
      } else {
        in.transferTo(content);
        closing = true;
      }
      if (closing) {
        close();
      }
      return new Response(status, content.toByteArray());
    }

    private long chunkSize() throws IOException {
      String size = line(false);
      int extension = size.indexOf(';');
      return Long.parseLong((extension < 0 ? size : size.substring(0, extension)).trim(), 16);
    }

    private void copy(ByteArrayOutputStream to, long length) throws IOException {
      byte[] buffer = new byte[(int) Math.min(length, 16384)];
      for (long left = length; left > 0; ) {
        int read = in.read(buffer, 0, (int) Math.min(left, buffer.length));
        if (read < 0) {
          throw new EOFException("The answer ended early");
        }
        to.write(buffer, 0, read);
        left -= read;
      }
    }

    /**
     * A header line without its CRLF. {@code first}: the status line, where a connection the server
     * had closed before this request shows as {@link Idle}.
     */
    private String line(boolean first) throws IOException {
      StringBuilder line = new StringBuilder(64);
      for (int c = in.read(); c != '\n'; c = in.read()) {
        if (c < 0) {
          if (first && line.length() == 0) {
            throw new Idle();
          }
          throw new EOFException("The answer ended early");
        }
        if (c != '\r') {
          line.append((char) c);
        }
      }
      return line.toString();
    }

    /** Keeps a cookie the server set, or forgets one it expired. */
    private void remember(String setCookie) {
      int end = setCookie.indexOf(';');
      String pair = end < 0 ? setCookie : setCookie.substring(0, end);
      int equals = pair.indexOf('=');
      if (equals <= 0) {
        return;
      }
      String name = pair.substring(0, equals).trim();
      String value = pair.substring(equals + 1).trim();
      String attributes = setCookie.toLowerCase(Locale.ROOT);
      if (value.isEmpty() || attributes.contains("max-age=0")) {
        cookies.remove(name);
      } else {
        cookies.put(name, value);
      }
    }

    private void open() throws IOException {
      socket = new Socket();
      socket.setTcpNoDelay(true);
      socket.setSoTimeout(TIMEOUT_MS);
      socket.connect(new InetSocketAddress(host, port), 10_000);
      in = new BufferedInputStream(socket.getInputStream(), 16384);
      out = socket.getOutputStream();
    }

    private void close() {
      try {
        if (socket != null) {
          socket.close();
        }
      } catch (IOException e) {
        // closing anyway
      }
      socket = null;
    }
  }

  /** The server closed a kept-alive connection before it read the request: send it again. */
  static final class Idle extends IOException {
    Idle() {
      super("The server closed the connection", null);
    }
  }
}
