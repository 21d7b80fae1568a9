package org.tierdesk.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tierdesk.testing.Api.json;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tierdesk.testing.Api;
import org.tierdesk.testing.TierdeskServer;

/**
 * Every error of the API is an application/problem+json document with a human-readable detail in
 * the caller's language, and names the request field at fault where there is one.
 */
@ExtendWith(TierdeskServer.class)
class ErrorsApiIT {

  private static final String TICKETS = "/api/v1/tickets";
  private static final long NO_SUCH_ID = 987_654_321L;

  @Test
  void unknownTicketIs404NamingTheId() {
    Api.Answer missing = Api.as("line1").get(TICKETS + "/" + NO_SUCH_ID);

    JsonObject problem = problem(missing, 404);
    assertThat(problem.getString("detail")).contains(String.valueOf(NO_SUCH_ID));
  }

  @Test
  void unknownAttachmentIs404() {
    long ticket = openTicket();

    Api.Answer missing =
        Api.as("employee").get(TICKETS + "/" + ticket + "/attachments/" + NO_SUCH_ID);

    assertThat(problem(missing, 404).getString("detail")).contains(String.valueOf(NO_SUCH_ID));
  }

  @Test
  void unknownAddressUnderTheApiIsAProblemToo() {
    problem(Api.as("line1").get("/api/v1/nothing-here"), 404);
  }

  @Test
  void invalidJsonIs400() {
    Api.Answer broken = Api.as("employee").post(TICKETS, "{\"subject\": \"unterminated");

    assertThat(problem(broken, 400).getString("detail")).isNotBlank();
  }

  @Test
  void wrongJsonShapeIs400() {
    Api.Answer wrongShape = Api.as("employee").post(TICKETS, "[1, 2, 3]");

    problem(wrongShape, 400);
  }

  @Test
  void missingBodyIs400() {
    Api.Answer empty = Api.as("employee").post(TICKETS, "");

    problem(empty, 400);
  }

  @Test
  void missingSubjectIs400NamingIt() {
    Api.Answer answer = Api.as("employee").post(TICKETS, json("description", "no subject"));

    assertThat(problem(answer, 400).getString("field")).isEqualTo("subject");
  }

  @Test
  void missingDescriptionIs400NamingIt() {
    Api.Answer answer = Api.as("employee").post(TICKETS, json("subject", "no description"));

    assertThat(problem(answer, 400).getString("field")).isEqualTo("description");
  }

  @Test
  void tooLongSubjectIs400NamingItAndTheLimit() {
    Api.Answer answer =
        Api.as("employee").post(TICKETS, json("subject", "x".repeat(201), "description", "d"));

    JsonObject problem = problem(answer, 400);
    assertThat(problem.getString("field")).isEqualTo("subject");
    assertThat(problem.getString("detail")).contains("200");
  }

  @Test
  void badEnumValueIs400NamingTheFieldAndTheChoices() {
    Api.Answer answer =
        Api.as("employee")
            .post(TICKETS, json("subject", "s", "description", "d", "priority", "SOMEDAY"));

    JsonObject problem = problem(answer, 400);
    assertThat(problem.getString("field")).isEqualTo("priority");
    assertThat(problem.getString("detail")).contains("URGENT");
  }

  @Test
  void unknownCategoryIs400NamingIt() {
    Api.Answer answer =
        Api.as("employee")
            .post(TICKETS, json("subject", "s", "description", "d", "category", "COFFEE"));

    assertThat(problem(answer, 400).getString("field")).isEqualTo("category");
  }

  @Test
  void withoutCredentialsIs401WithABasicChallenge() {
    Api.Answer answer = Api.anonymous().get(TICKETS);

    problem(answer, 401);
    assertThat(answer.header("WWW-Authenticate"))
        .hasValueSatisfying(value -> assertThat(value).startsWith("Basic"));
  }

  @Test
  void wrongPasswordIs401() {
    // One failure only: the account lock-out starts after five in a row.
    problem(Api.as("line3", "not-the-password").get(TICKETS), 401);
    assertThat(Api.as("line3").get(TICKETS + "?size=1").status()).isEqualTo(200);
  }

  @Test
  void unknownUserIs401() {
    problem(Api.as("nobody-" + System.nanoTime(), "x").get(TICKETS), 401);
  }

  @Test
  void acceptLanguageRussianGivesARussianDetail() {
    Api.Answer answer =
        Api.as("employee").language("ru-RU,ru;q=0.9").post(TICKETS, json("description", "d"));

    JsonObject problem = problem(answer, 400);
    assertThat(problem.getString("field")).isEqualTo("subject");
    assertThat(problem.getString("detail")).isEqualTo("Заполните это поле.");
  }

  @Test
  void unsupportedLanguageFallsBackToEnglish() {
    Api.Answer answer = Api.as("employee").language("de").post(TICKETS, json("description", "d"));

    assertThat(problem(answer, 400).getString("detail")).isEqualTo("This field is required.");
  }

  private static long openTicket() {
    Api.Answer created =
        Api.as("employee").post(TICKETS, json("subject", "Errors", "description", "d"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getJsonNumber("id").longValue();
  }

  private static JsonObject problem(Api.Answer answer, int status) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
    assertThat(answer.header("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    JsonObject problem = answer.json();
    assertThat(problem.getInt("status")).isEqualTo(status);
    assertThat(problem.getString("detail")).isNotBlank();
    return problem;
  }
}
