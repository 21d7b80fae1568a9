package org.tierdesk.macro.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {

  private static final Map<String, String> VALUES =
      Map.of(
          Placeholders.REQUESTER_NAME, "Elena Employee",
          Placeholders.TICKET_NUMBER, "TD-1005",
          Placeholders.FIRST_RESPONSE_DUE, "Nov 26, 2026, 11:00 AM (UTC)");

  @Test
  void knownPlaceholdersAreFilledInEveryTimeTheyAppear() {
    String text =
        "Hello {requester.name}, about {ticket.number}: we answer by {sla.firstResponseDue}."
            + " Ticket {ticket.number} again.";

    assertThat(Placeholders.resolve(text, VALUES))
        .isEqualTo(
            "Hello Elena Employee, about TD-1005: we answer by Nov 26, 2026, 11:00 AM (UTC)."
                + " Ticket TD-1005 again.");
  }

  @Test
  void unknownNamesStayAsWrittenAndAreReportedOnce() {
    String text = "Dear {requester.nickname}, {requester.nickname} and {ticket.number}";

    assertThat(Placeholders.resolve(text, VALUES))
        .isEqualTo("Dear {requester.nickname}, {requester.nickname} and TD-1005");
    assertThat(Placeholders.unknownIn(text)).containsExactly("requester.nickname");
  }

  @Test
  void aKnownNameWithoutValueBecomesEmptyAndReplacementTextIsTakenLiterally() {
    Map<String, String> values = Map.of(Placeholders.REQUESTER_NAME, "Price $1 \\ {ticket.number}");

    assertThat(Placeholders.resolve("{requester.name}|{agent.name}|", values))
        .isEqualTo("Price $1 \\ {ticket.number}||");
  }

  @Test
  void bracesThatAreNoPlaceholderAreLeftAlone() {
    String json = "Send {\"a\": 1} or { } or {1}";

    assertThat(Placeholders.resolve(json, VALUES)).isEqualTo(json);
    assertThat(Placeholders.unknownIn(json)).isEmpty();
    assertThat(Placeholders.resolve(null, VALUES)).isNull();
  }

  @Test
  void russianTextKeepsItsLetters() {
    assertThat(
            Placeholders.resolve("Здравствуйте, {requester.name}! Заявка {ticket.number}.", VALUES))
        .isEqualTo("Здравствуйте, Elena Employee! Заявка TD-1005.");
  }
}
