package org.tierdesk.ticket.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tierdesk.ticket.entity.TicketTest.withId;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tierdesk.directory.entity.AccountSource;
import org.tierdesk.directory.entity.Person;
import org.tierdesk.directory.entity.Role;
import org.tierdesk.platform.errors.Conflict;
import org.tierdesk.platform.errors.InvalidInput;
import org.tierdesk.platform.i18n.LocalizedName;
import org.tierdesk.routing.entity.AssignmentStrategy;
import org.tierdesk.routing.entity.SupportLine;
import org.tierdesk.routing.entity.SupportQueue;

/** Escalation, return and transfer as the ticket records them. */
class TicketRoutingTest {

  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  private final Person employee = person(1, "employee", Role.REQUESTER);
  private final Person lineOne = person(2, "line1", Role.AGENT);
  private final Person lineTwo = person(3, "line2", Role.AGENT);
  private final SupportLine second = withId(new SupportLine("L2", 2, name("Line 2")), 2L);
  private final SupportLine first = withId(new SupportLine("L1", 1, name("Line 1")), 1L);
  private final SupportQueue desk = queue(1, first, "DESK");
  private final SupportQueue triage = queue(2, first, "TRIAGE");
  private final SupportQueue specialists = queue(3, second, "SPECIALISTS");

  {
    first.configure(1, name("Line 1"), null, second);
  }

  private Ticket assignedTicket() {
    Ticket ticket =
        new Ticket(
            new NewTicket(employee, "Mail", "Broken", null, null, null, null), 1, first, NOW);
    ticket.placeIn(desk);
    ticket.assignTo(lineOne, lineOne, NOW);
    ticket.takeRecordedEvents();
    return ticket;
  }

  @Test
  void escalationRecordsTheReasonOnTheLineChangeAndTheStepsTriedAsANote() {
    Ticket ticket = assignedTicket();

    ticket.escalateTo(specialists, lineOne, " Needs logs ", "Restarted it", NOW);

    assertThat(ticket.getLine()).isSameAs(second);
    assertThat(ticket.getQueue()).isSameAs(specialists);
    assertThat(ticket.isEscalated()).isTrue();
    assertThat(ticket.getAssignee()).as("waits for the receiving line").isNull();
    List<TicketEvent> events = ticket.takeRecordedEvents();
    assertThat(events)
        .extracting(TicketEvent::getType)
        .containsExactly(
            TicketEventType.LINE_CHANGED, TicketEventType.NOTE, TicketEventType.ASSIGNED);
    assertThat(events.get(0).getBody()).isEqualTo("Needs logs");
    assertThat(events.get(0).getOldValue()).isEqualTo("L1");
    assertThat(events.get(0).getNewValue()).isEqualTo("L2");
    assertThat(events.get(1).getField()).isEqualTo("tried");
    assertThat(events.get(1).getBody()).isEqualTo("Restarted it");
    assertThat(events.subList(0, 2))
        .as("why and what was tried are for support's eyes")
        .allMatch(TicketEvent::isInternal);
  }

  @Test
  void escalationWithoutReasonOrTriedChangesNothing() {
    Ticket ticket = assignedTicket();
    assertThatThrownBy(() -> ticket.escalateTo(specialists, lineOne, "Why", " ", NOW))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("tried"));
    assertThatThrownBy(() -> ticket.escalateTo(specialists, lineOne, null, "Tried", NOW))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("reason"));
    assertThat(ticket.getLine()).isSameAs(first);
    assertThat(ticket.takeRecordedEvents()).isEmpty();
  }

  @Test
  void theLastLineCannotEscalate() {
    Ticket ticket = assignedTicket();
    ticket.escalateTo(specialists, lineOne, "Why", "Tried", NOW);
    assertThatThrownBy(() -> ticket.escalateTo(specialists, lineTwo, "Why", "Tried", NOW))
        .isInstanceOf(Conflict.class);
  }

  @Test
  void aReturnCarriesInstructionsAndClearsTheEscalation() {
    Ticket ticket = assignedTicket();
    ticket.escalateTo(specialists, lineOne, "Why", "Tried", NOW);
    ticket.takeRecordedEvents();

    ticket.returnTo(first, desk, lineOne, lineTwo, "Ask for the error code", NOW);

    assertThat(ticket.getLine()).isSameAs(first);
    assertThat(ticket.getQueue()).isSameAs(desk);
    assertThat(ticket.isEscalated()).isFalse();
    assertThat(ticket.getAssignee()).isSameAs(lineOne);
    TicketEvent lineChange = ticket.takeRecordedEvents().get(0);
    assertThat(lineChange.getType()).isEqualTo(TicketEventType.LINE_CHANGED);
    assertThat(lineChange.getBody()).isEqualTo("Ask for the error code");
  }

  @Test
  void aTransferToAQueueWithoutAgentHandsTheTicketBackToThatQueue() {
    Ticket ticket = assignedTicket();

    ticket.transfer(triage, null, lineOne, "For triage", NOW);

    assertThat(ticket.getQueue()).isSameAs(triage);
    assertThat(ticket.getAssignee()).isNull();
    List<TicketEvent> events = ticket.takeRecordedEvents();
    assertThat(events).extracting(TicketEvent::getField).containsExactly("queue", "assignee");
    assertThat(events.get(1).getBody()).isEqualTo("For triage");
  }

  @Test
  void aTransferToWhereTheTicketAlreadyIsIsRefused() {
    Ticket ticket = assignedTicket();
    assertThatThrownBy(() -> ticket.transfer(desk, lineOne, lineOne, null, NOW))
        .isInstanceOf(InvalidInput.class);
  }

  private static SupportQueue queue(long id, SupportLine line, String code) {
    return withId(new SupportQueue(line, code, name(code), AssignmentStrategy.MANUAL), id);
  }

  private static Person person(long id, String username, Role role) {
    Person person = new Person(username, username, null, AccountSource.LOCAL, NOW);
    person.grant(role);
    return withId(person, id);
  }

  private static LocalizedName name(String english) {
    return new LocalizedName(english, english);
  }
}
