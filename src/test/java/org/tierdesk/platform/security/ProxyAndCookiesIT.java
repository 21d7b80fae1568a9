package org.tierdesk.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tierdesk.platform.security.BearerTokenApiIT.basic;
import static org.tierdesk.platform.security.BearerTokenApiIT.unique;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tierdesk.testing.LoopbackHttp;
import org.tierdesk.testing.TierdeskServer;
import org.tierdesk.testing.WebSession;

/**
 * Hardening that a browser never shows: whose {@code X-Forwarded-For} counts for the login
 * lock-out, the flags of the session cookie, a new session id on login, and Faces postbacks that
 * need the view state of the page they come from. The test server trusts {@link
 * TierdeskServer#TRUSTED_PROXY} (127.0.0.2) as a reverse proxy; other loopback addresses play
 * clients.
 */
@ExtendWith(TierdeskServer.class)
class ProxyAndCookiesIT {

  private static final int FAILURES_PER_ADDRESS = 50;
  private static final String TICKETS = "/api/v1/tickets?size=1";

  @Test
  void trustedProxyForwardsTheClientAddressForTheLockOut() {
    LoopbackHttp proxy = LoopbackHttp.from(TierdeskServer.TRUSTED_PROXY);
    String guesser = "198.51.100.7";
    for (int i = 0; i < FAILURES_PER_ADDRESS; i++) {
      Map<String, String> headers = new LinkedHashMap<>(basic(unique("nobody"), "guess"));
      // A client-supplied value left of the proxy's entry must not matter.
      headers.put("X-Forwarded-For", "10.9.9." + i + ", " + guesser);
      assertThat(proxy.get(TICKETS, headers).status()).isEqualTo(401);
    }

    assertThat(proxy.get(TICKETS, forwarded(basic("employee", "employee"), guesser)).status())
        .as("the guessing client is locked out, even with a right password")
        .isEqualTo(429);
    assertThat(
            proxy.get(TICKETS, forwarded(basic("employee", "employee"), "198.51.100.8")).status())
        .as("another client behind the same proxy is not")
        .isEqualTo(200);
    assertThat(
            LoopbackHttp.from("127.0.0.6")
                .get(TICKETS, forwarded(basic("employee", "employee"), guesser))
                .status())
        .as("an untrusted peer cannot pose as the locked address either")
        .isEqualTo(200);
  }

  @Test
  void untrustedPeerCannotDodgeTheLockOutWithForgedHeaders() throws Exception {
    // Every failure counts against the real peer, whatever it claims to forward for; the server
    // log shows the address the lock-out counted (a full lock-out costs 50 password hashes, and
    // the test above already shows one).
    LoopbackHttp attacker = LoopbackHttp.from("127.0.0.7");
    List<String> users = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String user = unique("dodger");
      users.add(user);
      Map<String, String> headers = forwarded(basic(user, "guess"), "203.0.113." + i);
      headers.put("X-Real-IP", "203.0.113." + i);
      assertThat(attacker.get(TICKETS, headers).status()).isEqualTo(401);
    }

