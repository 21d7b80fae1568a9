package org.tierdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tierdesk.testing.Api.json;

import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tierdesk.testing.Api;
import org.tierdesk.testing.TierdeskServer;
import org.tierdesk.testing.WebSession;

/**
 * The lines, queues and categories the agent pages show are kept per node
 * (routing.boundary.SupportLines#catalog), yet an admin's edit shows on the next page: a new queue
 * and category appear in the queue page's filters, a renamed category under its new name only, and
 * a deactivated one no longer. Ticket creation finds categories through the same catalog: a new
 * category takes tickets at once, a deactivated one refuses them at once.
 */
@ExtendWith(TierdeskServer.class)
class AgentPageCatalogIT {

  private static final String ADMIN = "/api/v1/admin";

  @Test
  void theQueuePageFiltersFollowAnAdminsEditAtOnce() {
    String token = "cat" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    String code = token.toUpperCase(Locale.ROOT);
    WebSession agent = WebSession.loggedIn("line1", "line1");
    String before = queuePage(agent);
    assertThat(before).contains("Line 1").doesNotContain(token);

    Api.Answer queue =
        Api.as("admin")
            .post(
                ADMIN + "/queues",
                json(
                    "code",
                    code,
                    "line",
                    "L1",
                    "nameEn",
                    "Queue " + token,
                    "nameRu",
                    "Очередь " + token,
                    "strategy",
                    "MANUAL"));
    assertThat(queue.status()).as(queue.toString()).isEqualTo(201);
    Api.Answer category =
        Api.as("admin")
            .post(
                ADMIN + "/categories",
                json("code", code, "nameEn", "Category " + token, "nameRu", "Категория " + token));
    assertThat(category.status()).as(category.toString()).isEqualTo(201);
    assertThat(queuePage(agent)).contains("Queue " + token, "Category " + token);
    Api.Answer ticket = openTicketIn(code);
    assertThat(ticket.status()).as(ticket.toString()).isEqualTo(201);
    assertThat(ticket.json().getString("category")).isEqualTo(code);

    Api.Answer renamed = editCategory(code, "Renamed " + token, true, version(category));
    assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
    String afterRename = queuePage(agent);
    assertThat(afterRename).contains("Renamed " + token).doesNotContain("Category " + token);

    Api.Answer deactivated = editCategory(code, "Renamed " + token, false, version(renamed));
    assertThat(deactivated.status()).as(deactivated.toString()).isEqualTo(200);
    assertThat(queuePage(agent)).doesNotContain("Renamed " + token).contains("Queue " + token);
    Api.Answer refused = openTicketIn(code);
    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.json().getString("field", "")).isEqualTo("category");
  }

  private static Api.Answer openTicketIn(String category) {
    return Api.as("employee")
        .post(
            "/api/v1/tickets",
            json(
                "subject",
                "Filed under " + category,
                "description",
                "Details",
                "category",
                category));
  }

  private static String queuePage(WebSession session) {
    HttpResponse<String> page = session.get("/agent/index.xhtml");
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    return page.body();
  }

  private static Api.Answer editCategory(String code, String name, boolean active, long version) {
    return Api.as("admin")
        .put(
            ADMIN + "/categories/" + code,
            json("nameEn", name, "nameRu", name, "active", active, "version", version));
  }

  private static long version(Api.Answer answer) {
    return answer.json().getJsonNumber("version").longValue();
  }
}
