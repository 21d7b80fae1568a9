package org.tierdesk.routing.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tierdesk.routing.boundary.RoutingApiIT.ADMIN;
import static org.tierdesk.routing.boundary.RoutingApiIT.TICKETS;
import static org.tierdesk.routing.boundary.RoutingApiIT.delete;
import static org.tierdesk.routing.boundary.RoutingApiIT.escalate;
import static org.tierdesk.routing.boundary.RoutingApiIT.open;
import static org.tierdesk.routing.boundary.RoutingApiIT.path;
import static org.tierdesk.routing.boundary.RoutingApiIT.put;
import static org.tierdesk.routing.boundary.RoutingApiIT.token;
import static org.tierdesk.testing.Api.json;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tierdesk.testing.Api;
import org.tierdesk.testing.TierdeskServer;

/**
 * The rest of support lines over HTTP: external defects and "waiting for development", idle
 * escalation to the leads and their leads (with the test clock), the organisation-unit rule
 * condition, saved filters, who else has a ticket open, and stale admin edits.
 */
@ExtendWith(TierdeskServer.class)
class LinesConsoleApiIT {

  static final String CLOCK = "/api/v1/test-support/clock";
  static final String IDLE_SWEEP = "/api/v1/test-support/idle/sweep";

  static long id(JsonObject ticket) {
    return ticket.getJsonNumber("id").longValue();
  }

  static JsonArray history(String user, JsonObject ticket) {
    Api.Answer answer = Api.as(user).get(path(ticket) + "/history");
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.array();
  }

  static List<JsonObject> entries(String user, JsonObject ticket, String type) {
    return history(user, ticket).stream()
        .map(JsonValue::asJsonObject)
        .filter(e -> type.equals(e.getString("type")))
        .toList();
  }

  static List<JsonObject> notificationsAbout(String user, JsonObject ticket) {
    Api.Answer answer = Api.as(user).get("/api/v1/notifications");
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.array().stream()
        .map(JsonValue::asJsonObject)
        .filter(n -> !n.isNull("ticketId") && n.getJsonNumber("ticketId").longValue() == id(ticket))
        .toList();
  }

  static JsonObject ticket(String user, JsonObject ticket) {
    Api.Answer answer = Api.as(user).get(path(ticket));
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.json();
  }

  /** Line 1 opens, line 1 escalates to line 2, line 2 escalates to line 3. */
  static JsonObject atLineThree(String subject) {
    JsonObject ticket = open(subject);
    escalate(ticket, "Needs logs", "Restarted the client");
    Api.Answer second =
        Api.as("line2")
            .post(
                path(ticket) + "/escalations", json("reason", "Looks like a bug", "tried", "Logs"));
    assertThat(second.status()).as(second.toString()).isEqualTo(200);
    assertThat(second.json().getString("line")).isEqualTo("L3");
    return second.json();
  }

