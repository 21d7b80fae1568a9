package org.tierdesk.sla.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tierdesk.testing.Api.json;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tierdesk.testing.Api;
import org.tierdesk.testing.TierdeskServer;

/** SLA administration and preview over HTTP: what admins may do, and what they are told. */
@ExtendWith(TierdeskServer.class)
class SlaAdminApiIT {

  static final String PREVIEW = "/api/v1/sla/preview";
  static final String POLICIES = "/api/v1/admin/sla/policies";
  static final String CALENDARS = "/api/v1/admin/sla/calendars";

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

  /** The example of the issue: Moscow office hours with lunch, a holiday, no pauses. */
  static JsonObject issueExample() {
    JsonArray day = array("09:00-13:00", "14:00-18:00");
    return json(
        "calendar",
        json(
            "zone",
            "Europe/Moscow",
            "week",
            json("MON", day, "TUE", day, "WED", day, "THU", day, "FRI", day),
            "holidays",
            array("2027-01-07")),
        "start",
        "2027-01-06T14:30:00Z",
        "targets",
        json("firstResponse", "PT4H", "nextResponse", "PT8H", "resolution", "PT24H"));
  }

  @Nested
  class Preview {

    @Test
    void computesDueInstantsInUtc() {
      Api.Answer answer = Api.as("admin").post(PREVIEW, issueExample());

      // Wed 17:30 Moscow: 30 min left that day, Thu 7th a holiday, then 8h days from Fri 8th:
      // 4h at Fri 12:30, 8h at Fri 17:30, 24h at Tue 12th 17:30 (Moscow is UTC+3).
      assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
      assertThat(answer.json().getString("firstResponseDue")).isEqualTo("2027-01-08T09:30:00Z");
      assertThat(answer.json().getString("nextResponseDue")).isEqualTo("2027-01-08T14:30:00Z");
      assertThat(answer.json().getString("resolutionDue")).isEqualTo("2027-01-12T14:30:00Z");
    }

    @Test
    void pausesMoveTheDueInstants() {
      JsonObject request =
          Json.createObjectBuilder(issueExample())
              .add(
                  "pauses",
                  Json.createArrayBuilder()
                      .add(json("from", "2027-01-08T06:00:00Z", "to", "2027-01-08T08:00:00Z")))
              .build();

      Api.Answer answer = Api.as("admin").post(PREVIEW, request);

      // Fri 09:00-11:00 Moscow paused: 2h later than without the pause.
      assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
      assertThat(answer.json().getString("firstResponseDue")).isEqualTo("2027-01-08T12:30:00Z");
    }

    @Test
    void previewsAStoredPolicy() {
      // The seeded "High" policy: 4h in Moscow business hours 09:00-18:00 (no holidays):
      // Wed 17:30-18:00, then Thu 09:00-12:30.
      Api.Answer answer =
          Api.as("admin").post(PREVIEW, json("policyId", 2, "start", "2027-01-06T14:30:00Z"));

      assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
      assertThat(answer.json().getString("firstResponseDue")).isEqualTo("2027-01-07T09:30:00Z");
    }

    @Test
    void namesTheFieldOfABadSlotZoneOrDuration() {
      assertBadField(
          withCalendar(
              json(
                  "zone",
                  "Europe/Moscow",
                  "week",
                  json("MON", array("09:00-13:00", "25:00-26:00")))),
          "calendar.week.MON[1]");
      assertBadField(
          withCalendar(json("zone", "Mars/Olympus", "week", json("MON", array("09:00-13:00")))),
          "calendar.zone");
      assertBadField(
          Json.createObjectBuilder(issueExample())
              .add(
                  "targets",
                  json("firstResponse", "4 hours", "nextResponse", "PT8H", "resolution", "PT24H"))
              .build(),
          "targets.firstResponse");
      assertBadField(
          Json.createObjectBuilder(issueExample()).add("start", "yesterday").build(), "start");
    }

