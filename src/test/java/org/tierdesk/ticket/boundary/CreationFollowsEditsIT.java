package org.tierdesk.ticket.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tierdesk.testing.Api.json;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tierdesk.testing.Api;
import org.tierdesk.testing.TierdeskServer;

/**
 * Ticket creation keeps what it reads of routing and SLA configuration in memory per node, so every
 * admin edit must reach it: a ticket opened right after an edit over the admin API follows the
 * edited rule, category or policy, never the one read before. Each ticket is opened right after the
 * previous one, so what creation read for it is still held when the edit comes.
 */
@ExtendWith(TierdeskServer.class)
class CreationFollowsEditsIT {

  static final String TICKETS = "/api/v1/tickets";
  static final String ADMIN = "/api/v1/admin";
  static final String POLICIES = "/api/v1/admin/sla/policies";

  static String token() {
    return "cf" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  static JsonObject open(String subject, String category, String priority) {
    var body = Json.createObjectBuilder();
    body.add("subject", subject).add("description", "About " + subject);
    body.add("requester", "employee").add("channel", "PHONE");
    if (category != null) {
      body.add("category", category);
    }
    if (priority != null) {
      body.add("priority", priority);
    }
    Api.Answer created = Api.as("line1").post(TICKETS, body.build());
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json();
  }

  static Api.Answer put(String path, JsonObject body) {
    return Api.as("admin").put(path, body);
  }

  static Api.Answer delete(String path) {
    return Api.as("admin").send(Api.as("admin").request(path).DELETE());
  }

  static JsonArray array(String... values) {
    var builder = Json.createArrayBuilder();
    for (String value : values) {
      builder.add(value);
    }
    return builder.build();
  }

  static String policyOf(JsonObject ticket) {
    return ticket.getJsonObject("sla").getString("policy");
  }

  @Test
  void anEditedRuleRoutesTheNextTicketTheNewWay() {
    String token = token();
    Api.Answer rule =
        Api.as("admin")
            .post(
                ADMIN + "/routing-rules",
                json("name", "Edited " + token, "rank", 1, "keywords", array(token), "line", "L2"));
    assertThat(rule.status()).as(rule.toString()).isEqualTo(201);
    String path = ADMIN + "/routing-rules/" + rule.json().getJsonNumber("id").longValue();
    try {
      JsonObject before = open("Before the edit " + token, null, null);
      assertThat(before.getString("line")).isEqualTo("L2");

      Api.Answer edited =
          put(
              path,
              json(
                  "name",
                  "Edited " + token,
                  "rank",
                  1,
                  "keywords",
                  array(token),
                  "line",
                  "L3",
                  "priority",
                  "HIGH",
                  "version",
                  rule.json().getJsonNumber("version").longValue()));
      assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
      JsonObject after = open("After the edit " + token, null, null);
      assertThat(after.getString("line")).isEqualTo("L3");
      assertThat(after.getString("priority")).isEqualTo("HIGH");
    } finally {
      delete(path);
    }
    assertThat(open("After the delete " + token, null, null).getString("line")).isEqualTo("L1");
  }

  @Test
  void aNewCategoryAndItsEditedDefaultLineAreFollowedAtOnce() {
    String code = token().toUpperCase(Locale.ROOT);
    Api.Answer category =
        Api.as("admin")
            .post(
                ADMIN + "/categories",
                json(
                    "code",
                    code,
                    "nameEn",
                    "Category " + code,
                    "nameRu",
                    "Категория " + code,
                    "defaultLine",
                    "L2"));
    assertThat(category.status()).as(category.toString()).isEqualTo(201);
    assertThat(open("New category " + code, code, null).getString("line")).isEqualTo("L2");

    Api.Answer edited =
        put(
            ADMIN + "/categories/" + code,
            json(
                "code",
                code,
                "nameEn",
                "Category " + code,
                "nameRu",
                "Категория " + code,
                "defaultLine",
                "L3",
                "version",
                category.json().getJsonNumber("version").longValue()));
    assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
    assertThat(open("Edited category " + code, code, null).getString("line")).isEqualTo("L3");
  }

  @Test
  void aNewAndAnEditedSlaPolicyGovernTheNextTicket() {
    String code = token().toUpperCase(Locale.ROOT);
    Api.Answer category =
        Api.as("admin")
            .post(
                ADMIN + "/categories",
                json("code", code, "nameEn", "Category " + code, "nameRu", "Категория " + code));
    assertThat(category.status()).as(category.toString()).isEqualTo(201);
    // LOW tickets match no seeded policy: the fallback governs, and creation keeps that.
    String fallback = policyOf(open("Before the policy " + code, code, "LOW"));

    String name = "Edited policy " + code;
    Api.Answer policy =
        Api.as("admin")
            .post(
                POLICIES,
                json(
                    "name", name,
                    "conditions", json("categories", array(code)),
                    "targets",
                        json("firstResponse", "PT1H", "nextResponse", "PT2H", "resolution", "PT9H"),
                    "breachActions", array("NOTIFY_ASSIGNEE")));
    assertThat(policy.status()).as(policy.toString()).isEqualTo(201);
    long id = policy.json().getJsonNumber("id").longValue();
    try {
      assertThat(fallback).isNotEqualTo(name);
      assertThat(policyOf(open("Under the new policy " + code, code, "LOW"))).isEqualTo(name);

      // The policy now also asks for the e-mail channel, which these PHONE tickets are not.
      Api.Answer edited =
          put(
              POLICIES + "/" + id,
              json(
                  "name", name,
                  "conditions", json("categories", array(code), "channels", array("EMAIL")),
                  "targets",
                      json("firstResponse", "PT1H", "nextResponse", "PT2H", "resolution", "PT9H"),
                  "breachActions", array("NOTIFY_ASSIGNEE"),
                  "version", policy.json().getJsonNumber("version").longValue()));
      assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
      assertThat(policyOf(open("After the edit " + code, code, "LOW"))).isEqualTo(fallback);
    } finally {
      long version =
          Api.as("admin").get(POLICIES + "/" + id).json().getJsonNumber("version").longValue();
      delete(POLICIES + "/" + id + "?version=" + version);
    }
  }
}
