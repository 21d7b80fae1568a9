package org.tierdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tierdesk.platform.i18n.Texts;
import org.tierdesk.testing.Api;
import org.tierdesk.testing.TierdeskServer;
import org.tierdesk.testing.WebSession;

/**
 * A session keeps the forms of its last 15 page views (README, "Session cookie"): Faces keeps the
 * state of 15 views, and the ticket page's view-scoped beans as many (web.xml). A form on the 15th
 * newest view still acts on its ticket; one on the 16th newest is answered as expired and changes
 * nothing.
 */
@ExtendWith(TierdeskServer.class)
class AgentPageViewsIT {

  private static final int KEPT_VIEWS = 15;

  @Test
  void theFifteenthNewestPageStillActsAndTheSixteenthHasExpired() {
    WebSession agent = WebSession.loggedIn("line1", "line1");
    long kept = newTicket();
    long expired = newTicket();

    String expiredState = WebSession.viewStateOf(ticketPage(agent, expired));
    String keptState = WebSession.viewStateOf(ticketPage(agent, kept));
    for (int view = 1; view < KEPT_VIEWS; view++) {
      assertThat(agent.get("/agent/index.xhtml").statusCode()).isEqualTo(200);
    }

    HttpResponse<String> taken = take(agent, kept, keptState);
    assertThat(taken.statusCode()).as(taken.body()).isEqualTo(200);
    assertThat(taken.body()).contains(text("ui.ticket.taken", number(kept)));
    assertThat(assignee(kept)).isEqualTo("line1");

    HttpResponse<String> refused = take(agent, expired, expiredState);
    assertThat(refused.body()).contains(text("ui.error.expired.title"));
    assertThat(assignee(expired)).as("the expired page changed nothing").isEmpty();
  }

  private static long newTicket() {
    String marker = UUID.randomUUID().toString().substring(0, 8);
    Api.Answer created =
        Api.as("employee").createTicket("Monitor flickers " + marker, "Every few seconds");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getJsonNumber("id").longValue();
  }

  private static String ticketPage(WebSession agent, long id) {
    HttpResponse<String> page = agent.get("/agent/ticket.xhtml?id=" + id);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("ownership:take");
    return page.body();
  }

  /** The "take" button's form, posted as a browser without JavaScript would. */
  private static HttpResponse<String> take(WebSession agent, long id, String viewState) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("ownership", "ownership");
    form.put("ownership:take", "");
    form.put("jakarta.faces.ViewState", viewState);
    return agent.postForm("/agent/ticket.xhtml?id=" + id, form);
  }

  private static String number(long id) {
    return Api.as("line1").get("/api/v1/tickets/" + id).json().getString("number");
  }

  private static String assignee(long id) {
    Api.Answer ticket = Api.as("line1").get("/api/v1/tickets/" + id);
    assertThat(ticket.status()).as(ticket.toString()).isEqualTo(200);
    JsonValue assignee = ticket.json().get("assignee");
    return assignee == null || assignee == JsonValue.NULL
        ? ""
        : ticket.json().getString("assignee");
  }

  private static String text(String key, Object... arguments) {
    return Texts.format(Locale.ENGLISH, key, arguments);
  }
}
