package org.tierdesk.sla.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.tierdesk.testing.Api.json;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tierdesk.testing.Api;
import org.tierdesk.testing.TierdeskServer;

/**
 * SLA clocks end to end, through real ticket changes over HTTP. Time moves with the test-support
 * clock and warnings and breaches come from the sweep (asked for, or by the server's own timers,
 * whichever is first: the assertions hold either way). The tickets here are chat tickets about
 * e-mail with low priority, which a policy of this class's own governs around the clock: first
 * response 30 min, next response 20 min, resolution 60 min, warning at 50%.
 */
@ExtendWith(TierdeskServer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlaApiIT {

  static final String TICKETS = "/api/v1/tickets";
  static final String POLICIES = "/api/v1/admin/sla/policies";
  static final String CALENDARS = "/api/v1/admin/sla/calendars";
  static final String CLOCK = "/api/v1/test-support/clock";
  static final String SWEEP = "/api/v1/test-support/sla/sweep";
  static final Duration WAIT = Duration.ofSeconds(30);

  final String policyName = "IT chat e-mail " + token();
  long policyId;

  @BeforeAll
  void createPolicy() {
    Api.Answer created =
        Api.as("admin")
            .post(
                POLICIES,
                json(
                    "name",
                    policyName,
                    "conditions",
                    json(
                        "priorities", array("LOW"),
                        "channels", array("CHAT"),
                        "categories", array("EMAIL")),
                    "targets",
                    json("firstResponse", "PT30M", "nextResponse", "PT20M", "resolution", "PT1H"),
                    "warningPercent",
                    50,
                    "calendarId",
                    1,
                    "warningActions",
                    array("NOTIFY_LINE_LEADS"),
                    "breachActions",
                    array("NOTIFY_LINE_LEADS", "ESCALATE_TO_NEXT_LINE")));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    policyId = created.json().getJsonNumber("id").longValue();
  }

  /** Leaves the shared server as found: real time, and no policy of this class. */
  @AfterAll
  void cleanUp() {
    Api.as("admin").send(Api.as("admin").request(CLOCK).DELETE());
    Api.as("admin").send(Api.as("admin").request(POLICIES + "/" + policyId).DELETE());
  }

  static String token() {
    return "sla" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  static JsonArray array(String... values) {
    var builder = Json.createArrayBuilder();
    for (String value : values) {
      builder.add(value);
    }
    return builder.build();
  }

  /** A ticket of this class's policy, opened by line 1 for the demo requester. */
  static JsonObject openTicket(String subject) {
    Api.Answer created =
        Api.as("line1")
            .post(
                TICKETS,
                json(
                    "subject", subject + " " + token(),
                    "description", "Mail does not arrive",
                    "channel", "CHAT",
                    "category", "EMAIL",
                    "priority", "LOW",
                    "requester", "employee"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json();
  }

  static long id(JsonObject ticket) {
    return ticket.getJsonNumber("id").longValue();
  }

  // Read as an admin: a breach may escalate the ticket out of the first line's sight.
  static JsonObject ticket(long id) {
    Api.Answer answer = Api.as("admin").get(TICKETS + "/" + id);
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.json();
  }

  static long version(long id) {
    return ticket(id).getJsonNumber("version").longValue();
  }

  static void reply(String user, long id, String body, boolean internal) {
    JsonObject reply =
        user.equals("employee")
            ? json("body", body)
            : json("body", body, "internal", internal, "version", version(id));
    Api.Answer answer = Api.as(user).post(TICKETS + "/" + id + "/replies", reply);
    assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
  }

  static void moveTo(long id, String status) {
    Api.Answer answer =
        Api.as("admin")
            .post(TICKETS + "/" + id + "/transitions", json("to", status, "version", version(id)));
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
  }

  /** The ticket's clock of a metric in its JSON ({@code sla.firstResponse}), or null. */
  static JsonObject clockOf(long id, String metric) {
    JsonObject sla = ticket(id).getJsonObject("sla");
    return sla.containsKey(metric) && sla.get(metric) != JsonValue.NULL
        ? sla.getJsonObject(metric)
        : null;
  }

  static Instant instant(JsonObject object, String name) {
    return Instant.parse(object.getString(name));
  }

  static void shift(String duration) {
    Api.Answer answer = Api.as("admin").post(CLOCK, json("shift", duration));
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
  }

  static JsonObject sweep() {
    Api.Answer answer = Api.as("admin").post(SWEEP, "");
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.json();
  }

  static List<JsonObject> history(long id) {
    Api.Answer answer = Api.as("admin").get(TICKETS + "/" + id + "/history");
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.array().getValuesAs(JsonObject.class);
  }

  static List<JsonObject> entries(long id, String type, String field) {
    return history(id).stream()
        .filter(entry -> entry.getString("type").equals(type))
        .filter(entry -> field == null || field.equals(entry.getString("field", null)))
        .toList();
  }

  /** Sweeps, then waits until the history shows the entry (a server timer may be first). */
  static void sweepUntil(long id, String type, String metric) {
    sweep();
    await().atMost(WAIT).untilAsserted(() -> assertThat(entries(id, type, metric)).isNotEmpty());
  }

  @Nested
  class Starting {

    @Test
    void aNewTicketGetsClocksOfItsPolicyInItsJson() {
      JsonObject ticket = openTicket("Clocks start");
      Instant created = instant(ticket, "createdAt");

      JsonObject sla = ticket.getJsonObject("sla");
      assertThat(sla.getString("policy")).isEqualTo(policyName);
      JsonObject first = sla.getJsonObject("firstResponse");
      assertThat(first.getString("state")).isEqualTo("RUNNING");
      assertThat(instant(first, "dueAt"))
          .isCloseTo(created.plus(Duration.ofMinutes(30)), within(1, ChronoUnit.MILLIS));
      assertThat(instant(first, "warnAt"))
          .isCloseTo(created.plus(Duration.ofMinutes(15)), within(1, ChronoUnit.MILLIS));
      assertThat(instant(sla.getJsonObject("resolution"), "dueAt"))
          .isCloseTo(created.plus(Duration.ofHours(1)), within(1, ChronoUnit.MILLIS));
      assertThat(sla.containsKey("nextResponse")).isFalse();
    }

    @Test
    void theRequesterSeesWhenTheFirstAnswerIsDue() {
      JsonObject ticket = openTicket("Acknowledgement");

      Api.Answer expected =
          Api.as("employee").get("/api/v1/sla/tickets/" + id(ticket) + "/expected-response");

      assertThat(expected.status()).isEqualTo(200);
      // The database keeps microseconds; the answer to the creating request had nanoseconds.
      assertThat(instant(expected.json(), "firstResponseDue"))
          .isCloseTo(
              instant(ticket.getJsonObject("sla").getJsonObject("firstResponse"), "dueAt"),
              within(1, ChronoUnit.MICROS));
    }

    @Test
    void clocksFollowTicketVisibility() {
      JsonObject ticket = openTicket("Visibility");
      String clocks = "/api/v1/sla/tickets/" + id(ticket) + "/clocks";

      Api.Answer requester = Api.as("employee").get(clocks);
      assertThat(requester.status()).isEqualTo(200);
      assertThat(requester.array()).hasSize(2);
      assertThat(Api.anonymous().get(clocks).status()).isEqualTo(401);
      assertThat(Api.as("employee").get("/api/v1/sla/breaching-soon").status()).isEqualTo(403);
    }
  }

  @Nested
  class Responding {

    @Test
    void anInternalNoteIsNoResponseButAPublicReplyIs() {
      long id = id(openTicket("First response"));

      reply("line1", id, "Looking into the mail logs", true);
      assertThat(clockOf(id, "firstResponse").getString("state")).isEqualTo("RUNNING");

      reply("line1", id, "Could you send a screenshot?", false);
      assertThat(clockOf(id, "firstResponse").getString("state")).isEqualTo("MET");
    }

    @Test
    void aRequesterMessageStartsTheNextResponseUntilSupportAnswers() {
      long id = id(openTicket("Next response"));
      reply("line1", id, "Which client do you use?", false);

      reply("employee", id, "Outlook", false);
      JsonObject next = clockOf(id, "nextResponse");
      assertThat(next.getString("state")).isEqualTo("RUNNING");
      Instant asked = instant(entries(id, "REPLY", null).get(1), "occurredAt");
      assertThat(instant(next, "dueAt"))
          .isCloseTo(asked.plus(Duration.ofMinutes(20)), within(1, ChronoUnit.MILLIS));

      reply("line1", id, "Please restart Outlook", false);
      assertThat(clockOf(id, "nextResponse").getString("state")).isEqualTo("MET");
    }
  }

  @Nested
  class Pausing {

    @Test
    void waitingForTheRequesterPausesAndTheirAnswerResumesWithoutLosingTime() {
      long id = id(openTicket("Pause"));
      Instant originalDue = instant(clockOf(id, "resolution"), "dueAt");
      reply("line1", id, "Please check the spam folder", false);

      moveTo(id, "WAITING_FOR_REQUESTER");
      JsonObject paused = clockOf(id, "resolution");
      assertThat(paused.getString("state")).isEqualTo("PAUSED");
      assertThat(paused.containsKey("dueAt")).isFalse();

      shift("PT10M");
      reply("employee", id, "Nothing in spam either", false);

      JsonObject resumed = clockOf(id, "resolution");
      assertThat(resumed.getString("state")).isEqualTo("RUNNING");
      Instant pausedAt = statusChange(id, "WAITING_FOR_REQUESTER");
      Instant resumedAt = statusChange(id, "IN_PROGRESS");
      assertThat(Duration.between(pausedAt, resumedAt)).isGreaterThan(Duration.ofMinutes(10));
      assertThat(instant(resumed, "dueAt"))
          .isCloseTo(
              originalDue.plus(Duration.between(pausedAt, resumedAt)),
              within(2, ChronoUnit.MILLIS));
    }

    private Instant statusChange(long id, String to) {
      return entries(id, "STATUS_CHANGED", "status").stream()
          .filter(entry -> entry.getString("newValue").equals(to))
          .map(entry -> instant(entry, "occurredAt"))
          .reduce((first, later) -> later)
          .orElseThrow();
    }
  }

  @Nested
  class Resolving {

    @Test
    void resolvingMeetsTheClockAndReopeningResumesIt() {
      long id = id(openTicket("Resolve"));
      reply("line1", id, "Fixed the mail rule", false);
      moveTo(id, "RESOLVED");
      assertThat(clockOf(id, "resolution").getString("state")).isEqualTo("MET");

      shift("PT5M");
      reply("employee", id, "It happens again", false);

      assertThat(ticket(id).getString("status")).isEqualTo("REOPENED");
      JsonObject resolution = clockOf(id, "resolution");
      assertThat(resolution.getString("state")).isEqualTo("RUNNING");
      List<JsonObject> clocks =
          Api.as("admin")
              .get("/api/v1/sla/tickets/" + id + "/clocks")
              .array()
              .getValuesAs(JsonObject.class);
      JsonObject full =
          clocks.stream()
              .filter(clock -> clock.getString("metric").equals("RESOLUTION"))
              .findFirst()
              .orElseThrow();
      Duration used = Duration.parse(full.getString("businessTime"));
      Duration calendar = Duration.parse(full.getString("calendarTime"));
      assertThat(used).isLessThan(Duration.ofMinutes(5));
      assertThat(calendar).isGreaterThan(Duration.ofMinutes(5));
    }
  }

  @Nested
  class WarningsAndBreaches {

    @Test
    void aWarningThenABreachFireOnceAndTheBreachEscalates() {
      long id = id(openTicket("Escalation"));
      assertThat(ticket(id).getString("line")).isEqualTo("L1");

      shift("PT16M");
      sweepUntil(id, "SLA_WARNING", "FIRST_RESPONSE");
      assertThat(notificationsOf("line2", id, "sla.notification.warning.FIRST_RESPONSE"))
          .hasSize(1);

      shift("PT15M");
      sweepUntil(id, "SLA_BREACHED", "FIRST_RESPONSE");
      await()
          .atMost(WAIT)
          .untilAsserted(() -> assertThat(ticket(id).getString("line")).isEqualTo("L2"));

      assertThat(entries(id, "SLA_WARNING", "FIRST_RESPONSE")).hasSize(1);
      assertThat(entries(id, "SLA_BREACHED", "FIRST_RESPONSE")).hasSize(1);
      JsonObject moved = entries(id, "LINE_CHANGED", "line").get(0);
      assertThat(moved.getString("oldValue")).isEqualTo("L1");
      assertThat(moved.getString("newValue")).isEqualTo("L2");
      assertThat(moved.getString("body")).isEqualTo("sla.reason.breach.FIRST_RESPONSE");
      assertThat(moved.getBoolean("internal")).isTrue();
      assertThat(clockOf(id, "firstResponse").getString("state")).isEqualTo("BREACHED");
      assertThat(notificationsOf("line2", id, "sla.notification.breach.FIRST_RESPONSE")).hasSize(1);
      assertThat(sweep().getJsonArray("fired").getValuesAs(JsonObject.class))
          .noneMatch(event -> event.getJsonNumber("ticketId").longValue() == id);
    }

    @Test
    void aRequesterNeverSeesTheSlaEntriesOfTheTimeline() {
      long id = id(openTicket("Hidden SLA"));
      shift("PT31M");
      sweepUntil(id, "SLA_BREACHED", "FIRST_RESPONSE");

      List<JsonObject> seen =
          Api.as("employee")
              .get(TICKETS + "/" + id + "/history")
              .array()
              .getValuesAs(JsonObject.class);
      assertThat(seen).noneMatch(entry -> entry.getString("type").startsWith("SLA_"));
    }

    @Test
    void twoSweepsAtOnceFireEachEventOnce() throws Exception {
      List<Long> ids = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        ids.add(id(openTicket("Race " + i)));
      }
      shift("PT31M");

      List<JsonObject> reports = sweepTwiceAtOnce();

      Set<String> fired = new HashSet<>();
      for (JsonObject report : reports) {
        for (JsonObject event : report.getJsonArray("fired").getValuesAs(JsonObject.class)) {
          String key =
              event.getJsonNumber("ticketId")
                  + "/"
                  + event.getString("metric")
                  + "/"
                  + event.getString("kind");
          assertThat(fired.add(key)).as("fired twice: " + key).isTrue();
        }
      }
      for (long id : ids) {
        await()
            .atMost(WAIT)
            .untilAsserted(
                () -> assertThat(entries(id, "SLA_BREACHED", "FIRST_RESPONSE")).hasSize(1));
        assertThat(entries(id, "SLA_WARNING", "RESOLUTION")).hasSize(1);
        // The warning only notifies: its notification is written as it fires, exactly once.
        await()
            .atMost(WAIT)
            .untilAsserted(
                () ->
                    assertThat(notificationsOf("line2", id, "sla.notification.warning.RESOLUTION"))
                        .hasSize(1));
        // The deadline had passed too: its warning would only have come late.
        assertThat(entries(id, "SLA_WARNING", "FIRST_RESPONSE")).isEmpty();
        await()
            .atMost(WAIT)
            .untilAsserted(() -> assertThat(entries(id, "LINE_CHANGED", "line")).hasSize(1));
      }
    }

    private List<JsonObject> sweepTwiceAtOnce() throws Exception {
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<JsonObject>> sweeps = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
          sweeps.add(
              CompletableFuture.supplyAsync(
                  () -> {
                    try {
                      start.await();
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                    }
                    return sweep();
                  },
                  pool));
        }
        start.countDown();
        List<JsonObject> reports = new ArrayList<>();
        for (CompletableFuture<JsonObject> sweep : sweeps) {
          reports.add(sweep.get(60, TimeUnit.SECONDS));
        }
        return reports;
      } finally {
        pool.shutdownNow();
      }
    }

    @Test
    void clocksFiredTogetherKeepTheirOwnDeadlines() {
      // Clocks that fire in one batch are written together, a row per clock from arrays of
      // values: each event and history entry carries its own clock's deadline, to the microsecond.
      Map<Long, Instant> dues = new LinkedHashMap<>();
      for (int i = 0; i < 3; i++) {
        long id = id(openTicket("Together " + i));
        dues.put(id, instant(clockOf(id, "firstResponse"), "dueAt"));
      }
      assertThat(Set.copyOf(dues.values())).hasSize(3);

      shift("PT2H");
      sweep();

      dues.forEach(
          (id, due) -> {
            await()
                .atMost(WAIT)
                .untilAsserted(
                    () -> assertThat(entries(id, "SLA_BREACHED", "FIRST_RESPONSE")).hasSize(1));
            JsonObject entry = entries(id, "SLA_BREACHED", "FIRST_RESPONSE").get(0);
            assertThat(Instant.parse(entry.getString("newValue"))).isEqualTo(due);
            JsonObject event =
                Api.as("admin")
                    .get("/api/v1/test-support/sla/events?ticket=" + id)
                    .array()
                    .getValuesAs(JsonObject.class)
                    .stream()
                    .filter(e -> e.getString("kind").equals("BREACH"))
                    .filter(e -> e.getString("metric").equals("FIRST_RESPONSE"))
                    .findFirst()
                    .orElseThrow();
            assertThat(instant(event, "dueAt")).isEqualTo(due);
            assertThat(instant(event, "firedAt")).isAfter(due);
          });
    }

    @Test
    void nothingDueIsLostWhenNoTimerWasArmedForIt() {
      // The sweep reads due clocks from their rows alone: what fell due while no timer of this
      // node waited for it (a node that restarted, or the single node that was down) still fires,
      // once, with the instant it was due, not the instant it was noticed.
      long id = id(openTicket("Restart"));
      Instant due = instant(clockOf(id, "firstResponse"), "dueAt");

      shift("PT2H");
      sweepUntil(id, "SLA_BREACHED", "FIRST_RESPONSE");

      JsonObject breach = entries(id, "SLA_BREACHED", "FIRST_RESPONSE").get(0);
      assertThat(Instant.parse(breach.getString("newValue"))).isEqualTo(due);
      sweep();
      assertThat(entries(id, "SLA_BREACHED", "FIRST_RESPONSE")).hasSize(1);
      assertThat(entries(id, "SLA_BREACHED", "RESOLUTION")).hasSize(1);
    }

    private List<JsonObject> notificationsOf(String user, long ticketId, String key) {
      return Api.as(user)
          .get("/api/v1/notifications")
          .array()
          .getValuesAs(JsonObject.class)
          .stream()
          .filter(
              n -> n.containsKey("ticketId") && n.getJsonNumber("ticketId").longValue() == ticketId)
          .filter(n -> n.getString("messageKey").equals(key))
          .toList();
    }
  }

  @Nested
  class PolicyEdits {

    @Test
    void aNewTargetAppliesToOpenClocksKeepingTheTimeUsed() {
      long id = id(openTicket("Retarget"));
      Instant created = instant(ticket(id), "createdAt");
      shift("PT10M");

      setResolutionTarget("PT2H");
      try {
        // Recomputed in the background: the 10 minutes used stay used, so due at created + 2h.
        await()
            .atMost(WAIT)
            .untilAsserted(
                () ->
                    assertThat(instant(clockOf(id, "resolution"), "dueAt"))
                        .isCloseTo(
                            created.plus(Duration.ofHours(2)), within(2, ChronoUnit.MILLIS)));
      } finally {
        setResolutionTarget("PT1H");
      }
    }

    private void setResolutionTarget(String target) {
      JsonObject policy = Api.as("admin").get(POLICIES + "/" + policyId).json();
      Api.Answer updated =
          Api.as("admin")
              .send(
                  Api.as("admin")
                      .request(POLICIES + "/" + policyId)
                      .header("Content-Type", "application/json")
                      .PUT(
                          HttpRequest.BodyPublishers.ofString(
                              withResolutionTarget(policy, target).toString())));
      assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
    }

    private JsonObject withResolutionTarget(JsonObject policy, String target) {
      JsonObject targets = policy.getJsonObject("targets");
      return json(
          "name", policy.getString("name"),
          "conditions", policy.getJsonObject("conditions"),
          "targets",
              json(
                  "firstResponse", targets.getString("firstResponse"),
                  "nextResponse", targets.getString("nextResponse"),
                  "resolution", target),
          "warningPercent", policy.getInt("warningPercent"),
          "calendarId", policy.getJsonNumber("calendarId").longValue(),
          "warningActions", policy.getJsonArray("warningActions"),
          "breachActions", policy.getJsonArray("breachActions"),
          "version", policy.getJsonNumber("version").longValue());
    }
  }
}