    String log = Files.readString(TierdeskServer.logFile(), StandardCharsets.UTF_8);
    for (String user : users) {
      assertThat(log).contains("Login failed: user=" + user + " address=127.0.0.7");
    }
    assertThat(log).doesNotContain("address=203.0.113.");
  }

  @Test
  void sessionCookieIsHttpOnlyAndSameSite() {
    String cookie = sessionCookie(LoopbackHttp.from("127.0.0.8").get("/login.xhtml", Map.of()));

    assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
    assertThat(cookie).doesNotContainIgnoringCase("Secure");
  }

  @Test
  void sessionCookieIsSecureWhenATrustedProxySaysHttps() {
    Map<String, String> https = Map.of("X-Forwarded-Proto", "https");

    String behindProxy =
        sessionCookie(LoopbackHttp.from(TierdeskServer.TRUSTED_PROXY).get("/login.xhtml", https));
    String spoofed = sessionCookie(LoopbackHttp.from("127.0.0.8").get("/login.xhtml", https));

    assertThat(behindProxy).containsIgnoringCase("; Secure").containsIgnoringCase("SameSite=Lax");
    assertThat(spoofed).doesNotContainIgnoringCase("Secure");
  }

  @Test
  void formLoginGivesANewSessionId() {
    LoopbackHttp browser = LoopbackHttp.from("127.0.0.9");
    LoopbackHttp.Reply page = browser.get("/login.xhtml", Map.of());
    String before = sessionId(page);

    LoopbackHttp.Reply login =
        postLogin(browser, page, cookies(page), "employee", "employee", Map.of());

    assertThat(login.status()).as(login.toString()).isEqualTo(302);
    String after = sessionId(login);
    assertThat(after).isNotEqualTo(before);
    assertThat(browser.get("/portal/index.xhtml", Map.of("Cookie", cookies(login))).status())
        .isEqualTo(200);
    assertThat(browser.get("/portal/index.xhtml", Map.of("Cookie", cookies(page))).status())
        .as("the id from before the login is worth nothing")
        .isEqualTo(302);
  }

  /**
   * A node started alone ({@code --nocluster} with {@code server-config/single-node.asadmin}, as
   * the tests, {@code ./tierdesk run} and the Docker default start it) keeps sessions in memory:
   * the container sets {@code JSESSIONIDVERSION} only for sessions it replicates, which costs a
   * whole session serialization after every request.
   */
  @Test
  void aSingleNodeDoesNotReplicateSessions() {
    LoopbackHttp browser = LoopbackHttp.from("127.0.0.9");
    LoopbackHttp.Reply page = browser.get("/login.xhtml", Map.of());

    LoopbackHttp.Reply login =
        postLogin(browser, page, cookies(page), "employee", "employee", Map.of());

    assertThat(login.status()).as(login.toString()).isEqualTo(302);
    assertThat(login.all("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONIDVERSION="));
    assertThat(
            browser.get("/portal/index.xhtml", Map.of("Cookie", "JSESSIONID=" + sessionId(login))))
        .as("the session id alone keeps the login")
        .extracting(LoopbackHttp.Reply::status)
        .isEqualTo(200);
  }

  /**
   * The listener settings of {@code server-config/single-node.asadmin}, set before Payara boots: no
   * response tells which server or runtime answers it.
   */
  @Test
  void responsesDoNotNameTheServer() {
    LoopbackHttp browser = LoopbackHttp.from("127.0.0.9");
    for (String path : List.of("/login.xhtml", "/api/v1/tickets?size=1", "/no-such-page")) {
      LoopbackHttp.Reply reply = browser.get(path, Map.of());
      assertThat(reply.status()).as(path).isIn(200, 401, 404);
      assertThat(reply.header("Server")).as(path).isEmpty();
      assertThat(reply.header("X-Powered-By")).as(path).isEmpty();
    }
  }

  /**
   * The plain listener answers in HTTP/1.1 a client that asks to upgrade to HTTP/2 (h2c): on this
   * Payara, every upgraded connection's session and streams stayed on the heap after it closed
   * (BENCHMARKS.md, "connections that outlived their clients").
   */
  @Test
  void theListenerDoesNotUpgradeToHttp2() throws Exception {
    HttpClient asksForHttp2 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
    // Twice: the second request goes over the connection the first one left open.
    for (int i = 0; i < 2; i++) {
      HttpResponse<Void> reply =
          asksForHttp2.send(
              HttpRequest.newBuilder(TierdeskServer.baseUri().resolve("/login.xhtml")).build(),
              HttpResponse.BodyHandlers.discarding());
      assertThat(reply.statusCode()).isEqualTo(200);
      assertThat(reply.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
    }
  }

  @Test
  void postbackWithoutTheViewStateOfThePageDoesNothing() {
    LoopbackHttp browser = LoopbackHttp.from("127.0.0.9");
    LoopbackHttp.Reply page = browser.get("/login.xhtml", Map.of());
    Map<String, String> cookie =
        Map.of(
            "Cookie",
            cookies(postLogin(browser, page, cookies(page), "employee", "employee", Map.of())));

    // A forged "log out" from another site knows the form, but not the page's view state.
    LoopbackHttp.Reply forged =
        browser.post(
            "/portal/index.xhtml",
            cookie,
            form(
                "account",
                "account",
                "account:logout",
                "",
                "jakarta.faces.ViewState",
                "-1234567890123456789:987654321"));

    assertThat(forged.header("Location").orElse(""))
        .as(forged.toString())
        .doesNotContain("/login.xhtml");
    assertThat(browser.get("/portal/index.xhtml", cookie).status())
        .as("still logged in")
        .isEqualTo(200);
  }

  @Test
  void crossSitePostIsRefused() {
    LoopbackHttp browser = LoopbackHttp.from("127.0.0.9");
    LoopbackHttp.Reply page = browser.get("/login.xhtml", Map.of());

    LoopbackHttp.Reply login =
        postLogin(
            browser,
            page,
            cookies(page),
            "employee",
            "employee",
            Map.of("Origin", "https://evil.example"));

    assertThat(login.status()).isEqualTo(403);
  }

  private static LoopbackHttp.Reply postLogin(
      LoopbackHttp browser,
      LoopbackHttp.Reply page,
      String cookies,
      String user,
      String password,
      Map<String, String> extraHeaders) {
    Map<String, String> headers = new LinkedHashMap<>(extraHeaders);
    headers.put("Cookie", cookies);
    return browser.post(
        "/login.xhtml",
        headers,
        form(
            "login",
            "login",
            "login:next",
            "",
            "login:username",
            user,
            "login:password",
            password,
            "login:submit",
            "",
            "jakarta.faces.ViewState",
            WebSession.viewStateOf(page.body())));
  }

  private static Map<String, String> forwarded(Map<String, String> headers, String client) {
    Map<String, String> all = new LinkedHashMap<>(headers);
    all.put("X-Forwarded-For", client);
    return all;
  }

  private static String sessionCookie(LoopbackHttp.Reply reply) {
    return reply.all("Set-Cookie").stream()
        .filter(c -> c.startsWith("JSESSIONID="))
        .reduce((first, second) -> second)
        .orElseThrow(() -> new AssertionError("No session cookie in " + reply.headers()));
  }

  /**
   * The cookies a browser would send after this answer: every cookie it set, by name and value. The
   * session cookie alone is not enough: the container also sets {@code JSESSIONIDVERSION} for its
   * replicated sessions, and a request without it may be served an older copy of the session (one
   * from before the login).
   */
  private static String cookies(LoopbackHttp.Reply reply) {
    return reply.all("Set-Cookie").stream()
        .map(cookie -> cookie.split(";", 2)[0].strip())
        .collect(Collectors.joining("; "));
  }

  private static String sessionId(LoopbackHttp.Reply reply) {
    String cookie = sessionCookie(reply);
    int end = cookie.indexOf(';');
    return cookie.substring("JSESSIONID=".length(), end < 0 ? cookie.length() : end);
  }

  private static String form(String... namesAndValues) {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (body.length() > 0) {
        body.append('&');
      }
      body.append(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
    }
    return body.toString();
  }
}
