package org.tierdesk.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A small HTTP client for the REST API of the {@link TierdeskServer}, so that tests read like the
 * API: {@code Api.as("employee").post("/api/v1/tickets", json)}. Demo users have their user name as
 * password. Every call has a 30 s timeout; answers are kept whole in an {@link Answer}.
 */
public final class Api {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  // HTTP/1.1, as browsers and scripts speak to a plain-HTTP server: with HTTP/2 (h2c) all tests
  // would share one multiplexed connection, and one connection gone bad would fail every test
  // after.
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private final Map<String, String> headers;

  /** The server to talk to; null: the {@link TierdeskServer}. */
  private final URI server;

  private Api(Map<String, String> headers) {
    this(headers, null);
  }

  private Api(Map<String, String> headers, URI server) {
    this.headers = Map.copyOf(headers);
    this.server = server;
  }

  /** A demo user, whose password is the user name. */
  public static Api as(String demoUser) {
    return as(demoUser, demoUser);
  }

  /** Any user with HTTP Basic credentials. */
  public static Api as(String user, String password) {
    return new Api(Map.of("Authorization", basic(user, password)));
  }

  /** Without credentials. */
  public static Api anonymous() {
    return new Api(Map.of());
  }

  /** The same caller, asking for answers in another language ({@code Accept-Language}). */
  public Api language(String languageTag) {
    return header("Accept-Language", languageTag);
  }

  /** The same caller, with one more request header. */
  public Api header(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new Api(more, server);
  }

  /** The same caller, talking to another server (e.g. {@code http://localhost:41234}). */
  public Api at(URI otherServer) {
    return new Api(headers, otherServer);
  }

  public Answer get(String path) {
    return send(request(path).GET());
  }

  public Answer post(String path, JsonStructure body) {
    return post(path, body.toString());
  }

  /**
   * Opens a ticket as this caller ({@code POST /api/v1/tickets}) and answers the created ticket;
   * anything but 201 fails the test with the answer.
   */
  public Answer createTicket(String subject, String description) {
    Answer created = post("/api/v1/tickets", json("subject", subject, "description", description));
    if (created.status() != 201) {
      throw new AssertionError("The ticket was not created: " + created);
    }
    return created;
  }

  /** A POST with a raw JSON text, also for sending broken JSON on purpose. */
  public Answer post(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
  }

  /** A POST with a binary body, e.g. an attachment. */
  public Answer post(String path, byte[] body, String contentType) {
    return send(
        request(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  public Answer put(String path, JsonStructure body) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
  }

  public Answer patch(String path, JsonStructure body) {
    return patch(path, body.toString());
  }

  public Answer patch(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .method("PATCH", HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
  }

  /** Any other request; the builder already has the caller's headers and the timeout. */
  public Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<byte[]> response =
          CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Answer(response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new IllegalStateException("Request failed: " + request.build().uri(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted: " + request.build().uri(), e);
    }
  }

  /** A request to a path of the server (e.g. {@code /api/v1/tickets?q=x}) with this caller. */
  public HttpRequest.Builder request(String path) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create((server != null ? server : TierdeskServer.baseUri()) + path))
            .timeout(TIMEOUT);
    headers.forEach(request::header);
    return request;
  }

  /** Builds a JSON object from name/value pairs; values may be strings, numbers, booleans, JSON. */
  public static JsonObject json(Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("Give names and values in pairs");
    }
    JsonObjectBuilder object = Json.createObjectBuilder();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      String name = (String) namesAndValues[i];
      Object value = namesAndValues[i + 1];
      if (value == null) {
        object.addNull(name);
      } else if (value instanceof JsonValue json) {
        object.add(name, json);
      } else if (value instanceof Boolean bool) {
        object.add(name, bool);
      } else if (value instanceof Integer number) {
        object.add(name, number);
      } else if (value instanceof Long number) {
        object.add(name, number);
      } else if (value instanceof Number number) {
        object.add(name, Json.createValue(number.doubleValue()));
      } else {
        object.add(name, value.toString());
      }
    }
    return object.build();
  }

  static String basic(String user, String password) {
    String pair = user + ":" + password;
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  /** One HTTP answer. */
  public record Answer(int status, HttpHeaders headers, byte[] bytes) {

    public String body() {
      return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The first value of a header, if any. */
    public Optional<String> header(String name) {
      return headers.firstValue(name);
    }

    public JsonObject json() {
      try (JsonReader reader = Json.createReader(new StringReader(body()))) {
        return reader.readObject();
      } catch (RuntimeException e) {
        throw new IllegalStateException("Not a JSON object (HTTP " + status + "): " + body(), e);
      }
    }

    public JsonArray array() {
      try (JsonReader reader = Json.createReader(new StringReader(body()))) {
        return reader.readArray();
      } catch (RuntimeException e) {
        throw new IllegalStateException("Not a JSON array (HTTP " + status + "): " + body(), e);
      }
    }

    /** The problem document's {@code detail}, for readable assertions on errors. */
    public String detail() {
      return json().getString("detail", "");
    }

    @Override
    public String toString() {
      return "HTTP " + status + " " + body();
    }
  }
}
