package org.tierdesk.macro.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tierdesk.testing.Api.json;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tierdesk.testing.Api;
import org.tierdesk.testing.TierdeskServer;

/**
 * Canned responses and macros over HTTP: personal and shared ones and who may manage them,
 * placeholders filled in for a ticket, and macros applied in one transaction — all of it, with a
 * history entry per action, or nothing at all.
 */
@ExtendWith(TierdeskServer.class)
class MacrosApiIT {

  static final String RESPONSES = "/api/v1/canned-responses";
  static final String MACROS = "/api/v1/macros";
  static final String TICKETS = "/api/v1/tickets";

  static String token() {
    return "mc" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  static JsonObject openAsEmployee(String subject) {
    Api.Answer created =
        Api.as("employee").post(TICKETS, json("subject", subject, "description", "Details"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json();
  }

  static long id(JsonObject object) {
    return object.getJsonNumber("id").longValue();
  }

  static Api.Answer put(String user, String path, JsonObject body) {
    return Api.as(user)
        .send(
            Api.as(user)
                .request(path)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
  }

  static Api.Answer delete(String user, String path) {
    return Api.as(user).send(Api.as(user).request(path).DELETE());
  }

  static JsonArray array(String... values) {
    var builder = Json.createArrayBuilder();
    for (String value : values) {
      builder.add(value);
    }
    return builder.build();
  }

  static JsonObject created(Api.Answer answer) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
    return answer.json();
  }

  static List<JsonObject> history(JsonObject ticket) {
    return Api.as("line1")
        .get(TICKETS + "/" + id(ticket) + "/history")
        .array()
        .getValuesAs(JsonObject.class);
  }

  @Test
  void personalResponsesAreTheOwnersAndSharedOnesAreManagedByLeads() {
    String token = token();
    JsonObject personal =
        created(
            Api.as("line1")
                .post(
                    RESPONSES,
                    json(
                        "title", "Greeting " + token,
                        "bodyEn", "Hello {requester.name}, this is {ticket.number}.",
                        "bodyRu", "Здравствуйте, {requester.name}! Заявка {ticket.number}.")));
    assertThat(personal.getBoolean("shared")).isFalse();
    assertThat(personal.getString("owner")).isEqualTo("line1");

    // Another agent does not even see it.
    assertThat(Api.as("line2").get(RESPONSES + "/" + id(personal)).status()).isEqualTo(404);
    assertThat(Api.as("line2").get(RESPONSES + "?q=" + token).json().getJsonArray("items"))
        .isEmpty();
    assertThat(Api.as("line1").get(RESPONSES + "?q=" + token).json().getJsonArray("items"))
        .hasSize(1);

    Api.Answer sharedByAgent =
        Api.as("line1")
            .post(RESPONSES, json("title", "Shared " + token, "bodyEn", "Hi", "shared", true));
    assertThat(sharedByAgent.status()).as(sharedByAgent.toString()).isEqualTo(403);
    // line2 leads lines 1 and 2.
    JsonObject shared =
        created(
            Api.as("line2")
                .post(
                    RESPONSES,
                    json(
                        "title", "Shared " + token, "bodyRu", "Только по-русски", "shared", true)));
    assertThat(Api.as("line1").get(RESPONSES + "?q=" + token).json().getJsonArray("items"))
        .hasSize(2);
    Api.Answer changeByAgent =
        put(
            "line1",
            RESPONSES + "/" + id(shared),
            json("title", "Mine now", "bodyEn", "x", "version", shared.getJsonNumber("version")));
    assertThat(changeByAgent.status()).isEqualTo(403);

    Api.Answer unknownPlaceholder =
        Api.as("line1")
            .post(RESPONSES, json("title", "Bad " + token, "bodyEn", "Dear {requester.nick}"));
    assertThat(unknownPlaceholder.status()).as(unknownPlaceholder.toString()).isEqualTo(400);
    assertThat(unknownPlaceholder.json().getString("field", "")).isEqualTo("bodyEn");
    assertThat(unknownPlaceholder.detail()).contains("{requester.nick}");
    Api.Answer noText = Api.as("line1").post(RESPONSES, json("title", "Empty " + token));
    assertThat(noText.status()).isEqualTo(400);

    Api.Answer updated =
        put(
            "line1",
            RESPONSES + "/" + id(personal),
            json(
                "title",
                "Greeting " + token,
                "bodyEn",
                "Dear {requester.name}, about {ticket.number}: first answer by {sla.firstResponseDue}.",
                "version",
                personal.getJsonNumber("version")));
    assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
    Api.Answer stale =
        put(
            "line1",
            RESPONSES + "/" + id(personal),
            json("title", "Late", "bodyEn", "x", "version", personal.getJsonNumber("version")));
    assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
    assertThat(stale.detail()).contains("Lev Line-One");

    JsonObject ticket = openAsEmployee("Rendered " + token);
    Api.Answer rendered =
        Api.as("line1").get(RESPONSES + "/" + id(personal) + "/rendered?ticket=" + id(ticket));
    assertThat(rendered.status()).as(rendered.toString()).isEqualTo(200);
    assertThat(rendered.json().getString("text"))
        .startsWith(
            "Dear Elena Employee, about " + ticket.getString("number") + ": first answer by ")
        .doesNotContain("{");
    // A response with only Russian text falls back to it for an English-speaking requester.
    assertThat(
            Api.as("line1")
                .get(RESPONSES + "/" + id(shared) + "/rendered?ticket=" + id(ticket))
                .json()
                .getString("text"))
        .isEqualTo("Только по-русски");

    assertThat(Api.as("employee").get(RESPONSES).status()).isEqualTo(403);
    assertThat(delete("line1", RESPONSES + "/" + id(personal) + "?version=0").status())
        .isEqualTo(409);
    assertThat(
            delete(
                    "line1",
                    RESPONSES
                        + "/"
                        + id(personal)
                        + "?version="
                        + updated.json().getJsonNumber("version"))
                .status())
        .isEqualTo(204);
  }

  @Test
  void aMacroRepliesTagsPrioritisesAssignsAndSetsTheStatusInOneGo() {
    String token = token();
    JsonObject response =
        created(
            Api.as("line1")
                .post(
                    RESPONSES,
                    json(
                        "title",
                        "Need details " + token,
                        "bodyEn",
                        "Dear {requester.name}, please send a screenshot for {ticket.number}.")));
    JsonObject macro =
        created(
            Api.as("line1")
                .post(
                    MACROS,
                    json(
                        "name",
                        "Ask for details " + token,
                        "cannedResponse",
                        id(response),
                        "status",
                        "WAITING_FOR_REQUESTER",
                        "priority",
                        "HIGH",
                        "agent",
                        "@me",
                        "addTags",
                        array("Needs Info", token))));
    JsonObject ticket = openAsEmployee("Macro " + token);

    Api.Answer applied =
        Api.as("line1")
            .post(
                MACROS + "/" + id(macro) + "/applications",
                json("ticket", id(ticket), "version", ticket.getJsonNumber("version")));
    assertThat(applied.status()).as(applied.toString()).isEqualTo(200);
    JsonObject after = applied.json();
    assertThat(after.getString("status")).isEqualTo("WAITING_FOR_REQUESTER");
    assertThat(after.getString("priority")).isEqualTo("HIGH");
    assertThat(after.getString("assignee")).isEqualTo("line1");
    assertThat(after.getJsonArray("tags").getValuesAs(jakarta.json.JsonString.class))
        .extracting(jakarta.json.JsonString::getString)
        .containsExactlyInAnyOrder("needs-info", token);

    List<JsonObject> history = history(ticket);
    assertThat(history.stream().map(e -> e.getString("type")).toList())
        .containsSubsequence(
            "MACRO_APPLIED", "REPLY", "TAG_ADDED", "FIELD_CHANGED", "ASSIGNED", "STATUS_CHANGED");
    assertThat(history)
        .anySatisfy(
            e -> {
              assertThat(e.getString("type")).isEqualTo("REPLY");
              assertThat(e.getBoolean("internal")).isFalse();
              assertThat(e.getString("body"))
                  .isEqualTo(
                      "Dear Elena Employee, please send a screenshot for "
                          + ticket.getString("number")
                          + ".");
            });
    // The requester reads the reply, but not which macro wrote it.
    List<String> requesterSees =
        Api.as("employee")
            .get(TICKETS + "/" + id(ticket) + "/history")
            .array()
            .getValuesAs(JsonObject.class)
            .stream()
            .map(e -> e.getString("type"))
            .toList();
    assertThat(requesterSees).contains("REPLY").doesNotContain("MACRO_APPLIED", "TAG_ADDED");

    // Applied again, only the reply goes out again: everything else is in place already.
    Api.Answer again =
        Api.as("line1")
            .post(MACROS + "/" + id(macro) + "/applications", json("ticket", id(ticket)));
    assertThat(again.status()).as(again.toString()).isEqualTo(200);

    Api.Answer stale =
        Api.as("line1")
            .post(
                MACROS + "/" + id(macro) + "/applications",
                json("ticket", id(ticket), "version", ticket.getJsonNumber("version")));
    assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
    assertThat(stale.detail()).contains("changed by");

    // Another agent cannot use a personal macro; requesters cannot use macros at all.
    assertThat(
            Api.as("line2")
                .post(MACROS + "/" + id(macro) + "/applications", json("ticket", id(ticket)))
                .status())
        .isEqualTo(404);
    assertThat(Api.as("employee").get(MACROS).status()).isEqualTo(403);
    // A response a macro uses cannot be deleted from under it.
    assertThat(
            delete(
                    "line1",
                    RESPONSES
                        + "/"
                        + id(response)
                        + "?version="
                        + response.getJsonNumber("version"))
                .status())
        .isEqualTo(409);
  }

  @Test
  void aRefusedActionLeavesTheTicketExactlyAsItWas() {
    String token = token();
    JsonObject macro =
        created(
            Api.as("line1")
                .post(
                    MACROS,
                    json(
                        "name",
                        "Close at once " + token,
                        "replyText",
                        "Closing {ticket.number} for {requester.name}",
                        "addTags",
                        array("closed-fast"),
                        "status",
                        "CLOSED")));
    JsonObject ticket = openAsEmployee("Rollback " + token);
    long versionBefore = ticket.getJsonNumber("version").longValue();

    Api.Answer refused =
        Api.as("line1")
            .post(MACROS + "/" + id(macro) + "/applications", json("ticket", id(ticket)));
    assertThat(refused.status()).as(refused.toString()).isEqualTo(409);

    JsonObject unchanged = Api.as("line1").get(TICKETS + "/" + id(ticket)).json();
    assertThat(unchanged.getJsonNumber("version").longValue()).isEqualTo(versionBefore);
    assertThat(unchanged.getString("status")).isEqualTo("NEW");
    assertThat(unchanged.getJsonArray("tags")).isEmpty();
    assertThat(history(ticket).stream().map(e -> e.getString("type")).toList())
        .doesNotContain("MACRO_APPLIED", "REPLY", "TAG_ADDED");
  }

  @Test
  void macrosAreCheckedWhenSavedAndSharedOnesNeedALead() {
    String token = token();
    Api.Answer empty = Api.as("line1").post(MACROS, json("name", "Nothing " + token));
    assertThat(empty.status()).as(empty.toString()).isEqualTo(400);
    Api.Answer badStatus =
        Api.as("line1").post(MACROS, json("name", "Bad " + token, "status", "DONE"));
    assertThat(badStatus.status()).isEqualTo(400);
    assertThat(badStatus.json().getString("field", "")).isEqualTo("status");
    Api.Answer badAgent =
        Api.as("line1").post(MACROS, json("name", "Bad " + token, "agent", "employee"));
    assertThat(badAgent.status()).isEqualTo(400);
    assertThat(badAgent.json().getString("field", "")).isEqualTo("agent");
    Api.Answer badQueue =
        Api.as("line1").post(MACROS, json("name", "Bad " + token, "queue", "NO_SUCH_QUEUE"));
    assertThat(badQueue.status()).isEqualTo(400);
    assertThat(
            Api.as("line1")
                .post(MACROS, json("name", "Shared " + token, "priority", "LOW", "shared", true))
                .status())
        .isEqualTo(403);

    JsonObject shared =
        created(
            Api.as("admin")
                .post(
                    MACROS,
                    json(
                        "name",
                        "Shared " + token,
                        "priority",
                        "LOW",
                        "queue",
                        "SERVICE_DESK",
                        "shared",
                        true)));
    assertThat(Api.as("line1").get(MACROS + "?q=" + token).json().getJsonArray("items"))
        .extracting(m -> m.asJsonObject().getString("name"))
        .containsExactly("Shared " + token);
    Api.Answer renamed =
        put(
            "line2",
            MACROS + "/" + id(shared),
            json(
                "name",
                "Shared renamed " + token,
                "priority",
                "HIGH",
                "version",
                shared.getJsonNumber("version")));
    assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
    assertThat(renamed.json().getString("queue", null)).isNull();
    assertThat(
            delete(
                    "line1",
                    MACROS
                        + "/"
                        + id(shared)
                        + "?version="
                        + renamed.json().getJsonNumber("version"))
                .status())
        .isEqualTo(403);
    assertThat(
            delete(
                    "admin",
                    MACROS
                        + "/"
                        + id(shared)
                        + "?version="
                        + renamed.json().getJsonNumber("version"))
                .status())
        .isEqualTo(204);
  }
}
