package org.tierdesk.ticket.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tierdesk.testing.Api.json;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tierdesk.testing.Api;
import org.tierdesk.testing.TierdeskServer;

/**
 * Agent productivity over HTTP: tags (with the queue filter), time spent, links between tickets,
 * parent/child resolution (refused, then forced with a reason) and merging duplicates. Requesters
 * are checked to see none of it on others' tickets, nor any internal part.
 */
@ExtendWith(TierdeskServer.class)
class AgentProductivityApiIT {

  static final String TICKETS = "/api/v1/tickets";

  static String token() {
    return "ap" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  static JsonObject open(String user, String subject) {
    Api.Answer created =
        Api.as(user).post(TICKETS, json("subject", subject, "description", "About " + subject));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json();
  }

  static String path(JsonObject ticket) {
    return TICKETS + "/" + ticket.getJsonNumber("id").longValue();
  }

  static long version(JsonObject ticket) {
    return ticket.getJsonNumber("version").longValue();
  }

  static JsonObject get(String user, JsonObject ticket) {
    Api.Answer answer = Api.as(user).get(path(ticket));
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.json();
  }

  static List<JsonObject> history(String user, JsonObject ticket) {
    Api.Answer answer = Api.as(user).get(path(ticket) + "/history");
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.array().getValuesAs(JsonObject.class);
  }

  static List<String> types(List<JsonObject> history) {
    return history.stream().map(e -> e.getString("type")).toList();
  }

  static List<String> strings(JsonArray array) {
    return array.getValuesAs(JsonValue.class).stream()
        .map(v -> ((jakarta.json.JsonString) v).getString())
        .toList();
  }

  static JsonArray array(String... values) {
    var builder = Json.createArrayBuilder();
    for (String value : values) {
      builder.add(value);
    }
    return builder.build();
  }

  static Api.Answer delete(String user, String path) {
    return Api.as(user).send(Api.as(user).request(path).DELETE());
  }

  static Api.Answer put(String user, String path, JsonObject body) {
    return Api.as(user)
        .send(
            Api.as(user)
                .request(path)
                .header("Content-Type", "application/json")
                .PUT(
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        body.toString(), StandardCharsets.UTF_8)));
  }

  @Test
  void agentsTagTicketsAndFilterByTagWhileRequestersSeeNoTags() {
    String token = token();
    JsonObject ticket = open("employee", "Tags " + token);

    Api.Answer tagged =
        put(
            "line1",
            path(ticket) + "/tags",
            json(
                "tags",
                array("  VPN Client ", token.toUpperCase(), "urgent"),
                "version",
                version(ticket)));
    assertThat(tagged.status()).as(tagged.toString()).isEqualTo(200);
    assertThat(strings(tagged.json().getJsonArray("tags")))
        .containsExactly(token, "urgent", "vpn-client");

    Api.Answer stale =
        put("line1", path(ticket) + "/tags", json("tags", array("x"), "version", version(ticket)));
    assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
    assertThat(stale.detail()).contains("changed by Lev Line-One");

    Api.Answer filtered = Api.as("line2").get(TICKETS + "?tag=" + token.toUpperCase());
    assertThat(filtered.status()).as(filtered.toString()).isEqualTo(200);
    assertThat(filtered.json().getJsonArray("items").getValuesAs(JsonObject.class))
        .extracting(t -> t.getString("number"))
        .containsExactly(ticket.getString("number"));

    Api.Answer removed =
        delete("line1", path(ticket) + "/tags/urgent?version=" + version(tagged.json()));
    assertThat(removed.status()).as(removed.toString()).isEqualTo(200);
    assertThat(strings(removed.json().getJsonArray("tags"))).containsExactly(token, "vpn-client");
    assertThat(types(history("line1", ticket)))
        .containsSubsequence("TAG_ADDED", "TAG_ADDED", "TAG_ADDED", "TAG_REMOVED");

    // The requester sees neither the tags nor their history, and cannot set or filter by them.
    assertThat(get("employee", ticket).getJsonArray("tags")).isEmpty();
    assertThat(types(history("employee", ticket))).doesNotContain("TAG_ADDED", "TAG_REMOVED");
    Api.Answer requesterTags = put("employee", path(ticket) + "/tags", json("tags", array("mine")));
    assertThat(requesterTags.status()).as(requesterTags.toString()).isEqualTo(403);
    assertThat(Api.as("employee").get(TICKETS + "?tag=" + token).status()).isEqualTo(403);

    Api.Answer invalid =
        Api.as("line1").post(path(ticket) + "/tags", json("add", array("no,commas")));
    assertThat(invalid.status()).as(invalid.toString()).isEqualTo(400);
    assertThat(invalid.json().getString("field", "")).isEqualTo("add");
  }