  @Test
  void aFixedDefectSendsItsTicketsBackToTheLineThatOwnsTheRequesterContact() {
    String project = "IT" + token().substring(2, 8).toUpperCase(Locale.ROOT);
    String key = project + "-42";
    JsonObject first = atLineThree("Export crashes " + token());
    JsonObject second = atLineThree("Export crashes too " + token());

    // Validation names the field; the first line may not link (not its line).
    Api.Answer badUrl =
        Api.as("line3").post(path(first) + "/defect", json("key", key, "url", "ftp://tracker/x"));
    assertThat(badUrl.status()).as(badUrl.toString()).isEqualTo(400);
    assertThat(badUrl.body()).contains("url");
    Api.Answer badKey =
        Api.as("line3")
            .post(path(first) + "/defect", json("key", "not a key", "url", "https://t/x"));
    assertThat(badKey.status()).as(badKey.toString()).isEqualTo(400);
    assertThat(badKey.body()).contains("key");
    Api.Answer notMyLine =
        Api.as("line1")
            .post(path(first) + "/defect", json("key", key, "url", "https://tracker/" + key));
    assertThat(notMyLine.status()).as(notMyLine.toString()).isEqualTo(403);

    for (JsonObject ticket : List.of(first, second)) {
      Api.Answer linked =
          Api.as("line3")
              .post(
                  path(ticket) + "/defect",
                  json("key", key.toLowerCase(Locale.ROOT), "url", "https://tracker/" + key));
      assertThat(linked.status()).as(linked.toString()).isEqualTo(200);
      assertThat(linked.json().getString("key")).isEqualTo(key);
      assertThat(linked.json().getString("returnLine")).isEqualTo("L1");
      assertThat(ticket("line3", ticket).getString("status")).isEqualTo("WAITING_FOR_DEVELOPMENT");
    }
    Api.Answer again =
        Api.as("line3").post(path(first) + "/defect", json("key", key, "url", "https://t/" + key));
    assertThat(again.status()).as(again.toString()).isEqualTo(409);

    // Both the engineers and the first line see them waiting.
    for (String user : List.of("line3", "line1")) {
      Api.Answer waiting = Api.as(user).get("/api/v1/defects/waiting?size=200");
      assertThat(waiting.status()).as(waiting.toString()).isEqualTo(200);
      assertThat(
              waiting.json().getJsonArray("items").stream()
                  .map(JsonValue::asJsonObject)
                  .filter(w -> key.equals(w.getString("defectKey")))
                  .count())
          .as(user)
          .isEqualTo(2);
    }

    // A requester is not the tracker.
    assertThat(Api.as("employee").post("/api/v1/defects/" + key + "/fixed", "{}").status())
        .isEqualTo(403);
    Api.Answer fixed = Api.as("admin").post("/api/v1/defects/" + key + "/fixed", "{}");
    assertThat(fixed.status()).as(fixed.toString()).isEqualTo(200);
    assertThat(fixed.json().getInt("returned")).isEqualTo(2);
    assertThat(fixed.json().getBoolean("newlyFixed")).isTrue();

    for (JsonObject ticket : List.of(first, second)) {
      JsonObject back = ticket("line1", ticket);
      assertThat(back.getString("line")).isEqualTo("L1");
      assertThat(back.getString("status")).isEqualTo("IN_PROGRESS");
      // Whoever escalated it out of line 1 gets it back.
      assertThat(back.getString("assignee", null)).isEqualTo("line1");
      List<JsonObject> fixedEntries = entries("line1", ticket, "DEFECT_FIXED");
      assertThat(fixedEntries).hasSize(1);
      assertThat(fixedEntries.get(0).getString("oldValue")).isEqualTo(key);
      assertThat(entries("line1", ticket, "DEFECT_LINKED")).hasSize(1);
      // Line 1's lead and the agent who has it again are told.
      assertThat(notificationsAbout("line2", ticket))
          .anyMatch(n -> n.getString("messageKey").equals("defect.notification.fixed"));
      assertThat(notificationsAbout("line1", ticket))
          .anyMatch(n -> n.getString("text").contains(key));
    }
    // Saying it twice changes nothing.
    Api.Answer twice = Api.as("admin").post("/api/v1/defects/" + key + "/fixed", "{}");
    assertThat(twice.status()).isEqualTo(200);
    assertThat(twice.json().getInt("returned")).isZero();
    assertThat(Api.as("line1").get(path(first) + "/defect").status()).isEqualTo(404);
  }

