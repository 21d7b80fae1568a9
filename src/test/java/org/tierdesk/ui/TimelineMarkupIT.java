package org.tierdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tierdesk.testing.Api.json;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tierdesk.testing.Api;
import org.tierdesk.testing.TierdeskServer;
import org.tierdesk.testing.WebSession;

/**
 * The markup of a ticket's timeline as the agent and the requester get it: hostile text escaped,
 * internal notes marked (and absent for the requester), attachments linked with their size (the
 * server stores the file name made safe: {@code boot<b>.log} becomes {@code boot_b_.log}).
 */
@ExtendWith(TierdeskServer.class)
class TimelineMarkupIT {

  private static final String HOSTILE = "<script>alert('x')</script> & \"quoted\"";

  @Test
  void entriesAreEscapedMarkedAndLinked() {
    String marker = UUID.randomUUID().toString().substring(0, 8);
    Api.Answer created = Api.as("employee").createTicket("Timeline " + marker, "d");
    long id = created.json().getJsonNumber("id").longValue();
    String ticket = "/api/v1/tickets/" + id;
    Api.Answer reply =
        Api.as("line1")
            .post(ticket + "/replies", json("body", HOSTILE + " " + marker, "internal", false));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    Api.Answer note =
        Api.as("line1")
            .post(ticket + "/replies", json("body", "Only for us " + marker, "internal", true));
    assertThat(note.status()).as(note.toString()).isEqualTo(201);
    Api.Answer file =
        Api.as("employee")
            .post(
                ticket + "/attachments?name=boot%3Cb%3E.log",
                "x".repeat(2048).getBytes(StandardCharsets.UTF_8),
                "text/plain");
    assertThat(file.status()).as(file.toString()).isEqualTo(201);
    long fileId = file.json().getJsonNumber("id").longValue();

    String agentPage = page(WebSession.loggedIn("line1", "line1"), "/agent/ticket.xhtml?id=" + id);
    String timeline = timeline(agentPage);

    assertThat(timeline)
        .contains("&lt;script&gt;alert(")
        .doesNotContain("<script>")
        .contains("<span class=\"td-badge td-badge-internal\">")
        .contains("Only for us " + marker)
        .contains("<time class=\"td-time\" datetime=\"")
        .contains("href=\"" + ticket + "/attachments/" + fileId + "\"")
        .contains("class=\"td-download\">boot_b_.log</a>")
        .contains("<span class=\"td-muted\">2 KB</span>")
        .containsPattern(
            "<li class=\"td-entry td-entry-internal td-entry-NOTE\" id=\"entry-\\d+\">")
        .containsPattern(
            "<li class=\"td-entry td-entry-message td-entry-REPLY\" id=\"entry-\\d+\">");

    String requesterTimeline =
        timeline(
            page(WebSession.loggedIn("employee", "employee"), "/portal/ticket.xhtml?id=" + id));
    assertThat(requesterTimeline)
        .contains("&lt;script&gt;alert(")
        .contains("boot_b_.log")
        .doesNotContain("Only for us " + marker)
        .doesNotContain("td-badge-internal");
  }

  private static String page(WebSession session, String path) {
    HttpResponse<String> answer = session.get(path);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return answer.body();
  }

  private static String timeline(String page) {
    int start = page.indexOf("id=\"timeline\"");
    assertThat(start).as("the page has a timeline").isPositive();
    return page.substring(start, page.indexOf("</ol>", start));
  }
}
