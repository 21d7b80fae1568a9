package org.tierdesk.sla.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.tierdesk.testing.Api.json;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.tierdesk.testing.Api;
import org.tierdesk.testing.RestartableServer;

/**
 * "A restart loses nothing", with a real restart: a server of this test's own (H2 file database)
 * fires a warning, is stopped before the deadline, and is started again after it (its clock set
 * ahead by {@code TIERDESK_TEST_SUPPORT_CLOCK_OFFSET}, as if the outage had lasted that long). The
 * breach that fell due while no server ran must fire by itself, once, with the instant it was due;
 * the warning that fired before the restart must not fire again.
 *
 * <p>The policy: chat tickets about e-mail with low priority, around the clock, first response in 1
 * hour with a warning at 50%, resolution in 8 hours; warnings and breaches notify the line's leads
 * (line2 leads L1 in the demo data).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlaRestartIT {

  static final String TICKETS = "/api/v1/tickets";
  static final Duration WAIT = Duration.ofSeconds(60);

  final RestartableServer server = new RestartableServer("sla-restart");

  @BeforeAll
  void start() {
    server.start(Map.of());
  }

  @AfterAll
  void stop() {
    server.close();
  }

  @Test
  void aBreachThatFellDueWhileNoServerRanFiresOnceAfterTheStart() {
    createPolicy();
    long id = openTicket();
    JsonObject clock = ticket(id).getJsonObject("sla").getJsonObject("firstResponse");
    Instant due = Instant.parse(clock.getString("dueAt"));

    // Before the restart: the warning fires (30 of 60 minutes used), the deadline is still ahead.
    shift("PT35M");
    await().atMost(WAIT).untilAsserted(() -> assertThat(events(id)).hasSize(1));
    assertThat(kinds(id)).containsExactly("FIRST_RESPONSE/WARNING");
    assertThat(entries(id, "SLA_WARNING")).hasSize(1);
    assertThat(entries(id, "SLA_BREACHED")).isEmpty();

    // Down before the deadline; up again 90 minutes after the ticket was opened.
    server.stop();
    server.start(Map.of("TIERDESK_TEST_SUPPORT_CLOCK_OFFSET", "PT1H30M"));

    // Nobody asks for a sweep: the server's own timers find the breach in the database.
    await().atMost(WAIT).untilAsserted(() -> assertThat(entries(id, "SLA_BREACHED")).hasSize(1));
    JsonObject breach = entries(id, "SLA_BREACHED").get(0);
    assertThat(Instant.parse(breach.getString("newValue"))).isEqualTo(due);
    List<JsonObject> events = events(id);
    assertThat(kinds(id)).containsExactly("FIRST_RESPONSE/WARNING", "FIRST_RESPONSE/BREACH");
    assertThat(events.get(1).getString("firedBy")).isIn("SCHEDULE", "TIMER");
    assertThat(Instant.parse(events.get(1).getString("dueAt"))).isEqualTo(due);
    assertThat(ticket(id).getJsonObject("sla").getJsonObject("firstResponse").getString("state"))
        .isEqualTo("BREACHED");
    await()
        .atMost(WAIT)
        .untilAsserted(
            () ->
                assertThat(notifications(id, "sla.notification.breach.FIRST_RESPONSE")).hasSize(1));

    // A sweep more, asked for: nothing fires twice.
    Api.Answer swept = admin().post("/api/v1/test-support/sla/sweep", "");
    assertThat(swept.status()).as(swept.toString()).isEqualTo(200);
    assertThat(swept.json().getJsonArray("fired").getValuesAs(JsonObject.class))
        .noneMatch(event -> event.getJsonNumber("ticketId").longValue() == id);
    assertThat(entries(id, "SLA_WARNING")).hasSize(1);
    assertThat(entries(id, "SLA_BREACHED")).hasSize(1);
    assertThat(events(id)).hasSize(2);
    assertThat(notifications(id, "sla.notification.warning.FIRST_RESPONSE")).hasSize(1);
    assertThat(notifications(id, "sla.notification.breach.FIRST_RESPONSE")).hasSize(1);
  }

  private Api admin() {
    return Api.as("admin").at(server.baseUri());
  }

  private void createPolicy() {
    Api.Answer created =
        admin()
            .post(
                "/api/v1/admin/sla/policies",
                json(
                    "name",
                    "Restart test",
                    "conditions",
                    json(
                        "priorities", array("LOW"),
                        "channels", array("CHAT"),
                        "categories", array("EMAIL")),
                    "targets",
                    json("firstResponse", "PT1H", "nextResponse", "PT1H", "resolution", "PT8H"),
                    "warningPercent",
                    50,
                    "calendarId",
                    1,
                    "warningActions",
                    array("NOTIFY_LINE_LEADS"),
                    "breachActions",
                    array("NOTIFY_LINE_LEADS")));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
  }

  private long openTicket() {
    Api.Answer created =
        Api.as("line1")
            .at(server.baseUri())
            .post(
                TICKETS,
                json(
                    "subject", "Mail stuck while the server restarts",
                    "description", "Mail does not arrive",
                    "channel", "CHAT",
                    "category", "EMAIL",
                    "priority", "LOW",
                    "requester", "employee"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getJsonNumber("id").longValue();
  }

  private void shift(String duration) {
    Api.Answer answer = admin().post("/api/v1/test-support/clock", json("shift", duration));
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
  }

  private JsonObject ticket(long id) {
    Api.Answer answer = Api.as("line1").at(server.baseUri()).get(TICKETS + "/" + id);
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.json();
  }

  private List<JsonObject> entries(long id, String type) {
    Api.Answer answer = Api.as("line1").at(server.baseUri()).get(TICKETS + "/" + id + "/history");
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.array().getValuesAs(JsonObject.class).stream()
        .filter(entry -> entry.getString("type").equals(type))
        .filter(entry -> "FIRST_RESPONSE".equals(entry.getString("field", null)))
        .toList();
  }

  private List<JsonObject> events(long id) {
    Api.Answer answer = admin().get("/api/v1/test-support/sla/events?ticket=" + id);
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.array().getValuesAs(JsonObject.class);
  }

  private List<String> kinds(long id) {
    return events(id).stream()
        .map(event -> event.getString("metric") + "/" + event.getString("kind"))
        .toList();
  }

  private List<JsonObject> notifications(long ticketId, String key) {
    Api.Answer answer = Api.as("line2").at(server.baseUri()).get("/api/v1/notifications");
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.array().getValuesAs(JsonObject.class).stream()
        .filter(
            n -> n.containsKey("ticketId") && n.getJsonNumber("ticketId").longValue() == ticketId)
        .filter(n -> n.getString("messageKey").equals(key))
        .toList();
  }

  private static jakarta.json.JsonArray array(String... values) {
    var builder = Json.createArrayBuilder();
    for (String value : values) {
      builder.add(value);
    }
    return builder.build();
  }
}