  @Test
  void aStuckTicketReachesTheLeadThenTheLeadsLeadOncePerIdlePeriod() {
    JsonObject line = lineForm("L1", 30);
    try {
      JsonObject ticket = open("Nobody answers " + token());
      // An internal note by someone other than the requester (Lev opened it for himself).
      Api.Answer note =
          Api.as("line2")
              .post(path(ticket) + "/replies", json("body", "Looking", "internal", true));
      assertThat(note.status()).as(note.toString()).isEqualTo(201);

      shift("PT20M");
      sweep();
      assertThat(entries("line1", ticket, "IDLE_ESCALATED")).isEmpty();

      shift("PT11M");
      sweep();
      sweep();
      List<JsonObject> first = entries("line1", ticket, "IDLE_ESCALATED");
      assertThat(first).hasSize(1);
      assertThat(first.get(0).getString("oldValue")).isEqualTo("1");
      // Lara leads line 1.
      assertThat(first.get(0).getString("newValue")).isEqualTo("line2");
      assertThat(notificationsAbout("line2", ticket))
          .anyMatch(n -> n.getString("messageKey").equals("idle.notification.level1"));

      shift("PT31M");
      sweep();
      List<JsonObject> both = entries("line1", ticket, "IDLE_ESCALATED");
      assertThat(both).hasSize(2);
      // Lara reports to Ada (demo directory): the lead's lead.
      assertThat(both.get(1).getString("oldValue")).isEqualTo("2");
      assertThat(both.get(1).getString("newValue")).isEqualTo("admin");
      assertThat(notificationsAbout("admin", ticket))
          .anyMatch(n -> n.getString("messageKey").equals("idle.notification.level2"));

      shift("PT31M");
      sweep();
      assertThat(entries("line1", ticket, "IDLE_ESCALATED")).hasSize(2);

      // A reply starts a new idle period.
      Api.Answer reply =
          Api.as("line2")
              .post(path(ticket) + "/replies", json("body", "Any news?", "internal", false));
      assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
      shift("PT31M");
      sweep();
      assertThat(entries("line1", ticket, "IDLE_ESCALATED")).hasSize(3);
    } finally {
      Api.as("admin").send(Api.as("admin").request(CLOCK).DELETE());
      Api.Answer restored = put("admin", ADMIN + "/lines/L1", line);
      assertThat(restored.status()).as(restored.toString()).isEqualTo(200);
    }
  }

  /** Sets a line's idle time; returns the line as it was, ready to be PUT back. */
  static JsonObject lineForm(String code, Integer idleMinutes) {
    JsonObject before =
        Api.as("admin").get(ADMIN + "/lines").array().stream()
            .map(JsonValue::asJsonObject)
            .filter(l -> code.equals(l.getString("code")))
            .findFirst()
            .orElseThrow();
    JsonObject changed =
        Json.createObjectBuilder(before).add("idleMinutes", idleMinutes).remove("version").build();
    Api.Answer answer = put("admin", ADMIN + "/lines/" + code, changed);
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return Json.createObjectBuilder(before).remove("version").build();
  }

  static void shift(String duration) {
    Api.Answer answer = Api.as("admin").post(CLOCK, json("shift", duration));
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
  }

  static void sweep() {
    Api.Answer answer = Api.as("admin").post(IDLE_SWEEP, "{}");
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
  }

  @Test
  void aRuleOnTheRequestersOrganisationMatchesItsDepartmentsToo() {
    String token = token();
    Api.Answer unknown =
        Api.as("admin")
            .post(
                ADMIN + "/routing-rules",
                json("name", "x", "rank", 1, "orgUnit", "NO_SUCH_UNIT", "line", "L2"));
    assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
    assertThat(unknown.body()).contains("orgUnit");
    Api.Answer rule =
        Api.as("admin")
            .post(
                ADMIN + "/routing-rules",
                json(
                    "name",
                    "Acme to specialists " + token,
                    "rank",
                    1,
                    "orgUnit",
                    "ACME",
                    "keywords",
                    Json.createArrayBuilder().add(token).build(),
                    "line",
                    "L2",
                    "priority",
                    "HIGH"));
    assertThat(rule.status()).as(rule.toString()).isEqualTo(201);
    assertThat(rule.json().getString("orgUnit")).isEqualTo("ACME");
    try {
      // Elena works in Finance, a department of Acme.
      Api.Answer fromFinance =
          Api.as("employee")
              .post(TICKETS, json("subject", "Report " + token, "description", "Broken"));
      assertThat(fromFinance.status()).as(fromFinance.toString()).isEqualTo(201);
      assertThat(fromFinance.json().getString("line")).isEqualTo("L2");
      assertThat(fromFinance.json().getString("priority")).isEqualTo("HIGH");
      // Lev is in no unit: the rule does not apply.
      assertThat(open("Report " + token).getString("line")).isEqualTo("L1");
    } finally {
      delete("admin", ADMIN + "/routing-rules/" + rule.json().getJsonNumber("id").longValue());
    }
  }

