package org.tierdesk.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tierdesk.testing.Api.json;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tierdesk.testing.Api;
import org.tierdesk.testing.TierdeskServer;
import org.tierdesk.testing.WebSession;

/**
 * Every role against every page and every REST endpoint. The endpoints come from the server's own
 * OpenAPI document and the pages from the web application's folder, so a new endpoint or page that
 * nobody classified here fails this test instead of slipping through unchecked. Object-level checks
 * (someone else's ticket, a ticket of another support line, internal notes) follow.
 */
@ExtendWith(TierdeskServer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT {

  /** Who may call something: the roles, from least to most. */
  enum Access {
    /** Anyone logged in; the object the path names is checked on its own (see below). */
    OWN_OBJECT,
    /** Anyone logged in. */
    LOGGED_IN,
    /** Agents and admins. */
    SUPPORT,
    /** Admins only. */
    ADMIN
  }

  enum Caller {
    REQUESTER("employee"),
    AGENT("line1"),
    ADMIN("admin");

    final String username;

    Caller(String username) {
      this.username = username;
    }

    boolean mayUse(Access access) {
      return switch (access) {
        case OWN_OBJECT, LOGGED_IN -> true;
        case SUPPORT -> this != REQUESTER;
        case ADMIN -> this == ADMIN;
      };
    }
  }

  /**
   * REST paths (below /api/v1) by prefix, most specific first. A path no rule covers fails the
   * test: classify it here when adding an endpoint.
   */
  static final List<Map.Entry<String, Access>> API_RULES =
      List.of(
          Map.entry("/test-support/", Access.ADMIN),
          Map.entry("/admin/", Access.ADMIN),
          Map.entry("/sla/preview", Access.ADMIN),
          Map.entry("/sla/breaching-soon", Access.SUPPORT),
          Map.entry("/sla/breached", Access.SUPPORT),
          Map.entry("/sla/tickets/{id}/", Access.OWN_OBJECT),
          Map.entry("/canned-responses", Access.SUPPORT),
          Map.entry("/macros", Access.SUPPORT),
          Map.entry("/saved-filters", Access.SUPPORT),
          Map.entry("/time-entries", Access.SUPPORT),
          Map.entry("/defects", Access.SUPPORT),
          Map.entry("/tickets/{id}/presence", Access.SUPPORT),
          Map.entry("/tickets/{id}/time-entries", Access.SUPPORT),
          Map.entry("/tickets/{id}/tags", Access.SUPPORT),
          Map.entry("/tickets/{id}/merge", Access.SUPPORT),
          Map.entry("/tickets/{id}/defect", Access.SUPPORT),
          Map.entry("/tickets/{id}/forced-resolution", Access.SUPPORT),
          Map.entry("/tickets/handovers", Access.SUPPORT),
          Map.entry("/tickets/{id}/ownership", Access.SUPPORT),
          Map.entry("/tickets/{id}/escalations", Access.SUPPORT),
          Map.entry("/tickets/{id}/returns", Access.SUPPORT),
          Map.entry("/tickets/{id}/assignment", Access.SUPPORT),
          Map.entry("/tickets/{id}", Access.OWN_OBJECT),
          Map.entry("/tickets", Access.LOGGED_IN),
          Map.entry("/notifications", Access.LOGGED_IN));

  /** Pages by folder of the web application. */
  static final Map<String, Access> PAGE_RULES =
      Map.of("portal/", Access.LOGGED_IN, "agent/", Access.SUPPORT, "admin/", Access.ADMIN);

  /** Pages anyone may open. */
  static final Set<String> PUBLIC_PAGES = Set.of("login.xhtml", "index.xhtml");

  /** Ids no record has, so that calls which pass the role check change nothing. */
  static final String NO_SUCH_ID = "987654321";

  /** Calls skipped for admins because they would disturb other tests (the clock). */
  static final Set<String> NOT_FOR_ADMIN = Set.of("DELETE /test-support/clock");

  record Endpoint(String method, String path, Access access, String contentType) {
    /**
     * The path with ids filled in: a ticket of the demo requester's own where the path names a
     * ticket (so that role checks, not a missing ticket, decide), ids no record has elsewhere.
     */
    String concretePath(long ownTicketId) {
      String filled =
          path.startsWith("/tickets/{id}") || path.startsWith("/sla/tickets/{id}")
              ? path.replaceFirst("\\{id}", Long.toString(ownTicketId))
              : path;
      return "/api/v1" + filled.replaceAll("\\{[^}]+}", NO_SUCH_ID);
    }

    @Override
    public String toString() {
      return method + " /api/v1" + path;
    }
  }

  List<Endpoint> endpoints;
  long ownTicketId;

  @BeforeAll
  void readTheApi() {
    Api.Answer own =
        Api.as("employee")
            .post(
                "/api/v1/tickets",
                json("subject", "Matrix " + UUID.randomUUID(), "description", "For the matrix"));
    assertThat(own.status()).as(own.toString()).isEqualTo(201);
    ownTicketId = own.json().getJsonNumber("id").longValue();
    Api.Answer openapi = Api.anonymous().header("Accept", "application/json").get("/openapi");
    assertThat(openapi.status()).isEqualTo(200);
    JsonObject paths = openapi.json().getJsonObject("paths");
    endpoints = new ArrayList<>();
    List<String> unclassified = new ArrayList<>();
    for (Map.Entry<String, JsonValue> path : paths.entrySet()) {
      String relative = path.getKey().replaceFirst("^/api/v1", "");
      Access access = classify(relative);
      for (Map.Entry<String, JsonValue> operation : path.getValue().asJsonObject().entrySet()) {
        String method = operation.getKey();
        if (!Set.of("get", "post", "put", "patch", "delete").contains(method)) {
          continue;
        }
        if (access == null) {
          unclassified.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
        } else {
          endpoints.add(
              new Endpoint(
                  method.toUpperCase(Locale.ROOT),
                  relative,
                  access,
                  contentType(operation.getValue().asJsonObject())));
        }
      }
    }
    assertThat(unclassified).as("endpoints nobody classified in API_RULES").isEmpty();
    assertThat(endpoints).hasSizeGreaterThan(20);
  }

  /** The first media type the operation's request body takes; JSON when it names none. */
  static String contentType(JsonObject operation) {
    JsonObject body = operation.getJsonObject("requestBody");
    if (body == null || body.getJsonObject("content") == null) {
      return "application/json";
    }
    return body.getJsonObject("content").keySet().stream()
        .filter(type -> !type.contains("*"))
        .findFirst()
        .orElse("application/json");
  }

  static Access classify(String path) {
    return API_RULES.stream()
        .filter(rule -> path.equals(rule.getKey()) || path.startsWith(withSlash(rule.getKey())))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(null);
  }

  private static String withSlash(String prefix) {
    return prefix.endsWith("/") ? prefix : prefix + "/";
  }

  @Nested
  class RestApi {

    @Test
    void anonymousCallersGet401Everywhere() {
      SoftAssertions softly = new SoftAssertions();
      for (Endpoint endpoint : endpoints) {
        Api.Answer answer = call(Api.anonymous(), endpoint);
        softly.assertThat(answer.status()).as(endpoint.toString()).isEqualTo(401);
      }
      softly.assertAll();
    }

    @Test
    void eachRoleReachesWhatItMayAndNothingElse() {
      SoftAssertions softly = new SoftAssertions();
      for (Caller caller : Caller.values()) {
        Api api = Api.as(caller.username);
        for (Endpoint endpoint : endpoints) {
          if (caller == Caller.ADMIN
              && NOT_FOR_ADMIN.contains(endpoint.method + " " + endpoint.path)) {
            continue;
          }
          int status = call(api, endpoint).status();
          String what = caller + " " + endpoint;
          if (!caller.mayUse(endpoint.access())) {
            softly.assertThat(status).as(what).isIn(403, 404);
          } else if (endpoint.access() != Access.OWN_OBJECT) {
            softly.assertThat(status).as(what).isNotIn(401, 403);
          }
        }
      }
      softly.assertAll();
    }

    private Api.Answer call(Api api, Endpoint endpoint) {
      HttpRequest.Builder request = api.request(endpoint.concretePath(ownTicketId));
      HttpRequest.BodyPublisher body =
          HttpRequest.BodyPublishers.ofString(
              endpoint.contentType().contains("json") ? "{}" : "BEGIN:VCALENDAR\r\nEND:VCALENDAR");
      request =
          switch (endpoint.method()) {
            case "GET" -> request.GET();
            case "DELETE" -> request.DELETE();
            default ->
                request
                    .header("Content-Type", endpoint.contentType())
                    .method(endpoint.method(), body);
          };
      return api.send(request);
    }
  }

  @Nested
  class Pages {

    @Test
    void everyPageAnswersEachRoleAsItsFolderSays() {
      Map<Caller, WebSession> sessions = new java.util.EnumMap<>(Caller.class);
      for (Caller caller : Caller.values()) {
        sessions.put(caller, WebSession.loggedIn(caller.username, caller.username));
      }
      SoftAssertions softly = new SoftAssertions();
      for (String page : pages()) {
        Access access =
            PAGE_RULES.entrySet().stream()
                .filter(rule -> page.startsWith(rule.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
        if (access == null) {
          softly.assertThat(PUBLIC_PAGES).as("page nobody classified: " + page).contains(page);
          continue;
        }
        HttpResponse<String> anonymous = WebSession.anonymous().get("/" + page);
        softly.assertThat(anonymous.statusCode()).as("anonymous /" + page).isEqualTo(302);
        softly
            .assertThat(anonymous.headers().firstValue("Location").orElse(""))
            .as("anonymous /" + page)
            .contains("/login.xhtml");
        for (Caller caller : Caller.values()) {
          int status = sessions.get(caller).get("/" + page).statusCode();
          String what = caller + " /" + page;
          if (caller.mayUse(access)) {
            softly.assertThat(status).as(what).isNotIn(401, 403);
          } else {
            softly.assertThat(status).as(what).isEqualTo(403);
          }
        }
      }
      softly.assertAll();
    }

    private List<String> pages() {
      Path webapp = Path.of("src/main/webapp");
      try (Stream<Path> files = Files.walk(webapp)) {
        List<String> pages =
            files
                .filter(file -> file.toString().endsWith(".xhtml"))
                .map(file -> webapp.relativize(file).toString().replace('\\', '/'))
                .filter(page -> !page.startsWith("WEB-INF/") && !page.startsWith("resources/"))
                .sorted()
                .toList();
        assertThat(pages).contains("login.xhtml", "portal/index.xhtml", "admin/policies.xhtml");
        return pages;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class OtherPeoplesData {

    final String token = UUID.randomUUID().toString().substring(0, 8);
    final String stranger = "stranger" + token;
    final String secret = "Internal: the printer vendor contract ends " + token;
    long ticketId;

    @BeforeAll
    void aTicketWithAnInternalNote() {
      Api.Answer created =
          Api.as("admin")
              .post(
                  "/api/v1/test-support/directory/requesters",
                  json("username", stranger, "password", stranger));
      assertThat(created.status()).as(created.toString()).isEqualTo(200);
      Api.Answer ticket =
          Api.as("employee")
              .post(
                  "/api/v1/tickets",
                  json("subject", "Monitor flickers " + token, "description", "Since the update"));
      assertThat(ticket.status()).as(ticket.toString()).isEqualTo(201);
      ticketId = ticket.json().getJsonNumber("id").longValue();
      Api.Answer note =
          Api.as("admin")
              .post(
                  "/api/v1/tickets/" + ticketId + "/replies",
                  json("body", secret, "internal", true));
      assertThat(note.status()).as(note.toString()).isBetween(200, 201);
    }

    @Test
    void anotherRequesterCannotReadOrChangeTheTicket() throws IOException {
      Api strangerApi = Api.as(stranger, stranger);
      String ticket = "/api/v1/tickets/" + ticketId;

      assertThat(strangerApi.get(ticket).status()).isIn(403, 404);
      assertThat(strangerApi.get(ticket + "/history").status()).isIn(403, 404);
      assertThat(strangerApi.get(ticket + "/attachments").status()).isIn(403, 404);
      assertThat(strangerApi.get("/api/v1/sla/tickets/" + ticketId + "/clocks").status())
          .isIn(403, 404);
      assertThat(strangerApi.post(ticket + "/replies", json("body", "mine now")).status())
          .isIn(403, 404);
      assertThat(strangerApi.patch(ticket, json("subject", "hijacked")).status()).isIn(403, 404);
      assertThat(strangerApi.get("/api/v1/tickets?size=100").body()).doesNotContain(token);
      assertThat(
              WebSession.loggedIn(stranger, stranger)
                  .get("/portal/ticket.xhtml?id=" + ticketId)
                  .statusCode())
          .isIn(403, 404);
      assertThat(Files.readString(TierdeskServer.logFile())).contains("Access denied");
    }

    @Test
    void theRequesterNeverSeesInternalNotes() {
      Api.Answer history = Api.as("employee").get("/api/v1/tickets/" + ticketId + "/history");

      assertThat(history.status()).isEqualTo(200);
      assertThat(history.body()).doesNotContain(secret);
      assertThat(Api.as("line1").get("/api/v1/tickets/" + ticketId + "/history").body())
          .contains(secret);
      assertThat(
              WebSession.loggedIn("employee", "employee")
                  .get("/portal/ticket.xhtml?id=" + ticketId)
                  .body())
          .doesNotContain(secret);
    }

    @Test
    void aRequesterCannotActAsSupportOnTheirOwnTicket() {
      Api employee = Api.as("employee");
      String ticket = "/api/v1/tickets/" + ticketId;

      assertThat(
              employee
                  .post(ticket + "/escalations", json("reason", "faster", "tried", "nothing"))
                  .status())
          .isEqualTo(403);
      assertThat(employee.post(ticket + "/assignment", json("agent", "line1")).status())
          .isEqualTo(403);
      // Refused as a mistake on the "internal" field: requesters write public replies only.
      assertThat(
              employee.post(ticket + "/replies", json("body", "psst", "internal", true)).status())
          .isEqualTo(400);
      assertThat(employee.get(ticket + "/history").body()).doesNotContain("psst");
    }
  }

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class OtherLinesTickets {

    final String token = UUID.randomUUID().toString().substring(0, 8);
    long ticketId;

    @BeforeAll
    void aTicketEscalatedToTheThirdLine() {
      Api.Answer ticket =
          Api.as("employee")
              .post(
                  "/api/v1/tickets",
                  json("subject", "Database deadlocks " + token, "description", "Nightly job"));
      assertThat(ticket.status()).as(ticket.toString()).isEqualTo(201);
      ticketId = ticket.json().getJsonNumber("id").longValue();
      for (int line = 2; line <= 3; line++) {
        JsonObject current = Api.as("admin").get("/api/v1/tickets/" + ticketId).json();
        Api.Answer escalated =
            Api.as("admin")
                .post(
                    "/api/v1/tickets/" + ticketId + "/escalations",
                    json(
                        "reason",
                        "Needs line " + line,
                        "tried",
                        "Restarted the job",
                        "version",
                        current.getJsonNumber("version").longValue()));
        assertThat(escalated.status()).as(escalated.toString()).isEqualTo(200);
      }
      assertThat(Api.as("admin").get("/api/v1/tickets/" + ticketId).json().getString("line"))
          .isEqualTo("L3");
    }

    @Test
    void onlyTheThirdLineAndAdminsSeeIt() {
      String ticket = "/api/v1/tickets/" + ticketId;

      assertThat(Api.as("line3").get(ticket).status()).isEqualTo(200);
      assertThat(Api.as("admin").get(ticket).status()).isEqualTo(200);
      assertThat(Api.as("line1").get(ticket).status()).isIn(403, 404);
      assertThat(
              Api.as("line1")
                  .post(ticket + "/replies", json("body", "I can fix it", "internal", true))
                  .status())
          .isIn(403, 404);
      assertThat(Api.as("line1").get("/api/v1/tickets?size=100&q=" + token).body())
          .doesNotContain(token);
      assertThat(Api.as("line3").get("/api/v1/tickets?size=100&q=" + token).body()).contains(token);
      assertThat(
              WebSession.loggedIn("line1", "line1")
                  .get("/agent/ticket.xhtml?id=" + ticketId)
                  .statusCode())
          .isIn(403, 404);
    }
  }
}
