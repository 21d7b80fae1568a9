package org.tierdesk.sla.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.tierdesk.testing.Api.json;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tierdesk.testing.Api;
import org.tierdesk.testing.TierdeskServer;

/**
 * SLA policies and calendars by organisation: a policy for an organisation governs the tickets of
 * requesters in its departments, moving a requester chooses the policies of their open tickets
 * again, and an organisation's calendar decides the due instants of policies without a calendar.
 */
@ExtendWith(TierdeskServer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlaOrganisationsIT {

  static final String POLICIES = "/api/v1/admin/sla/policies";
  static final String CALENDARS = "/api/v1/admin/sla/calendars";
  static final String UNIT_CALENDARS = "/api/v1/admin/sla/unit-calendars";
  static final String DIRECTORY = "/api/v1/test-support/directory";

  final String token = UUID.randomUUID().toString().substring(0, 8);
  final String organisation = "ORG-" + token;
  final String department = "ORG-" + token + "-FIN";
  final String requester = "req" + token;
  final String policyName = "Organisation " + token;
  long policyId;

  @BeforeAll
  void organisationWithAPolicyOfItsOwn() {
    created(Api.as("admin").post(DIRECTORY + "/units", json("code", organisation, "name", "Acme")));
    created(
        Api.as("admin")
            .post(
                DIRECTORY + "/units",
                json("code", department, "name", "Acme Finance", "parent", organisation)));
    created(
        Api.as("admin")
            .post(
                DIRECTORY + "/requesters",
                json("username", requester, "password", requester, "unit", department)));
    Api.Answer policy =
        Api.as("admin")
            .post(
                POLICIES,
                json(
                    "name",
                    policyName,
                    "conditions",
                    json("orgUnits", Json.createArrayBuilder().add(organisation).build()),
                    "targets",
                    json("firstResponse", "PT1H", "nextResponse", "PT2H", "resolution", "PT9H")));
    assertThat(policy.status()).as(policy.toString()).isEqualTo(201);
    policyId = policy.json().getJsonNumber("id").longValue();
    assertThat(policy.json().getJsonObject("conditions").getJsonArray("orgUnits").getString(0))
        .isEqualTo(organisation);
    firstInRank(policyId);
  }

  @AfterAll
  void removePolicy() {
    JsonObject policy = Api.as("admin").get(POLICIES + "/" + policyId).json();
    Api.as("admin")
        .send(
            Api.as("admin")
                .request(POLICIES + "/" + policyId + "?version=" + policy.getJsonNumber("version"))
                .DELETE());
  }

  @Test
  void anOrganisationsPolicyGovernsItsDepartmentsAndLetsGoOfLeavers() {
    long ticket = openTicket();
    assertThat(sla(ticket).getString("policy")).isEqualTo(policyName);

    Api.Answer moved =
        put(DIRECTORY + "/people/" + requester + "/unit", json("unit", JsonValue.NULL));
    assertThat(moved.status()).as(moved.toString()).isEqualTo(200);

    assertThat(sla(ticket).getString("policy")).isNotEqualTo(policyName);
    put(DIRECTORY + "/people/" + requester + "/unit", json("unit", department));
    assertThat(sla(ticket).getString("policy")).isEqualTo(policyName);
  }

  @Test
  void anOrganisationsCalendarDecidesTheDueInstants() {
    JsonArray mondayMorning = Json.createArrayBuilder().add("09:00-10:00").build();
    Api.Answer calendar =
        Api.as("admin")
            .post(
                CALENDARS,
                json(
                    "name", "Mondays " + token, "zone", "UTC", "week", json("MON", mondayMorning)));
    assertThat(calendar.status()).as(calendar.toString()).isEqualTo(201);
    long calendarId = calendar.json().getJsonNumber("id").longValue();

    Api.Answer assigned = put(UNIT_CALENDARS + "/" + organisation, json("calendarId", calendarId));
    assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
    assertThat(
            Api.as("admin").get(UNIT_CALENDARS).array().stream()
                .map(JsonValue::asJsonObject)
                .filter(u -> u.getString("unit").equals(organisation))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("calendarId")
                .longValue())
        .isEqualTo(calendarId);

    // One business hour on a calendar of Monday 09:00-10:00 ends on a Monday at 10:00 at the
    // latest; the department's requester counts in it through the organisation.
    ZonedDateTime due = dueAt(openTicket()).atZone(ZoneOffset.UTC);
    assertThat(due.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    assertThat(due.toLocalTime()).isBetween(LocalTime.of(9, 0), LocalTime.of(10, 0));

    Api.Answer inUse =
        Api.as("admin").send(Api.as("admin").request(CALENDARS + "/" + calendarId).DELETE());
    assertThat(inUse.status()).isEqualTo(409);
    assertThat(inUse.detail()).contains("Acme");

    put(UNIT_CALENDARS + "/" + organisation, json("calendarId", JsonValue.NULL));
  }

  @Test
  void unknownUnitsAreRefusedOnTheirField() {
    Api.Answer refused =
        Api.as("admin")
            .post(
                POLICIES,
                json(
                    "name",
                    "Nowhere " + token,
                    "conditions",
                    json("orgUnits", Json.createArrayBuilder().add("NO-SUCH-UNIT").build()),
                    "targets",
                    json("firstResponse", "PT1H", "nextResponse", "PT2H", "resolution", "PT9H")));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().getString("field")).isEqualTo("conditions.orgUnits[0]");
    assertThat(put(UNIT_CALENDARS + "/NO-SUCH-UNIT", json("calendarId", 1)).status())
        .isEqualTo(400);
  }

  private long openTicket() {
    Api.Answer created =
        Api.as(requester, requester)
            .post(
                "/api/v1/tickets",
                json("subject", "Payroll export fails " + token, "description", "Since Monday"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getJsonNumber("id").longValue();
  }

  private static JsonObject sla(long ticket) {
    return Api.as("admin").get("/api/v1/tickets/" + ticket).json().getJsonObject("sla");
  }

  private static Instant dueAt(long ticket) {
    String due =
        await()
            .atMost(Duration.ofSeconds(20))
            .until(
                () -> sla(ticket).getJsonObject("firstResponse").getString("dueAt", null),
                value -> value != null);
    return Instant.parse(due);
  }

  private static void firstInRank(long id) {
    List<Long> order = new ArrayList<>();
    order.add(id);
    Api.as("admin").get(POLICIES).array().stream()
        .map(JsonValue::asJsonObject)
        .filter(p -> !p.getBoolean("fallback"))
        .map(p -> p.getJsonNumber("id").longValue())
        .filter(other -> other != id)
        .forEach(order::add);
    var ids = Json.createArrayBuilder();
    order.forEach(ids::add);
    Api.Answer reordered = put(POLICIES + "/order", json("ids", ids.build()));
    assertThat(reordered.status()).as(reordered.toString()).isEqualTo(200);
  }

  private static void created(Api.Answer answer) {
    assertThat(answer.status()).as(answer.toString()).isBetween(200, 201);
  }

  private static Api.Answer put(String path, JsonObject body) {
    return Api.as("admin")
        .send(
            Api.as("admin")
                .request(path)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString())));
  }
}