  @Test
  void timeIsLoggedOnItsOwnOrWithANoteAndTotalledPerAgent() {
    JsonObject ticket = open("employee", "Time " + token());

    Api.Answer logged =
        Api.as("line1")
            .post(path(ticket) + "/time-entries", json("minutes", 30, "note", "Checked the logs"));
    assertThat(logged.status()).as(logged.toString()).isEqualTo(201);
    assertThat(logged.json().getInt("minutes")).isEqualTo(30);
    assertThat(Api.as("line2").post(path(ticket) + "/time-entries", json("minutes", 15)).status())
        .isEqualTo(201);
    Api.Answer note =
        Api.as("line1")
            .post(
                path(ticket) + "/replies",
                json("body", "Called the user", "internal", true, "minutes", 10));
    assertThat(note.status()).as(note.toString()).isEqualTo(201);

    Api.Answer sheet = Api.as("admin").get(path(ticket) + "/time-entries");
    assertThat(sheet.status()).as(sheet.toString()).isEqualTo(200);
    JsonObject time = sheet.json();
    assertThat(time.getJsonNumber("totalMinutes").longValue()).isEqualTo(55);
    assertThat(time.getJsonNumber("entryCount").longValue()).isEqualTo(3);
    assertThat(time.getJsonArray("perAgent").getValuesAs(JsonObject.class))
        .extracting(a -> a.getString("agent") + "=" + a.getJsonNumber("minutes").longValue())
        .containsExactlyInAnyOrder("line1=40", "line2=15");
    assertThat(time.getJsonArray("entries").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("note", ""))
        .contains("Checked the logs");
    assertThat(types(history("line1", ticket)))
        .containsSubsequence("TIME_LOGGED", "NOTE", "TIME_LOGGED");

    // Across tickets, for reports: admins read anyone's entries, agents only their own.
    String since = logged.json().getString("loggedAt");
    Api.Answer report = Api.as("admin").get("/api/v1/time-entries?agent=line2&from=" + since);
    assertThat(report.status()).as(report.toString()).isEqualTo(200);
    assertThat(report.json().getJsonArray("items").getValuesAs(JsonObject.class))
        .anySatisfy(
            e -> {
              assertThat(e.getString("ticketNumber")).isEqualTo(ticket.getString("number"));
              assertThat(e.getInt("minutes")).isEqualTo(15);
            })
        .allSatisfy(e -> assertThat(e.getString("agent")).isEqualTo("line2"));
    assertThat(Api.as("line1").get("/api/v1/time-entries?agent=line2").status()).isEqualTo(403);
    assertThat(
            Api.as("line1")
                .get("/api/v1/time-entries?from=" + since)
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class))
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.getString("agent")).isEqualTo("line1"));
    Api.Answer badFrom = Api.as("admin").get("/api/v1/time-entries?from=yesterday");
    assertThat(badFrom.status()).isEqualTo(400);
    assertThat(badFrom.json().getString("field", "")).isEqualTo("from");

    Api.Answer zero = Api.as("line1").post(path(ticket) + "/time-entries", json("minutes", 0));
    assertThat(zero.status()).as(zero.toString()).isEqualTo(400);
    assertThat(zero.json().getString("field", "")).isEqualTo("minutes");
    assertThat(Api.as("employee").get(path(ticket) + "/time-entries").status()).isEqualTo(403);
    assertThat(types(history("employee", ticket))).doesNotContain("TIME_LOGGED", "NOTE");
  }

  @Test
  void relatedTicketsAreLinkedBothWaysAndRequestersSeeOnlyLinksToTheirOwn() {
    String token = token();
    JsonObject first = open("employee", "Related A " + token);
    JsonObject second = open("employee", "Related B " + token);
    JsonObject foreign = open("line3", "Foreign " + token);

    Api.Answer linked =
        Api.as("line1")
            .post(
                path(first) + "/links",
                json("ticket", second.getString("number"), "role", "related"));
    assertThat(linked.status()).as(linked.toString()).isEqualTo(201);
    assertThat(linked.json().getString("role")).isEqualTo("related");
    Api.Answer fromSecond = Api.as("line1").get(path(second) + "/links");
    assertThat(fromSecond.array().getValuesAs(JsonObject.class))
        .extracting(l -> l.getString("number") + ":" + l.getString("role"))
        .containsExactly(first.getString("number") + ":related");

    Api.Answer again =
        Api.as("line2")
            .post(
                path(second) + "/links",
                json("ticket", first.getString("number"), "role", "child"));
    assertThat(again.status()).as(again.toString()).isEqualTo(409);
    Api.Answer self =
        Api.as("line1")
            .post(
                path(first) + "/links",
                json("ticket", first.getString("number"), "role", "related"));
    assertThat(self.status()).as(self.toString()).isEqualTo(400);
    Api.Answer unknown =
        Api.as("line1")
            .post(path(first) + "/links", json("ticket", "TD-999999999", "role", "related"));
    assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
    assertThat(unknown.json().getString("field", "")).isEqualTo("ticket");

    assertThat(
            Api.as("line1")
                .post(
                    path(first) + "/links",
                    json("ticket", foreign.getString("number"), "role", "related"))
                .status())
        .isEqualTo(201);
    assertThat(Api.as("line1").get(path(first) + "/links").array()).hasSize(2);
    Api.Answer requesterView = Api.as("employee").get(path(first) + "/links");
    assertThat(requesterView.status()).as(requesterView.toString()).isEqualTo(200);
    assertThat(requesterView.array().getValuesAs(JsonObject.class))
        .extracting(l -> l.getString("number"))
        .containsExactly(second.getString("number"));
    Api.Answer requesterLinks =
        Api.as("employee")
            .post(
                path(first) + "/links",
                json("ticket", second.getString("number"), "role", "related"));
    assertThat(requesterLinks.status()).isEqualTo(403);

    Api.Answer unlinked = delete("line1", path(second) + "/links/" + first.getString("number"));
    assertThat(unlinked.status()).as(unlinked.toString()).isEqualTo(204);
    assertThat(Api.as("line1").get(path(second) + "/links").array()).isEmpty();
    assertThat(types(history("line1", first))).containsSubsequence("LINKED", "LINKED", "UNLINKED");
    assertThat(types(history("employee", first))).doesNotContain("LINKED", "UNLINKED");
  }

  @Test
  void aParentIsResolvedOnlyWhenItsChildrenAreDoneUnlessForcedWithAReason() {
    String token = token();
    JsonObject parent = open("employee", "Parent " + token);
    JsonObject child = open("employee", "Child " + token);
    JsonObject grandchild = open("employee", "Grandchild " + token);
    assertThat(
            Api.as("line1")
                .post(
                    path(parent) + "/links",
                    json("ticket", child.getString("number"), "role", "child"))
                .status())
        .isEqualTo(201);
    assertThat(
            Api.as("line1")
                .post(
                    path(grandchild) + "/links",
                    json("ticket", child.getString("number"), "role", "parent"))
                .status())
        .isEqualTo(201);
    assertThat(Api.as("line1").get(path(child) + "/links").array().getValuesAs(JsonObject.class))
        .extracting(l -> l.getString("role"))
        .containsExactly("parent", "child");

    Api.Answer cycle =
        Api.as("line1")
            .post(
                path(grandchild) + "/links",
                json("ticket", parent.getString("number"), "role", "child"));
    assertThat(cycle.status()).as(cycle.toString()).isEqualTo(409);
    Api.Answer secondParent =
        Api.as("line1")
            .post(
                path(child) + "/links",
                json(
                    "ticket",
                    open("employee", "Other " + token).getString("number"),
                    "role",
                    "parent"));
    assertThat(secondParent.status()).as(secondParent.toString()).isEqualTo(409);

    Api.Answer refused =
        Api.as("line1").post(path(parent) + "/transitions", json("to", "RESOLVED"));
    assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
    assertThat(refused.detail()).contains(parent.getString("number")).contains("1 open child");
    assertThat(get("line1", parent).getString("status")).isEqualTo("NEW");

    Api.Answer noReason =
        Api.as("line1").post(path(parent) + "/forced-resolution", json("reason", " "));
    assertThat(noReason.status()).as(noReason.toString()).isEqualTo(400);
    Api.Answer forced =
        Api.as("line1")
            .post(
                path(parent) + "/forced-resolution",
                json(
                    "reason",
                    "Workaround in place " + token,
                    "version",
                    version(get("line1", parent))));
    assertThat(forced.status()).as(forced.toString()).isEqualTo(200);
    assertThat(forced.json().getString("status")).isEqualTo("RESOLVED");
    JsonObject entry =
        history("line1", parent).stream()
            .filter(e -> e.getString("type").equals("RESOLUTION_FORCED"))
            .findFirst()
            .orElseThrow();
    assertThat(entry.getString("body")).isEqualTo("Workaround in place " + token);
    assertThat(entry.getBoolean("internal")).isTrue();

    // Bottom up, each ticket resolves plainly once its own child is done.
    Api.Answer middle = Api.as("line1").post(path(child) + "/transitions", json("to", "RESOLVED"));
    assertThat(middle.status()).as(middle.toString()).isEqualTo(409);
    assertThat(
            Api.as("line1")
                .post(path(grandchild) + "/transitions", json("to", "RESOLVED"))
                .status())
        .isEqualTo(200);
    Api.Answer plain = Api.as("line1").post(path(child) + "/transitions", json("to", "RESOLVED"));
    assertThat(plain.status()).as(plain.toString()).isEqualTo(200);
  }

  @Test
  void aDuplicateIsMergedItsRequesterToldAndItsMessagesShownOnTheTarget() {
    String token = token();
    JsonObject source = open("employee", "Duplicate " + token);
    JsonObject target = open("employee", "Original " + token);
    assertThat(
            Api.as("employee")
                .post(path(source) + "/replies", json("body", "Still broken " + token))
                .status())
        .isEqualTo(201);
    Api.Answer file =
        Api.as("employee")
            .post(
                path(source) + "/attachments?name=screen-" + token + ".txt",
                "screenshot".getBytes(StandardCharsets.UTF_8),
                "text/plain");
    assertThat(file.status()).as(file.toString()).isEqualTo(201);
    long attachmentId = file.json().getJsonNumber("id").longValue();
    JsonObject seen = get("line1", source);

    Api.Answer self =
        Api.as("line1")
            .post(
                path(source) + "/merge",
                json("target", source.getString("number"), "version", version(seen)));
    assertThat(self.status()).as(self.toString()).isEqualTo(400);
    Api.Answer byRequester =
        Api.as("employee")
            .post(path(source) + "/merge", json("target", target.getString("number")));
    assertThat(byRequester.status()).isEqualTo(403);

    Api.Answer merged =
        Api.as("line1")
            .post(
                path(source) + "/merge",
                json("target", target.getString("number"), "version", version(seen)));
    assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
    assertThat(merged.json().getString("status")).isEqualTo("CLOSED");

    List<JsonObject> sourceHistory = history("employee", source);
    assertThat(sourceHistory)
        .anySatisfy(
            e -> {
              assertThat(e.getString("type")).isEqualTo("REPLY");
              assertThat(e.getString("body")).contains(target.getString("number"));
            })
        .anySatisfy(
            e -> {
              assertThat(e.getString("type")).isEqualTo("MERGED");
              assertThat(e.getString("newValue")).isEqualTo(target.getString("number"));
            });
    // The same requester reads the duplicate's description, reply and file on the target.
    List<JsonObject> targetHistory = history("employee", target);
    assertThat(targetHistory)
        .filteredOn(e -> "mergedFrom".equals(e.getString("field", null)))
        .extracting(e -> e.getString("type"))
        .contains("MERGED", "REPLY", "ATTACHMENT_ADDED");
    assertThat(targetHistory)
        .extracting(e -> e.getString("body", ""))
        .contains("About Duplicate " + token, "Still broken " + token);
    Api.Answer download = Api.as("employee").get(path(target) + "/attachments/" + attachmentId);
    assertThat(download.status()).as(download.toString()).isEqualTo(200);
    assertThat(download.body()).isEqualTo("screenshot");
    assertThat(Api.as("line1").get(path(target) + "/links").array().getValuesAs(JsonObject.class))
        .extracting(l -> l.getString("number") + ":" + l.getString("role"))
        .containsExactly(source.getString("number") + ":mergedFrom");

    Api.Answer notifications = Api.as("employee").get("/api/v1/notifications");
    assertThat(notifications.array().getValuesAs(JsonObject.class))
        .extracting(n -> n.getString("text"))
        .anySatisfy(
            text ->
                assertThat(text).contains(source.getString("number"), target.getString("number")));

    Api.Answer twice =
        Api.as("line1").post(path(source) + "/merge", json("target", target.getString("number")));
    assertThat(twice.status()).as(twice.toString()).isEqualTo(409);
    JsonObject another = open("employee", "Another " + token);
    Api.Answer intoClosed =
        Api.as("line1").post(path(another) + "/merge", json("target", source.getString("number")));
    assertThat(intoClosed.status()).as(intoClosed.toString()).isEqualTo(409);
    Api.Answer stale =
        Api.as("line1")
            .post(
                path(another) + "/merge",
                json("target", target.getString("number"), "version", version(another) - 1));
    assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
  }
}