    @Test
    void isForAdminsOnly() {
      assertThat(Api.as("line1").post(PREVIEW, issueExample()).status()).isEqualTo(403);
      assertThat(Api.as("employee").post(PREVIEW, issueExample()).status()).isEqualTo(403);
    }

    private JsonObject withCalendar(JsonObject calendar) {
      return Json.createObjectBuilder(issueExample()).add("calendar", calendar).build();
    }

    private void assertBadField(JsonObject request, String field) {
      Api.Answer answer = Api.as("admin").post(PREVIEW, request);
      assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
      assertThat(answer.json().getString("field")).isEqualTo(field);
    }
  }

  @Nested
  class Policies {

    @Test
    void areListedInOrderWithTheFallbackLast() {
      List<JsonObject> policies =
          Api.as("admin").get(POLICIES).array().getValuesAs(JsonObject.class);

      assertThat(policies)
          .extracting(p -> p.getString("name"))
          .contains("Urgent", "High", "Normal");
      assertThat(policies.get(policies.size() - 1).getBoolean("fallback")).isTrue();
      assertThat(Api.as("line1").get(POLICIES).status()).isEqualTo(403);
    }

    @Test
    void theFallbackCannotBeDeleted() {
      long fallback =
          Api.as("admin").get(POLICIES).array().getValuesAs(JsonObject.class).stream()
              .filter(p -> p.getBoolean("fallback"))
              .findFirst()
              .orElseThrow()
              .getJsonNumber("id")
              .longValue();

      Api.Answer refused =
          Api.as("admin").send(Api.as("admin").request(POLICIES + "/" + fallback).DELETE());

      assertThat(refused.status()).isEqualTo(409);
    }

    @Test
    void refusesABadTargetNamingIt() {
      Api.Answer refused =
          Api.as("admin")
              .post(
                  POLICIES,
                  json(
                      "name",
                      "Bad " + token(),
                      "targets",
                      json(
                          "firstResponse", "PT1H", "nextResponse", "PT30S", "resolution", "PT8H")));

      assertThat(refused.status()).isEqualTo(400);
      assertThat(refused.json().getString("field")).isEqualTo("targets.nextResponse");
    }

    @Test
    void refusesAnUnknownLineNamingIt() {
      Api.Answer refused =
          Api.as("admin")
              .post(
                  POLICIES,
                  json(
                      "name",
                      "Lines " + token(),
                      "conditions",
                      json("lines", array("L1", "L9")),
                      "targets",
                      json("firstResponse", "PT1H", "nextResponse", "PT1H", "resolution", "PT8H")));

      assertThat(refused.status()).isEqualTo(400);
      assertThat(refused.json().getString("field")).isEqualTo("conditions.lines[1]");
    }

    @Test
    void aPolicyCanBeCreatedReorderedAndDeleted() {
      Api.Answer created =
          Api.as("admin")
              .post(
                  POLICIES,
                  json(
                      "name",
                      "Order " + token(),
                      "conditions",
                      json("channels", array("EMAIL"), "vip", true),
                      "targets",
                      json("firstResponse", "PT1H", "nextResponse", "PT1H", "resolution", "PT8H")));
      assertThat(created.status()).as(created.toString()).isEqualTo(201);
      long id = created.json().getJsonNumber("id").longValue();

      List<Long> order =
          Api.as("admin").get(POLICIES).array().getValuesAs(JsonObject.class).stream()
              .filter(p -> !p.getBoolean("fallback"))
              .map(p -> p.getJsonNumber("id").longValue())
              .filter(other -> other != id)
              .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
      order.add(0, id);
      var ids = Json.createArrayBuilder();
      order.forEach(ids::add);
      Api.Answer reordered = put(POLICIES + "/order", json("ids", ids.build()));
      assertThat(reordered.status()).as(reordered.toString()).isEqualTo(200);
      assertThat(reordered.array().getJsonObject(0).getJsonNumber("id").longValue()).isEqualTo(id);

      Api.Answer incomplete = put(POLICIES + "/order", json("ids", array()));
      assertThat(incomplete.status()).isEqualTo(400);

      Api.Answer deleted =
          Api.as("admin").send(Api.as("admin").request(POLICIES + "/" + id).DELETE());
      assertThat(deleted.status()).isEqualTo(204);
      assertThat(Api.as("admin").get(POLICIES + "/" + id).status()).isEqualTo(404);
    }
  }