  @Test
  void savedFiltersArePersonalAndFilterByPriority() {
    String token = token();
    Api.Answer high =
        Api.as("line1")
            .post(
                TICKETS,
                json("subject", "Filter " + token, "description", "x", "priority", "HIGH"));
    assertThat(high.status()).isEqualTo(201);
    open("Filter low " + token);
    Api.Answer filtered = Api.as("line1").get(TICKETS + "?priority=HIGH&q=" + token);
    assertThat(filtered.status()).as(filtered.toString()).isEqualTo(200);
    assertThat(filtered.json().getJsonNumber("total").longValue()).isEqualTo(1);

    JsonObject form =
        json(
            "name",
            "High " + token,
            "status",
            "OPEN",
            "line",
            "l1",
            "queue",
            "SERVICE_DESK",
            "priority",
            "high",
            "text",
            token,
            "sort",
            "number",
            "ascending",
            true);
    Api.Answer saved = Api.as("line1").post("/api/v1/saved-filters", form);
    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    long id = saved.json().getJsonNumber("id").longValue();
    assertThat(saved.json().getString("line")).isEqualTo("L1");
    assertThat(saved.json().getString("priority")).isEqualTo("HIGH");
    assertThat(saved.json().getBoolean("ascending")).isTrue();

    // The same name replaces the filter.
    Api.Answer replaced =
        Api.as("line1")
            .post(
                "/api/v1/saved-filters",
                json("name", "high " + token, "priority", "URGENT", "sort", "subject"));
    assertThat(replaced.json().getJsonNumber("id").longValue()).isEqualTo(id);
    assertThat(replaced.json().getString("priority")).isEqualTo("URGENT");
    assertThat(replaced.json().containsKey("line")).isFalse();

    Api.Answer badSort =
        Api.as("line1").post("/api/v1/saved-filters", json("name", "x" + token, "sort", "secret"));
    assertThat(badSort.status()).isEqualTo(400);
    assertThat(badSort.body()).contains("sort");

    assertThat(Api.as("line2").get("/api/v1/saved-filters/" + id).status()).isEqualTo(404);
    assertThat(names(Api.as("line2").get("/api/v1/saved-filters").array()))
        .doesNotContain("High " + token);
    assertThat(names(Api.as("line1").get("/api/v1/saved-filters").array()))
        .contains("High " + token);
    assertThat(delete("line2", "/api/v1/saved-filters/" + id).status()).isEqualTo(404);
    assertThat(Api.as("employee").get("/api/v1/saved-filters").status()).isEqualTo(403);

    assertThat(delete("line1", "/api/v1/saved-filters/" + id).status()).isEqualTo(204);
    assertThat(Api.as("line1").get("/api/v1/saved-filters/" + id).status()).isEqualTo(404);
  }

  static List<String> names(JsonArray filters) {
    return filters.stream().map(f -> f.asJsonObject().getString("name")).toList();
  }

  @Test
  void twoAgentsOnOneTicketSeeEachOtherAndAStaleReplyIsRefused() {
    JsonObject ticket = open("Two agents " + token());
    String presence = path(ticket) + "/presence";
    assertThat(usernames(put("line1", presence, json()).array())).isEmpty();
    assertThat(usernames(put("line2", presence, json()).array())).containsExactly("line1");
    assertThat(usernames(put("line1", presence, json()).array())).containsExactly("line2");
    assertThat(put("employee", presence, json()).status()).isEqualTo(403);

    // line2 replies first; line1's reply, composed on the old version, is refused and names who.
    long version = ticket.getJsonNumber("version").longValue();
    Api.Answer first =
        Api.as("line2")
            .post(
                path(ticket) + "/replies",
                json("body", "On it", "internal", false, "version", version));
    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    Api.Answer stale =
        Api.as("line1")
            .post(
                path(ticket) + "/replies",
                json("body", "Me too", "internal", false, "version", version));
    assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
    assertThat(stale.detail()).contains("Lara Line-Two");

    assertThat(delete("line1", presence).status()).isEqualTo(204);
    assertThat(usernames(Api.as("line2").get(presence).array())).isEmpty();
  }

