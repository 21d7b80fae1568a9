package org.tierdesk.routing.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tierdesk.testing.Api.json;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tierdesk.testing.Api;
import org.tierdesk.testing.TierdeskServer;

/**
 * Routing over HTTP: intake rules and automatic assignment, escalation and return between lines,
 * transfers inside a line, and the admin API. Each test routes its own tickets by a keyword of its
 * own, so the shared demo lines see nothing of them.
 */
@ExtendWith(TierdeskServer.class)
class RoutingApiIT {

  static final String TICKETS = "/api/v1/tickets";
  static final String ADMIN = "/api/v1/admin";

  static String token() {
    return "rt" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  static JsonObject open(String subject) {
    Api.Answer created =
        Api.as("line1").post(TICKETS, json("subject", subject, "description", "About " + subject));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json();
  }

  static String path(JsonObject ticket) {
    return TICKETS + "/" + ticket.getJsonNumber("id").longValue();
  }

  static Api.Answer put(String user, String path, JsonObject body) {
    return Api.as(user).put(path, body);
  }

  static Api.Answer delete(String user, String path) {
    return Api.as(user).send(Api.as(user).request(path).DELETE());
  }

  static JsonObject escalate(JsonObject ticket, String reason, String tried) {
    Api.Answer answer =
        Api.as("line1").post(path(ticket) + "/escalations", json("reason", reason, "tried", tried));
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.json();
  }

  static void profile(String username, String availability, int capacity) {
    Api.Answer answer =
        put(
            "admin",
            ADMIN + "/agents/" + username,
            json("capacity", capacity, "availability", availability));
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
  }

  static String assignee(JsonObject ticket) {
    // JSON-B leaves null values out.
    return ticket.getString("assignee", null);
  }

  @Test
  void aRuleRoutesNewTicketsToItsQueueWhereRoundRobinSkipsAwayAndFullAgents() {
    String token = token();
    String queue = token.toUpperCase(Locale.ROOT);
    Api.Answer createdQueue =
        Api.as("admin")
            .post(
                ADMIN + "/queues",
                json(
                    "code",
                    queue,
                    "line",
                    "L2",
                    "nameEn",
                    "Rotation " + token,
                    "nameRu",
                    "Очередь " + token,
                    "strategy",
                    "ROUND_ROBIN",
                    "members",
                    Json.createArrayBuilder().add("line2").add("admin").build()));
    assertThat(createdQueue.status()).as(createdQueue.toString()).isEqualTo(201);
    Api.Answer rule =
        Api.as("admin")
            .post(
                ADMIN + "/routing-rules",
                json(
                    "name",
                    "Rotation " + token,
                    "rank",
                    1,
                    "keywords",
                    Json.createArrayBuilder().add(token).build(),
                    "line",
                    "L2",
                    "queue",
                    queue,
                    "priority",
                    "HIGH"));
    assertThat(rule.status()).as(rule.toString()).isEqualTo(201);
    try {
      // Room enough whatever other tests gave these two.
      profile("line2", "ON_DUTY", 1000);
      profile("admin", "ON_DUTY", 1000);
      JsonObject first = open("Database slow " + token);
      assertThat(first.getString("line")).isEqualTo("L2");
      assertThat(first.getString("queue")).isEqualTo(queue);
      assertThat(first.getString("priority")).isEqualTo("HIGH");
      List<String> served = new ArrayList<>();
      served.add(assignee(first));
      served.add(assignee(open("Database slow again " + token)));
      assertThat(served).containsExactlyInAnyOrder("line2", "admin");

      profile("admin", "AWAY", 1000);
      assertThat(assignee(open("While admin is away " + token))).isEqualTo("line2");
      assertThat(assignee(open("Still away " + token))).isEqualTo("line2");

      profile("line2", "ON_DUTY", 0);
      assertThat(assignee(open("Nobody has room " + token))).isNull();
    } finally {
      profile("admin", "ON_DUTY", 10);
      profile("line2", "ON_DUTY", 10);
      delete("admin", ADMIN + "/routing-rules/" + rule.json().getJsonNumber("id").longValue());
    }
    assertThat(open("After the rule is gone " + token).getString("line")).isEqualTo("L1");
  }

  @Test
  void aRuleTagsTheTicketsItRoutes() {
    String token = token();
    Api.Answer refused =
        Api.as("admin")
            .post(
                ADMIN + "/routing-rules",
                json(
                    "name",
                    "Bad tags " + token,
                    "rank",
                    1,
                    "line",
                    "L1",
                    "tags",
                    Json.createArrayBuilder().add("ok").add("no/slash").build()));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().getString("field")).isEqualTo("tags[1]");
    Api.Answer rule =
        Api.as("admin")
            .post(
                ADMIN + "/routing-rules",
                json(
                    "name",
                    "Tagging " + token,
                    "rank",
                    1,
                    "keywords",
                    Json.createArrayBuilder().add(token).build(),
                    "line",
                    "L1",
                    "tags",
                    Json.createArrayBuilder().add("Printer Fleet").add("vip").build()));
    assertThat(rule.status()).as(rule.toString()).isEqualTo(201);
    assertThat(rule.json().getJsonArray("tags").getValuesAs(JsonString::getString))
        .containsExactly("printer-fleet", "vip");
    try {
      JsonObject ticket = open("Toner empty " + token);
      JsonObject seen = Api.as("line1").get(path(ticket)).json();
      assertThat(seen.getJsonArray("tags").getValuesAs(JsonString::getString))
          .containsExactlyInAnyOrder("printer-fleet", "vip");
      assertThat(Api.as("line1").get(path(ticket) + "/history").body()).contains("printer-fleet");
    } finally {
      delete("admin", ADMIN + "/routing-rules/" + rule.json().getJsonNumber("id").longValue());
    }
  }