  @Nested
  class CalendarAdministration {

    static final String ICS =
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
            + "BEGIN:VEVENT\r\nUID:1\r\nDTSTART;VALUE=DATE:20270101\r\nSUMMARY:New Year\r\n"
            + "RRULE:FREQ=YEARLY\r\nEND:VEVENT\r\n"
            + "BEGIN:VEVENT\r\nUID:2\r\nDTSTART;VALUE=DATE:20270223\r\nSUMMARY:Defender Day\r\n"
            + "END:VEVENT\r\nEND:VCALENDAR\r\n";

    @Test
    void aCalendarWithHolidaysFromAnIcsFile() {
      Api.Answer created =
          Api.as("admin")
              .post(
                  CALENDARS,
                  json(
                      "name",
                      "Berlin " + token(),
                      "zone",
                      "Europe/Berlin",
                      "week",
                      json(
                          "MON",
                          array("08:00-12:00", "13:00-17:00"),
                          "SAT",
                          array("22:00-06:00"))));
      assertThat(created.status()).as(created.toString()).isEqualTo(201);
      long id = created.json().getJsonNumber("id").longValue();
      assertThat(created.json().getJsonObject("week").getJsonArray("SAT").getString(0))
          .isEqualTo("22:00-06:00");

      Api.Answer imported = importIcs(id);
      assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
      assertThat(imported.json().getInt("imported")).isEqualTo(2);
      assertThat(importIcs(id).json().getInt("skipped")).isEqualTo(2);

      List<JsonObject> holidays =
          Api.as("admin")
              .get(CALENDARS + "/" + id)
              .json()
              .getJsonArray("holidays")
              .getValuesAs(JsonObject.class);
      assertThat(holidays)
          .extracting(h -> h.getString("name"))
          .contains("New Year", "Defender Day");
      assertThat(holidays)
          .filteredOn(h -> h.getString("name").equals("New Year"))
          .allMatch(h -> h.getBoolean("yearly"));
    }

    @Test
    void refusesABadZoneOrSlotNamingTheField() {
      Api.Answer badZone =
          Api.as("admin")
              .post(
                  CALENDARS,
                  json(
                      "name",
                      "Bad " + token(),
                      "zone",
                      "Nowhere",
                      "week",
                      json("MON", array("09:00-18:00"))));
      assertThat(badZone.status()).isEqualTo(400);
      assertThat(badZone.json().getString("field")).isEqualTo("zone");

      Api.Answer overlap =
          Api.as("admin")
              .post(
                  CALENDARS,
                  json(
                      "name",
                      "Overlap " + token(),
                      "zone",
                      "UTC",
                      "week",
                      json("TUE", array("09:00-13:00", "12:00-18:00"))));
      assertThat(overlap.status()).isEqualTo(400);
      assertThat(overlap.json().getString("field")).isEqualTo("week.TUE");
    }

    @Test
    void aCalendarInUseCannotBeDeleted() {
      Api.Answer refused = Api.as("admin").send(Api.as("admin").request(CALENDARS + "/2").DELETE());

      assertThat(refused.status()).isEqualTo(409);
    }

    private Api.Answer importIcs(long calendarId) {
      return Api.as("admin")
          .send(
              Api.as("admin")
                  .request(CALENDARS + "/" + calendarId + "/holidays/import")
                  .header("Content-Type", "text/calendar")
                  .POST(HttpRequest.BodyPublishers.ofString(ICS, StandardCharsets.UTF_8)));
    }
  }

  @Test
  void testSupportIsForAdminsOnly() {
    assertThat(Api.as("line1").post("/api/v1/test-support/sla/sweep", "").status()).isEqualTo(403);
    assertThat(Api.as("line1").post("/api/v1/test-support/clock", json("shift", "PT1M")).status())
        .isEqualTo(403);
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
