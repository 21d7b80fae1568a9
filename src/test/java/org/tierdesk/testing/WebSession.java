package org.tierdesk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-less web session: a cookie jar, no redirects followed, and the form login of the login
 * page posted as a browser would. For tests that check what a page answers (status, redirect)
 * rather than how it looks; those use {@link Browser}.
 */
public final class WebSession {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private final HttpClient client;

  private WebSession() {
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  public static WebSession anonymous() {
    return new WebSession();
  }

  /** A session logged in through the login form; fails if the login does not succeed. */
  public static WebSession loggedIn(String username, String password) {
    WebSession session = new WebSession();
    HttpResponse<String> form = session.get("/login.xhtml");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("login", "login");
    fields.put("login:next", "");
    fields.put("login:username", username);
    fields.put("login:password", password);
    fields.put("login:submit", "");
    fields.put("jakarta.faces.ViewState", viewStateOf(form.body()));
    HttpResponse<String> answer = session.postForm("/login.xhtml", fields);
    if (answer.statusCode() != 302) {
      throw new IllegalStateException(
          "Login of " + username + " failed with " + answer.statusCode() + ": " + answer.body());
    }
    return session;
  }

  /** The Faces view state of a page, as its forms post it back. */
  public static String viewStateOf(String html) {
    Matcher viewState = VIEW_STATE.matcher(html);
    if (!viewState.find()) {
      throw new IllegalStateException("The page has no view state: " + html);
    }
    return viewState.group(1).replace("&#58;", ":").replace("&amp;", "&");
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  public HttpResponse<String> postForm(String path, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(
          request.timeout(Duration.ofSeconds(60)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static URI uri(String path) {
    return URI.create(TierdeskServer.baseUri() + path);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