  @Test
  void withoutAMatchingRuleTheCategoryTreeDecides() {
    Api.Answer created =
        Api.as("line1")
            .post(
                TICKETS,
                json(
                    "subject",
                    "Replica lags " + token(),
                    "description",
                    "x",
                    "category",
                    "DATABASE"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    // DATABASE has no default of its own; its parent SERVERS sends tickets to the specialists.
    assertThat(created.json().getString("line")).isEqualTo("L2");
    assertThat(created.json().getString("queue")).isEqualTo("SPECIALISTS");
  }

  @Test
  void skillBasedQueuesPreferTheAgentWhoHandlesTheCategory() {
    String token = token();
    String queue = token.toUpperCase(Locale.ROOT);
    Api.Answer createdQueue =
        Api.as("admin")
            .post(
                ADMIN + "/queues",
                json(
                    "code",
                    queue,
                    "line",
                    "L3",
                    "nameEn",
                    "Skills " + token,
                    "nameRu",
                    "Навыки " + token,
                    "strategy",
                    "SKILL_BASED",
                    "members",
                    Json.createArrayBuilder().add("line3").add("admin").build()));
    assertThat(createdQueue.status()).as(createdQueue.toString()).isEqualTo(201);
    Api.Answer rule =
        Api.as("admin")
            .post(
                ADMIN + "/routing-rules",
                json(
                    "name",
                    "Skills " + token,
                    "rank",
                    1,
                    "keywords",
                    Json.createArrayBuilder().add(token).build(),
                    "line",
                    "L3",
                    "queue",
                    queue));
    assertThat(rule.status()).as(rule.toString()).isEqualTo(201);
    try {
      Api.Answer skilled =
          put(
              "admin",
              ADMIN + "/agents/line3",
              json(
                  "capacity",
                  1000,
                  "availability",
                  "ON_DUTY",
                  "skills",
                  Json.createArrayBuilder().add("SERVERS").build()));
      assertThat(skilled.status()).as(skilled.toString()).isEqualTo(200);
      profile("admin", "ON_DUTY", 1000);
      for (int i = 0; i < 2; i++) {
        Api.Answer created =
            Api.as("line1")
                .post(
                    TICKETS,
                    json(
                        "subject", "Index corrupt " + i + " " + token,
                        "description", "x",
                        "category", "DATABASE"));
        assertThat(created.json().getString("line")).isEqualTo("L3");
        assertThat(assignee(created.json()))
            .as("line3 handles SERVERS, the parent of DATABASE")
            .isEqualTo("line3");
      }
    } finally {
      profile("line3", "ON_DUTY", 10);
      profile("admin", "ON_DUTY", 10);
      delete("admin", ADMIN + "/routing-rules/" + rule.json().getJsonNumber("id").longValue());
    }
  }

  @Test
  void escalationKeepsReasonAndTriedForTheNextLineTellsItsLeadAndKeepsTheSlaClocks() {
    String token = token();
    JsonObject ticket = open("Mailbox full " + token);
    assertThat(ticket.getString("line")).isEqualTo("L1");
    JsonValue resolutionBefore = ticket.getJsonObject("sla").get("resolution");

    JsonObject escalated = escalate(ticket, "Needs server logs " + token, "Restarted Outlook");

    assertThat(escalated.getString("line")).isEqualTo("L2");
    assertThat(escalated.getString("queue")).isEqualTo("SPECIALISTS");
    assertThat(escalated.getBoolean("escalated")).isTrue();
    assertThat(escalated.getJsonObject("sla").get("resolution"))
        .as("the resolution clock goes on; it does not restart")
        .isEqualTo(resolutionBefore);
    List<JsonObject> history =
        Api.as("line2").get(path(ticket) + "/history").array().getValuesAs(JsonObject.class);
    assertThat(history)
        .anySatisfy(
            e -> {
              assertThat(e.getString("type")).isEqualTo("LINE_CHANGED");
              assertThat(e.getString("oldValue")).isEqualTo("L1");
              assertThat(e.getString("newValue")).isEqualTo("L2");
              assertThat(e.getString("body")).isEqualTo("Needs server logs " + token);
            })
        .anySatisfy(
            e -> {
              assertThat(e.getString("field", "")).isEqualTo("tried");
              assertThat(e.getString("body")).isEqualTo("Restarted Outlook");
            });
    assertThat(
            Api.as("line2")
                .get(TICKETS + "?scope=escalatedToMyLines&q=" + token)
                .json()
                .getInt("total"))
        .isEqualTo(1);
    assertThat(Api.as("line2").get("/api/v1/notifications").body())
        .as("line2 leads L2")
        .contains("Mailbox full " + token);
  }

  @Test
  void escalationNeedsReasonAndTriedAndANextLine() {
    JsonObject ticket = open("Incomplete escalation " + token());
    Api.Answer noTried =
        Api.as("line1").post(path(ticket) + "/escalations", json("reason", "Because"));
    assertThat(noTried.status()).isEqualTo(400);
    assertThat(noTried.json().getString("field")).isEqualTo("tried");
    Api.Answer notMyLine =
        Api.as("line2").post(path(ticket) + "/escalations", json("reason", "r", "tried", "t"));
    assertThat(notMyLine.status()).as(notMyLine.toString()).isEqualTo(403);

    escalate(ticket, "To line 2", "Checked the basics");
    Api.Answer toThree =
        Api.as("line2")
            .post(path(ticket) + "/escalations", json("reason", "To line 3", "tried", "Logs"));
    assertThat(toThree.json().getString("line")).isEqualTo("L3");
    Api.Answer beyond =
        Api.as("line3").post(path(ticket) + "/escalations", json("reason", "r", "tried", "t"));
    assertThat(beyond.status()).as(beyond.toString()).isEqualTo(409);
  }

  @Test
  void aReturnedTicketGoesBackToWhoEscalatedItWithTheInstructions() {
    String token = token();
    JsonObject ticket = open("Return me " + token);
    escalate(ticket, "Needs a specialist", "Reset the password");
    Api.Answer returned =
        Api.as("line2")
            .post(path(ticket) + "/returns", json("instructions", "Ask for the error code"));
    assertThat(returned.status()).as(returned.toString()).isEqualTo(200);
    assertThat(returned.json().getString("line")).isEqualTo("L1");
    assertThat(returned.json().getString("assignee")).isEqualTo("line1");
    assertThat(returned.json().getBoolean("escalated")).isFalse();
    assertThat(Api.as("line1").get(path(ticket) + "/history").body())
        .contains("Ask for the error code");

    Api.Answer again =
        Api.as("line1").post(path(ticket) + "/returns", json("instructions", "Once more"));
    assertThat(again.status()).as(again.toString()).isEqualTo(409);
  }

  @Test
  void transfersStayInsideTheLine() {
    JsonObject ticket = open("Transfer me " + token());
    Api.Answer otherLineQueue =
        Api.as("line1").post(path(ticket) + "/assignment", json("queue", "SPECIALISTS"));
    assertThat(otherLineQueue.status()).isEqualTo(400);
    assertThat(otherLineQueue.json().getString("field")).isEqualTo("queue");
    Api.Answer otherLineAgent =
        Api.as("line1").post(path(ticket) + "/assignment", json("agent", "line2"));
    assertThat(otherLineAgent.status()).isEqualTo(400);
    assertThat(otherLineAgent.json().getString("field")).isEqualTo("agent");
    // line3 neither works in nor leads the first line: the ticket is not theirs to see.
    Api.Answer takenByOtherLine = Api.as("line3").post(path(ticket) + "/ownership", "");
    assertThat(takenByOtherLine.status()).isEqualTo(403);

    Api.Answer toAdmin =
        Api.as("line1")
            .post(path(ticket) + "/assignment", json("agent", "admin", "comment", "Needs rights"));
    assertThat(toAdmin.status()).as(toAdmin.toString()).isEqualTo(200);
    assertThat(toAdmin.json().getString("assignee")).isEqualTo("admin");
    assertThat(Api.as("line1").get(path(ticket) + "/history").body()).contains("Needs rights");
  }

  @Test
  void anAwayAgentsTicketsGoToAColleague() {
    JsonObject ticket = open("Hand over " + token());
    escalate(ticket, "r", "t");
    Api.as("line2").post(path(ticket) + "/escalations", json("reason", "r3", "tried", "t3"));
    Api.as("line3").post(path(ticket) + "/ownership", "");

    Api.Answer refused =
        Api.as("line2").post(TICKETS + "/handovers", json("from", "line3", "to", "line2"));
    assertThat(refused.status()).isEqualTo(403);
    Api.Answer handed =
        Api.as("admin").post(TICKETS + "/handovers", json("from", "line3", "to", "admin"));
    assertThat(handed.status()).as(handed.toString()).isEqualTo(200);
    assertThat(handed.json().getInt("handedOver")).isPositive();
    assertThat(Api.as("line3").get(path(ticket)).json().getString("assignee")).isEqualTo("admin");
  }

  @Test
  void theAdminApiIsForAdminsValidatesAndAudits() {
    assertThat(Api.as("line1").get(ADMIN + "/lines").status()).isEqualTo(403);
    Api.Answer noStrategy =
        Api.as("admin")
            .post(
                ADMIN + "/queues",
                json("code", "X" + token(), "line", "L1", "nameEn", "x", "nameRu", "x"));
    assertThat(noStrategy.status()).isEqualTo(400);
    assertThat(noStrategy.json().getString("field")).isEqualTo("strategy");
    Api.Answer badLine =
        Api.as("admin")
            .post(ADMIN + "/routing-rules", json("name", "n", "rank", 5, "line", "NOPE"));
    assertThat(badLine.json().getString("field")).isEqualTo("line");

    Api.Answer tierTaken =
        Api.as("admin")
            .post(
                ADMIN + "/lines",
                json("code", "X" + token(), "tier", 1, "nameEn", "Twin", "nameRu", "Близнец"));
    assertThat(tierTaken.status()).isEqualTo(400);
    assertThat(tierTaken.json().getString("field")).isEqualTo("tier");

    String token = token();
    Api.Answer line =
        Api.as("admin")
            .post(
                ADMIN + "/lines",
                json(
                    "code",
                    token.toUpperCase(Locale.ROOT),
                    "tier",
                    100 + (int) (Math.random() * 800),
                    "nameEn",
                    "Vendors",
                    "nameRu",
                    "Поставщики"));
    assertThat(line.status()).as(line.toString()).isEqualTo(201);
    Api.Answer renamed =
        put(
            "admin",
            ADMIN + "/lines/" + token,
            json("tier", line.json().getInt("tier"), "nameEn", "Vendor support", "nameRu", "П"));
    assertThat(renamed.json().getString("nameEn")).isEqualTo("Vendor support");
    assertThat(delete("admin", ADMIN + "/lines/" + token).status()).isEqualTo(204);
    assertThat(delete("admin", ADMIN + "/lines/L1").status()).isEqualTo(409);

    List<JsonObject> audit =
        Api.as("admin").get(ADMIN + "/routing-audit?max=20").array().getValuesAs(JsonObject.class);
    assertThat(audit)
        .filteredOn(e -> e.getString("key").equalsIgnoreCase(token))
        .extracting(e -> e.getString("action"))
        .containsExactly("DELETE", "UPDATE", "CREATE");
    assertThat(audit).allSatisfy(e -> assertThat(e.getString("actor")).isEqualTo("admin"));
  }
}