  @Test
  void aHeartbeatSecondsAfterTheLastOneWritesNothingAndALaterOneDoes() {
    String presence = path(open("Shown again " + token())) + "/presence";
    assertThat(put("line1", presence, json()).status()).isEqualTo(200);
    Instant first = seenBy("line2", "line1", presence);
    Instant last;
    try {
      // The page shown again at once: the row keeps its time instead of being written again.
      assertThat(put("line1", presence, json()).status()).isEqualTo(200);
      assertThat(seenBy("line2", "line1", presence)).isEqualTo(first);

      shift("PT6S");
      assertThat(put("line1", presence, json()).status()).isEqualTo(200);
      assertThat(seenBy("line2", "line1", presence)).isAfter(first);

      // Silent for longer than GONE_AFTER: gone for the others until the next heartbeat.
      shift("PT31S");
      assertThat(usernames(Api.as("line2").get(presence).array())).isEmpty();
      assertThat(put("line1", presence, json()).status()).isEqualTo(200);
      last = seenBy("line2", "line1", presence);
    } finally {
      Api.as("admin").send(Api.as("admin").request(CLOCK).DELETE());
    }
    // Back in real time the row is ahead of the clock, which is no reason to leave it alone.
    assertThat(put("line1", presence, json()).status()).isEqualTo(200);
    assertThat(seenBy("line2", "line1", presence)).isBefore(last);
  }

  /** When {@code viewer} last heard of {@code agent} on the ticket's presence. */
  static Instant seenBy(String viewer, String agent, String presence) {
    return Api.as(viewer).get(presence).array().stream()
        .map(JsonValue::asJsonObject)
        .filter(v -> agent.equals(v.getString("username")))
        .map(v -> Instant.parse(v.getString("seenAt")))
        .findFirst()
        .orElseThrow(() -> new AssertionError(viewer + " does not see " + agent));
  }

