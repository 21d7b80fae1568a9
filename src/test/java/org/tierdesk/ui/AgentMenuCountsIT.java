package org.tierdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tierdesk.testing.Api;
import org.tierdesk.testing.TierdeskServer;
import org.tierdesk.testing.WebSession;

/**
 * The agent menu's counts are kept for a few seconds (ticket.control.ScopeCounts), yet follow a
 * change made on this node at once: a new ticket is counted in its line's "unassigned" view, and
 * once an agent takes it, in their "my tickets" view and no longer in "unassigned".
 */
@ExtendWith(TierdeskServer.class)
class AgentMenuCountsIT {

  @Test
  void theMenuFollowsATicketChangeAtOnce() {
    WebSession lineOne = WebSession.loggedIn("line1", "line1");
    Counts before = counts(lineOne);
    Counts cached = counts(lineOne);
    assertThat(cached).as("nothing changed in between").isEqualTo(before);

    Api.Answer created =
        Api.as("employee")
            .createTicket("Menu count " + UUID.randomUUID().toString().substring(0, 8), "d");
    assertThat(created.json().getString("line")).as("routed to line 1").isEqualTo("L1");
    Counts afterCreation = counts(lineOne);

    long id = created.json().getJsonNumber("id").longValue();
    Api.Answer taken = Api.as("line1").post("/api/v1/tickets/" + id + "/ownership", "");
    assertThat(taken.status()).as(taken.toString()).isEqualTo(200);
    Counts afterTaking = counts(lineOne);

    assertThat(afterCreation.unassigned()).isEqualTo(before.unassigned() + 1);
    assertThat(afterCreation.mine()).isEqualTo(before.mine());
    assertThat(afterTaking.unassigned()).isEqualTo(before.unassigned());
    assertThat(afterTaking.mine()).isEqualTo(before.mine() + 1);
  }

  private record Counts(int mine, int unassigned) {}

  private static Counts counts(WebSession session) {
    HttpResponse<String> page = session.get("/agent/index.xhtml");
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    return new Counts(count(page.body(), "navMine"), count(page.body(), "navUnassignedInMyLines"));
  }

  private static int count(String page, String link) {
    Matcher m =
        Pattern.compile("id=\"" + link + "\"[^>]*>[^<]*<span class=\"td-count\">(\\d+)</span>")
            .matcher(page);
    assertThat(m.find()).as(link + " shows an exact count in: " + page).isTrue();
    return Integer.parseInt(m.group(1));
  }
}
