package org.tierdesk.ticket.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tierdesk.testing.Api.json;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tierdesk.testing.Api;
import org.tierdesk.testing.TierdeskServer;

/**
 * The tickets REST API end to end, over HTTP against the deployed WAR. Every test opens the tickets
 * it needs, with a subject token of its own, so tests depend neither on order nor on each other.
 */
@ExtendWith(TierdeskServer.class)
class TicketsApiIT {

  static final String TICKETS = "/api/v1/tickets";

  /** A word that appears in the subjects of one test's tickets only. */
  static String token() {
    return "tok" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  static JsonObject open(String user, String subject) {
    Api.Answer created =
        Api.as(user)
            .post(TICKETS, json("subject", subject, "description", "Details of " + subject));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json();
  }

  static String path(JsonObject ticket) {
    return TICKETS + "/" + ticket.getJsonNumber("id").longValue();
  }

  static JsonObject current(JsonObject ticket) {
    Api.Answer answer = Api.as("line1").get(path(ticket));
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.json();
  }

  static long version(JsonObject ticket) {
    return ticket.getJsonNumber("version").longValue();
  }

  static Api.Answer list(String user, String query) {
    return Api.as(user).get(TICKETS + "?" + query);
  }

  static List<String> subjects(Api.Answer page) {
    return page.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(item -> item.getString("subject"))
        .toList();
  }

  static boolean isNull(JsonObject object, String name) {
    return !object.containsKey(name) || object.get(name) == JsonValue.NULL;
  }

  /**
   * An agent of some lines lists those lines' tickets and their own requests in other lines in one
   * order; the page is read as two sorted lists merged (TicketSearch), so order and paging are
   * checked across both for every sort it merges.
   */
  @Nested
  class AgentLists {

    @Test
    void anAgentListsTheirLinesAndTheirOwnRequestsElsewhereInOneOrder() {
      String token = token();
      JsonObject first = opened("employee", "First " + token, 2, "line3", token);
      JsonObject own = opened("line3", "Own " + token, 0, "line1", token);
      JsonObject third = opened("employee", "Third " + token, 2, "line3", token);
      JsonObject foreign = opened("employee", "Foreign " + token, 0, "line1", token);
      String firstSubject = first.getString("subject");
      String ownSubject = own.getString("subject");
      String thirdSubject = third.getString("subject");

      String tagged = "tag=" + token;
      assertThat(subjects(list("line3", tagged)))
          .as("line 3's tickets and line 3's agent's own request in line 1, last change first")
          .containsExactly(thirdSubject, ownSubject, firstSubject);
      Api.Answer firstPage = list("line3", tagged + "&size=2&page=0");
      Api.Answer secondPage = list("line3", tagged + "&size=2&page=1");
      assertThat(subjects(firstPage)).containsExactly(thirdSubject, ownSubject);
      assertThat(subjects(secondPage)).containsExactly(firstSubject);
      assertThat(firstPage.json().getJsonNumber("total").longValue()).isEqualTo(3);
      assertThat(subjects(list("line3", tagged + "&ascending=true")))
          .containsExactly(firstSubject, ownSubject, thirdSubject);
      assertThat(subjects(list("line3", tagged + "&sort=number")))
          .containsExactly(thirdSubject, ownSubject, firstSubject);
      assertThat(subjects(list("line3", tagged + "&sort=createdAt&ascending=true&size=2&page=1")))
          .containsExactly(thirdSubject);
      assertThat(subjects(list("line1", tagged)))
          .as("line 1 sees its own line's tickets, not those escalated to line 3")
          .containsExactly(foreign.getString("subject"), ownSubject);
    }

    @Test
    void anAgentOfTwoLinesListsBothLinesAndTheirOwnRequestsElsewhereInOneOrder() {
      // line3 in lines 2 and 3 for this test (its queue stays ENGINEERING: no tickets assigned).
      String memberships = "/api/v1/admin/agents/line3/memberships";
      try {
        Api.Answer both =
            AgentProductivityApiIT.put(
                "admin",
                memberships,
                json(
                    "lines", AgentProductivityApiIT.array("L3", "L2"),
                    "queues", AgentProductivityApiIT.array("ENGINEERING")));
        assertThat(both.status()).as(both.toString()).isEqualTo(200);
        String token = token();
        JsonObject inLine3 = opened("employee", "Line three " + token, 2, "line3", token);
        JsonObject own = opened("line3", "Own " + token, 0, "line1", token);
        JsonObject inLine2 = opened("employee", "Line two " + token, 1, "line2", token);
        opened("employee", "Foreign " + token, 0, "line1", token);
        JsonObject alsoInLine3 = opened("employee", "Line three again " + token, 2, "line3", token);
        List<String> newestFirst =
            List.of(
                alsoInLine3.getString("subject"),
                inLine2.getString("subject"),
                own.getString("subject"),
                inLine3.getString("subject"));

        String tagged = "tag=" + token;
        assertThat(subjects(list("line3", tagged)))
            .as("each line read on its own, merged with the agent's own request in line 1")
            .containsExactlyElementsOf(newestFirst);
        assertThat(subjects(list("line3", tagged + "&size=3&page=1")))
            .containsExactly(newestFirst.get(3));
        List<String> oldestFirst = new ArrayList<>(newestFirst);
        Collections.reverse(oldestFirst);
        assertThat(subjects(list("line3", tagged + "&ascending=true")))
            .containsExactlyElementsOf(oldestFirst);
      } finally {
        Api.Answer restored =
            AgentProductivityApiIT.put(
                "admin",
                memberships,
                json(
                    "lines", AgentProductivityApiIT.array("L3"),
                    "queues", AgentProductivityApiIT.array("ENGINEERING")));
        assertThat(restored.status()).as(restored.toString()).isEqualTo(200);
      }
    }

    /**
     * A ticket of {@code requester}, escalated {@code escalations} lines up from line 1, then
     * tagged with {@code tag} by {@code tagger} (the last change, which orders the lists).
     */
    private JsonObject opened(
        String requester, String subject, int escalations, String tagger, String tag) {
      JsonObject ticket = open(requester, subject);
      escalate(ticket, escalations);
      tag(tagger, ticket, tag);
      return ticket;
    }

    /** From line 1 up {@code lines} lines (at most to line 3). */
    private void escalate(JsonObject ticket, int lines) {
      for (String agent : List.of("line1", "line2").subList(0, lines)) {
        Api.Answer escalated =
            Api.as(agent)
                .post(path(ticket) + "/escalations", json("reason", "Needs more", "tried", "All"));
        assertThat(escalated.status()).as(escalated.toString()).isEqualTo(200);
      }
    }

    private void tag(String agent, JsonObject ticket, String tag) {
      Api.Answer read = Api.as(agent).get(path(ticket));
      assertThat(read.status()).as(read.toString()).isEqualTo(200);
      Api.Answer tagged =
          AgentProductivityApiIT.put(
              agent,
              path(ticket) + "/tags",
              json("tags", AgentProductivityApiIT.array(tag), "version", version(read.json())));
      assertThat(tagged.status()).as(tagged.toString()).isEqualTo(200);
    }
  }

  @Nested
  class Opening {

    @Test
    void answers201WithLocationAndTheTicket() {
      String subject = "VPN drops " + token();
      JsonObject draft =
          json(
              "subject",
              subject,
              "description",
              "It drops every five minutes.",
              "category",
              "NETWORK",
              "priority",
              "HIGH",
              "environment",
              json("os", "Windows 11", "browser", "Firefox 128", "application", "AnyConnect"));

      Api.Answer created = Api.as("employee").post(TICKETS, draft);

      assertThat(created.status()).as(created.toString()).isEqualTo(201);
      JsonObject ticket = created.json();
      long id = ticket.getJsonNumber("id").longValue();
      assertThat(created.header("Location"))
          .hasValueSatisfying(l -> assertThat(l).endsWith(TICKETS + "/" + id));
      assertThat(ticket.getString("number")).matches("TD-\\d+");
      assertThat(ticket.getString("subject")).isEqualTo(subject);
      assertThat(ticket.getString("description")).isEqualTo("It drops every five minutes.");
      assertThat(ticket.getString("status")).isEqualTo("NEW");
      assertThat(ticket.getString("priority")).isEqualTo("HIGH");
      assertThat(ticket.getString("category")).isEqualTo("NETWORK");
      assertThat(ticket.getString("channel")).isEqualTo("API");
      assertThat(ticket.getString("line")).isEqualTo("L1");
      assertThat(isNull(ticket, "assignee")).isTrue();
      assertThat(ticket.getString("requester")).isEqualTo("employee");
      assertThat(ticket.getJsonObject("environment").getString("os")).isEqualTo("Windows 11");
      Instant createdAt = Instant.parse(ticket.getString("createdAt"));
      assertThat(createdAt)
          .isBetween(Instant.now().minusSeconds(300), Instant.now().plusSeconds(5));
      assertThat(Instant.parse(ticket.getString("updatedAt"))).isEqualTo(createdAt);
      assertThat(ticket.containsKey("version")).isTrue();
    }

    @Test
    void fillsDefaultsForOptionalFields() {
      JsonObject ticket = open("employee", "Defaults " + token());

      assertThat(ticket.getString("priority")).isEqualTo("NORMAL");
      assertThat(ticket.getString("channel")).isEqualTo("API");
      assertThat(isNull(ticket, "category")).isTrue();
    }

    @Test
    void getReturnsWhatWasCreated() {
      JsonObject ticket = open("employee", "Get me " + token());

      Api.Answer got = Api.as("employee").get(path(ticket));

      assertThat(got.status()).isEqualTo(200);
      assertThat(got.json().getString("number")).isEqualTo(ticket.getString("number"));
      assertThat(got.json().getString("subject")).isEqualTo(ticket.getString("subject"));
    }

    @Test
    void agentOpensOnBehalfOfARequester() {
      Api.Answer created =
          Api.as("line1")
              .post(
                  TICKETS,
                  json(
                      "subject",
                      "Phoned in " + token(),
                      "description",
                      "Caller cannot print",
                      "channel",
                      "PHONE",
                      "requester",
                      "employee"));

      assertThat(created.status()).as(created.toString()).isEqualTo(201);
      assertThat(created.json().getString("requester")).isEqualTo("employee");
      assertThat(created.json().getString("channel")).isEqualTo("PHONE");
      assertThat(Api.as("employee").get(path(created.json())).status()).isEqualTo(200);
    }

    @Test
    void requesterMayNotOpenOnBehalfOfSomeoneElse() {
      Api.Answer refused =
          Api.as("employee")
              .post(
                  TICKETS,
                  json("subject", "Behalf " + token(), "description", "x", "requester", "line2"));

      assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
    }
  }

  @Nested
  class Listing {

    @Test
    void findsBySubjectTextWithTotal() {
      String token = token();
      open("employee", "Monitor flickers " + token);
      open("employee", "Keyboard missing keys " + token);

      Api.Answer page = list("line1", "q=" + token);

      assertThat(page.status()).isEqualTo(200);
      assertThat(page.json().getJsonNumber("total").longValue()).isEqualTo(2);
      assertThat(subjects(page))
          .containsExactlyInAnyOrder("Monitor flickers " + token, "Keyboard missing keys " + token);
    }

    @Test
    void findsByNumberWithOrWithoutPrefix() {
      JsonObject ticket = open("employee", "Numbered " + token());
      String number = ticket.getString("number");

      assertThat(subjects(list("line1", "q=" + number)))
          .containsExactly(ticket.getString("subject"));
      // Bare digits also match subjects that contain them, so other tickets may come along.
      assertThat(subjects(list("line1", "q=" + number.substring(3))))
          .contains(ticket.getString("subject"));
    }

    @Test
    void pagesThroughResultsNewestChangeFirst() {
      String token = token();
      open("employee", "First " + token);
      open("employee", "Second " + token);
      open("employee", "Third " + token);

      Api.Answer first = list("line1", "q=" + token + "&size=2&page=0");
      Api.Answer second = list("line1", "q=" + token + "&size=2&page=1");

      // A full first page and a later page are counted (exactly, below the bound of 1,000).
      assertThat(first.json().getJsonNumber("total").longValue()).isEqualTo(3);
      assertThat(second.json().getJsonNumber("total").longValue()).isEqualTo(3);
      assertThat(first.json().getBoolean("exact")).isTrue();
      assertThat(second.json().getBoolean("exact")).isTrue();
      // At most 1,000 matches are sorted in Java (TicketSearch): in the database's order.
      assertThat(subjects(first)).containsExactly("Third " + token, "Second " + token);
      assertThat(subjects(second)).containsExactly("First " + token);
      assertThat(subjects(list("line1", "q=" + token + "&sort=createdAt&ascending=true&size=2")))
          .containsExactly("First " + token, "Second " + token);
      assertThat(subjects(list("line1", "q=" + token + "&sort=subject&ascending=true")))
          .containsExactly("First " + token, "Second " + token, "Third " + token);
    }

    @Test
    void exactSearchTotalsFollowNewTicketsAtOnce() {
      // Only "more than 1,000" answers are reused for a while; an exact total is counted anew.
      String token = token();
      open("employee", "Counted " + token);
      open("employee", "Counted again " + token);

      Api.Answer before = list("line1", "q=" + token + "&size=1");
      Api.Answer beforeAgain = list("line1", "q=" + token + "&size=1");
      open("employee", "Counted once more " + token);
      Api.Answer after = list("line1", "q=" + token + "&size=1");

      assertThat(before.json().getJsonNumber("total").longValue()).isEqualTo(2);
      assertThat(beforeAgain.json().getJsonNumber("total").longValue()).isEqualTo(2);
      assertThat(after.json().getJsonNumber("total").longValue()).isEqualTo(3);
      assertThat(after.json().getBoolean("exact")).isTrue();
    }

    @Test
    void filtersByStatusLineAndAssignee() {
      String token = token();
      JsonObject taken = open("employee", "Taken " + token);
      JsonObject untouched = open("employee", "Untouched " + token);
      Api.as("line1").post(path(taken) + "/ownership", "");

      assertThat(subjects(list("line1", "q=" + token + "&assignee=line1")))
          .containsExactly(taken.getString("subject"));
      assertThat(subjects(list("line1", "q=" + token + "&assignee=none")))
          .containsExactly(untouched.getString("subject"));
      assertThat(subjects(list("line1", "q=" + token + "&status=NEW")))
          .containsExactlyInAnyOrder(taken.getString("subject"), untouched.getString("subject"));
      assertThat(subjects(list("line1", "q=" + token + "&status=RESOLVED"))).isEmpty();
      assertThat(list("line1", "q=" + token + "&line=L1").json().getInt("total")).isEqualTo(2);
      assertThat(list("line1", "q=" + token + "&line=L2").json().getInt("total")).isZero();
    }

    @Test
    void requesterListsOnlyOwnTickets() {
      String token = token();
      open("employee", "Mine " + token);
      open("line2", "Agent's own " + token);

      assertThat(subjects(list("employee", "q=" + token))).containsExactly("Mine " + token);
      assertThat(list("line1", "q=" + token).json().getInt("total")).isEqualTo(2);
    }

    @Test
    void textSearchTreatsWildcardsLiterally() {
      String token = token();
      open("employee", "Disk 100% full " + token);
      open("employee", "Disk 1000 full " + token);

      String query = URLEncoder.encode("100% full " + token, StandardCharsets.UTF_8);
      assertThat(subjects(list("line1", "q=" + query))).containsExactly("Disk 100% full " + token);
    }

    @Test
    void refusesBadPagingSortingAndStatusNamingTheField() {
      assertThat(list("line1", "size=0")).satisfies(a -> assertProblem(a, 400, "size"));
      assertThat(list("line1", "size=201")).satisfies(a -> assertProblem(a, 400, "size"));
      assertThat(list("line1", "page=-1")).satisfies(a -> assertProblem(a, 400, "page"));
      assertThat(list("line1", "sort=password")).satisfies(a -> assertProblem(a, 400, "sort"));
      assertThat(list("line1", "status=SLEEPING")).satisfies(a -> assertProblem(a, 400, "status"));
    }
  }

  @Nested
  class Replies {

    @Test
    void requesterRepliesPublicly() {
      JsonObject ticket = open("employee", "Reply " + token());

      Api.Answer reply =
          Api.as("employee").post(path(ticket) + "/replies", json("body", "More details"));

      assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
      assertThat(reply.json().getString("type")).isEqualTo("REPLY");
      assertThat(reply.json().getString("body")).isEqualTo("More details");
      assertThat(reply.json().getBoolean("internal")).isFalse();
      assertThat(reply.json().getString("actor")).isEqualTo("employee");
    }

    @Test
    void agentsFirstPublicReplyStartsTheWork() {
      JsonObject ticket = open("employee", "Start work " + token());

      Api.as("line1").post(path(ticket) + "/replies", json("body", "Looking into it"));

      assertThat(current(ticket).getString("status")).isEqualTo("IN_PROGRESS");
    }

    @Test
    void agentWritesInternalNoteThatLeavesStatusAlone() {
      JsonObject ticket = open("employee", "Note " + token());

      Api.Answer note =
          Api.as("line1")
              .post(
                  path(ticket) + "/replies", json("body", "Probably the proxy", "internal", true));

      assertThat(note.status()).isEqualTo(201);
      assertThat(note.json().getString("type")).isEqualTo("NOTE");
      assertThat(note.json().getBoolean("internal")).isTrue();
      assertThat(current(ticket).getString("status")).isEqualTo("NEW");
    }

    @Test
    void requesterCannotWriteInternalNotes() {
      JsonObject ticket = open("employee", "No notes " + token());

      Api.Answer refused =
          Api.as("employee")
              .post(path(ticket) + "/replies", json("body", "secret", "internal", true));

      assertProblem(refused, 400, "internal");
    }

    @Test
    void emptyReplyIsRefusedNamingBody() {
      JsonObject ticket = open("employee", "Empty reply " + token());

      assertProblem(
          Api.as("employee").post(path(ticket) + "/replies", json("body", "  ")), 400, "body");
    }

    @Test
    void closedTicketRefusesReplies() {
      JsonObject ticket = open("employee", "Closed " + token());
      transition("line1", ticket, "RESOLVED");
      transition("employee", ticket, "CLOSED");

      Api.Answer refused =
          Api.as("employee").post(path(ticket) + "/replies", json("body", "One more thing"));

      assertThat(refused.status()).isEqualTo(409);
      assertThat(refused.detail()).contains(ticket.getString("number")).contains("closed");
    }
  }

  @Nested
  class Transitions {

    @Test
    void followsTheWorkflowWithAComment() {
      JsonObject ticket = open("employee", "Workflow " + token());

      Api.Answer waiting =
          Api.as("line1")
              .post(
                  path(ticket) + "/transitions",
                  json("to", "WAITING_FOR_REQUESTER", "comment", "Which printer?"));

      assertThat(waiting.status()).as(waiting.toString()).isEqualTo(200);
      assertThat(waiting.json().getString("status")).isEqualTo("WAITING_FOR_REQUESTER");
      assertThat(transition("line1", ticket, "RESOLVED").getString("status")).isEqualTo("RESOLVED");
      assertThat(transition("employee", ticket, "REOPENED").getString("status"))
          .isEqualTo("REOPENED");
    }

    @Test
    void illegalMoveIsAConflictNamingBothStatuses() {
      JsonObject ticket = open("employee", "Illegal " + token());

      Api.Answer refused =
          Api.as("line1").post(path(ticket) + "/transitions", json("to", "CLOSED"));

      assertThat(refused.status()).isEqualTo(409);
      assertThat(refused.header("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
      assertThat(refused.detail()).contains("NEW").contains("CLOSED");
      assertThat(current(ticket).getString("status")).isEqualTo("NEW");
    }

    @Test
    void requesterMayOnlyConfirmOrRejectAResolution() {
      JsonObject ticket = open("employee", "Requester moves " + token());

      Api.Answer refused =
          Api.as("employee").post(path(ticket) + "/transitions", json("to", "RESOLVED"));

      assertThat(refused.status()).isEqualTo(403);
      assertThat(refused.detail()).contains("RESOLVED");
    }

    @Test
    void targetIsRequiredAndMustBeAStatus() {
      JsonObject ticket = open("employee", "Bad target " + token());

      assertProblem(Api.as("line1").post(path(ticket) + "/transitions", json()), 400, "to");
      assertProblem(
          Api.as("line1").post(path(ticket) + "/transitions", json("to", "DONE")), 400, "to");
    }
  }

  @Nested
  class Changes {

    @Test
    void agentChangesPriorityCategoryAndAssignee() {
      JsonObject ticket = open("employee", "Change " + token());

      Api.Answer changed =
          Api.as("line1")
              .patch(
                  path(ticket),
                  json(
                      "priority",
                      "URGENT",
                      "category",
                      "HARDWARE",
                      "assignee",
                      "admin",
                      "version",
                      version(ticket)));

      assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
      assertThat(changed.json().getString("priority")).isEqualTo("URGENT");
      assertThat(changed.json().getString("category")).isEqualTo("HARDWARE");
      // An L1 ticket: its assignee works in L1, and admins work in every line.
      assertThat(changed.json().getString("assignee")).isEqualTo("admin");
      assertThat(version(changed.json())).isGreaterThan(version(ticket));
      assertThat(changed.json().getString("updatedBy")).isEqualTo("Lev Line-One");
    }

    @Test
    void staleVersionIsAConflictNamingWhoChangedIt() {
      JsonObject ticket = open("employee", "Stale " + token());
      long seen = version(ticket);
      Api.Answer first =
          Api.as("line2").patch(path(ticket), json("priority", "HIGH", "version", seen));
      assertThat(first.status()).as(first.toString()).isEqualTo(200);

      Api.Answer second =
          Api.as("line1").patch(path(ticket), json("priority", "LOW", "version", seen));

      assertThat(second.status()).isEqualTo(409);
      assertThat(second.detail()).contains(ticket.getString("number")).contains("Lara Line-Two");
      assertThat(current(ticket).getString("priority")).isEqualTo("HIGH");
    }

    @Test
    void staleReplyAndTransitionAreConflictsToo() {
      JsonObject ticket = open("employee", "Stale reply " + token());
      long seen = version(ticket);
      Api.as("line2").patch(path(ticket), json("priority", "HIGH", "version", seen));

      Api.Answer reply =
          Api.as("line1").post(path(ticket) + "/replies", json("body", "Hi", "version", seen));
      Api.Answer move =
          Api.as("line1")
              .post(path(ticket) + "/transitions", json("to", "RESOLVED", "version", seen));

      assertThat(reply.status()).isEqualTo(409);
      assertThat(move.status()).isEqualTo(409);
      assertThat(current(ticket).getString("status")).isEqualTo("NEW");
    }

    @Test
    void versionIsRequired() {
      JsonObject ticket = open("employee", "No version " + token());

      assertProblem(Api.as("line1").patch(path(ticket), json("priority", "LOW")), 400, "version");
    }

    @Test
    void refusesUnknownValuesNamingTheField() {
      JsonObject ticket = open("employee", "Unknown values " + token());
      long version = version(ticket);

      assertProblem(
          Api.as("line1").patch(path(ticket), json("priority", "ASAP", "version", version)),
          400,
          "priority");
      assertProblem(
          Api.as("line1").patch(path(ticket), json("category", "COFFEE", "version", version)),
          400,
          "category");
      assertProblem(
          Api.as("line1").patch(path(ticket), json("assignee", "nobody", "version", version)),
          400,
          "assignee");
      assertProblem(
          Api.as("line1").patch(path(ticket), json("assignee", "employee", "version", version)),
          400,
          "assignee");
    }

    @Test
    void requesterCannotChangeFields() {
      JsonObject ticket = open("employee", "Requester patch " + token());

      Api.Answer refused =
          Api.as("employee")
              .patch(path(ticket), json("priority", "URGENT", "version", version(ticket)));

      assertThat(refused.status()).isEqualTo(403);
      assertThat(current(ticket).getString("priority")).isEqualTo("NORMAL");
    }

    @Test
    void agentTakesOwnership() {
      JsonObject ticket = open("employee", "Take " + token());

      Api.Answer taken =
          Api.as("admin").post(path(ticket) + "/ownership?version=" + version(ticket), "");

      assertThat(taken.status()).as(taken.toString()).isEqualTo(200);
      assertThat(taken.json().getString("assignee")).isEqualTo("admin");
      Api.Answer stale =
          Api.as("line1").post(path(ticket) + "/ownership?version=" + version(ticket), "");
      assertThat(stale.status()).isEqualTo(409);
      assertThat(stale.detail()).contains("Ada Admin");
      assertThat(Api.as("employee").post(path(ticket) + "/ownership", "").status()).isEqualTo(403);
    }
  }

  @Nested
  class History {

    @Test
    void recordsEveryChangeWithActorAndInstant() {
      JsonObject ticket = open("employee", "History " + token());
      String at = path(ticket);
      Api.as("employee").post(at + "/replies", json("body", "Any news?"));
      Api.as("line1").post(at + "/replies", json("body", "Checking the logs", "internal", true));
      Api.as("line1").post(at + "/ownership", "");
      Api.as("line1")
          .patch(
              at,
              json(
                  "priority", "HIGH", "category", "SOFTWARE", "version", version(current(ticket))));
      Api.as("line1")
          .post(at + "/transitions", json("to", "WAITING_FOR_REQUESTER", "comment", "Send a log"));
      Api.as("employee")
          .post(at + "/attachments?name=app.log", "log line".getBytes(), "text/plain");

      List<JsonObject> history =
          Api.as("line1").get(at + "/history").array().getValuesAs(JsonObject.class);

      assertThat(history)
          .extracting(e -> e.getString("type") + ":" + e.getString("actor") + ":" + field(e))
          .containsExactly(
              "CREATED:employee:",
              "REPLY:employee:",
              "NOTE:line1:",
              "ASSIGNED:line1:assignee",
              "FIELD_CHANGED:line1:priority",
              "FIELD_CHANGED:line1:category",
              "STATUS_CHANGED:line1:status",
              "ATTACHMENT_ADDED:employee:");
      assertThat(history)
          .allSatisfy(e -> assertThat(Instant.parse(e.getString("occurredAt"))).isNotNull());
      JsonObject status = history.get(6);
      assertThat(status.getString("oldValue")).isEqualTo("NEW");
      assertThat(status.getString("newValue")).isEqualTo("WAITING_FOR_REQUESTER");
      assertThat(status.getString("body")).isEqualTo("Send a log");
      assertThat(history.get(4).getString("oldValue")).isEqualTo("NORMAL");
      assertThat(history.get(4).getString("newValue")).isEqualTo("HIGH");
      assertThat(history.get(7).getString("newValue")).isEqualTo("app.log");
      assertThat(history.get(7).containsKey("attachmentId")).isTrue();
    }

    @Test
    void requesterDoesNotSeeInternalNotes() {
      JsonObject ticket = open("employee", "Hidden note " + token());
      Api.as("line1")
          .post(path(ticket) + "/replies", json("body", "Do not tell the user", "internal", true));
      Api.as("line1").post(path(ticket) + "/replies", json("body", "We are on it"));

      String asRequester = Api.as("employee").get(path(ticket) + "/history").body();
      String asAgent = Api.as("line1").get(path(ticket) + "/history").body();

      assertThat(asRequester).contains("We are on it").doesNotContain("Do not tell the user");
      assertThat(asAgent).contains("We are on it").contains("Do not tell the user");
    }

    private static String field(JsonObject event) {
      return isNull(event, "field") ? "" : event.getString("field");
    }
  }

  @Nested
  class OtherPeoplesTickets {

    @Test
    void requesterGets403ForATicketOfSomeoneElse() {
      // An agent opening a ticket for themselves is its requester: employee is not.
      JsonObject foreign = open("line2", "Agent's own laptop " + token());
      String at = path(foreign);
      Api employee = Api.as("employee");

      assertThat(employee.get(at).status()).isEqualTo(403);
      assertThat(employee.get(at + "/history").status()).isEqualTo(403);
      assertThat(employee.get(at + "/attachments").status()).isEqualTo(403);
      assertThat(employee.post(at + "/replies", json("body", "hi")).status()).isEqualTo(403);
      assertThat(employee.post(at + "/transitions", json("to", "CLOSED")).status()).isEqualTo(403);
      assertThat(
              employee.post(at + "/attachments?name=x.txt", "x".getBytes(), "text/plain").status())
          .isEqualTo(403);
      Api.Answer refused = employee.get(at);
      assertThat(refused.detail()).contains(foreign.getString("number"));
      assertThat(Api.as("line2").get(at + "/history").array()).hasSize(1);
    }
  }

  static JsonObject transition(String user, JsonObject ticket, String to) {
    Api.Answer moved = Api.as(user).post(path(ticket) + "/transitions", json("to", to));
    assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
    return moved.json();
  }

  static void assertProblem(Api.Answer answer, int status, String field) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
    assertThat(answer.header("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    JsonObject problem = answer.json();
    assertThat(problem.getInt("status")).isEqualTo(status);
    assertThat(problem.getString("detail")).isNotBlank();
    assertThat(problem.getString("field", null)).as(answer.toString()).isEqualTo(field);
  }
}