  @Test
  void firstHeartbeatsOfOneAgentAtOnceAllSucceed() throws Exception {
    // Two tabs of the same agent opening a ticket at the same moment: both find no row to refresh
    // and both insert one; the second must not fail the page.
    ExecutorService tabs = Executors.newFixedThreadPool(6);
    try {
      for (int round = 0; round < 4; round++) {
        String presence = path(open("Many tabs " + token())) + "/presence";
        List<Callable<Integer>> beats =
            Collections.nCopies(6, () -> put("line1", presence, json()).status());
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> beat : tabs.invokeAll(beats)) {
          statuses.add(beat.get());
        }
        assertThat(statuses).as("round " + round).containsOnly(200);
        assertThat(usernames(Api.as("line2").get(presence).array())).containsExactly("line1");
      }
    } finally {
      tabs.shutdownNow();
    }
  }

  static List<String> usernames(JsonArray viewers) {
    return viewers.stream().map(v -> v.asJsonObject().getString("username")).toList();
  }

  @Test
  void aStaleAdminEditNamesWhoChangedItAndRulesMoveUpAndDown() {
    String token = token();
    String code = token.toUpperCase(Locale.ROOT);
    Api.Answer created =
        Api.as("admin")
            .post(
                ADMIN + "/queues",
                json(
                    "code",
                    code,
                    "line",
                    "L1",
                    "nameEn",
                    "Q " + token,
                    "nameRu",
                    "О " + token,
                    "strategy",
                    "MANUAL"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long version = created.json().getJsonNumber("version").longValue();
    JsonObject edit =
        json(
            "line",
            "L1",
            "nameEn",
            "Q2 " + token,
            "nameRu",
            "О2 " + token,
            "strategy",
            "LEAST_LOADED",
            "version",
            version);
    assertThat(put("admin", ADMIN + "/queues/" + code, edit).status()).isEqualTo(200);
    Api.Answer stale = put("admin", ADMIN + "/queues/" + code, edit);
    assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
    assertThat(stale.detail()).contains("Ada Admin");

    long a = rule("A " + token, 5000);
    long b = rule("B " + token, 5001);
    try {
      Api.Answer moved =
          Api.as("admin").post(ADMIN + "/routing-rules/" + b + "/moves", json("direction", "UP"));
      assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
      List<Long> order =
          Api.as("admin").get(ADMIN + "/routing-rules").array().stream()
              .map(r -> r.asJsonObject().getJsonNumber("id").longValue())
              .filter(id -> id == a || id == b)
              .toList();
      assertThat(order).containsExactly(b, a);
      Api.Answer audit = Api.as("admin").get(ADMIN + "/routing-audit?max=20");
      assertThat(audit.body()).contains("MOVE_UP");
    } finally {
      delete("admin", ADMIN + "/routing-rules/" + a);
      delete("admin", ADMIN + "/routing-rules/" + b);
      delete("admin", ADMIN + "/queues/" + code);
    }
  }

  static long rule(String name, int rank) {
    Api.Answer rule =
        Api.as("admin")
            .post(
                ADMIN + "/routing-rules",
                json(
                    "name",
                    name,
                    "rank",
                    rank,
                    "keywords",
                    Json.createArrayBuilder().add(name.replace(' ', '-')).build(),
                    "line",
                    "L1"));
    assertThat(rule.status()).as(rule.toString()).isEqualTo(201);
    return rule.json().getJsonNumber("id").longValue();
  }

  @Test
  void categoriesAreEditedWithTheirDefaultLineAndQueue() {
    String code = token().toUpperCase(Locale.ROOT);
    Api.Answer created =
        Api.as("admin")
            .post(
                ADMIN + "/categories",
                json(
                    "code",
                    code,
                    "nameEn",
                    "Backups",
                    "nameRu",
                    "Резервные копии",
                    "parent",
                    "SERVERS",
                    "defaultLine",
                    "L3",
                    "defaultQueue",
                    "ENGINEERING"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    Api.Answer wrongQueue =
        put(
            "admin",
            ADMIN + "/categories/" + code,
            json(
                "nameEn",
                "Backups",
                "nameRu",
                "Копии",
                "defaultLine",
                "L1",
                "defaultQueue",
                "ENGINEERING"));
    assertThat(wrongQueue.status()).as(wrongQueue.toString()).isEqualTo(400);
    assertThat(wrongQueue.body()).contains("defaultQueue");
    Api.Answer ticket =
        Api.as("line1")
            .post(
                TICKETS,
                json("subject", "Backup failed " + code, "description", "x", "category", code));
    assertThat(ticket.status()).as(ticket.toString()).isEqualTo(201);
    assertThat(ticket.json().getString("line")).isEqualTo("L3");
    assertThat(
            Api.as("admin").get(ADMIN + "/categories").array().stream()
                .map(JsonValue::asJsonObject)
                .filter(c -> code.equals(c.getString("code")))
                .map(c -> c.getString("parent"))
                .toList())
        .containsExactly("SERVERS");
    assertThat(Api.as("line1").get(ADMIN + "/categories").status()).isEqualTo(403);
  }

  @Test
  void anAgentsLinesAndQueuesAreSetInOnePlace() {
    String memberships = ADMIN + "/agents/line3/memberships";
    try {
      Api.Answer foreignQueue =
          put(
              "admin",
              memberships,
              json(
                  "lines", Json.createArrayBuilder().add("L3").build(),
                  "queues", Json.createArrayBuilder().add("SPECIALISTS").build()));
      assertThat(foreignQueue.status()).as(foreignQueue.toString()).isEqualTo(400);
      assertThat(foreignQueue.body()).contains("queues");

      Api.Answer both =
          put(
              "admin",
              memberships,
              json(
                  "lines", Json.createArrayBuilder().add("L3").add("L2").build(),
                  "queues",
                      Json.createArrayBuilder().add("ENGINEERING").add("SPECIALISTS").build()));
      assertThat(both.status()).as(both.toString()).isEqualTo(200);
      JsonObject line3 =
          Api.as("admin").get(ADMIN + "/agents").array().stream()
              .map(JsonValue::asJsonObject)
              .filter(a -> "line3".equals(a.getString("username")))
              .findFirst()
              .orElseThrow();
      assertThat(line3.getJsonArray("lines").getValuesAs(JsonString::getString))
          .containsExactly("L2", "L3");
      assertThat(line3.getJsonArray("queues").getValuesAs(JsonString::getString))
          .containsExactlyInAnyOrder("ENGINEERING", "SPECIALISTS");
      assertThat(Api.as("admin").get(ADMIN + "/routing-audit?max=20").body())
          .contains("MEMBERSHIP");
      assertThat(put("line1", memberships, json("lines", JsonValue.EMPTY_JSON_ARRAY)).status())
          .isEqualTo(403);
    } finally {
      Api.Answer restored =
          put(
              "admin",
              memberships,
              json(
                  "lines", Json.createArrayBuilder().add("L3").build(),
                  "queues", Json.createArrayBuilder().add("ENGINEERING").build()));
      assertThat(restored.status()).as(restored.toString()).isEqualTo(200);
    }
  }
}
