package org.tierdesk.ticket.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.tierdesk.directory.entity.AccountSource;
import org.tierdesk.directory.entity.Person;
import org.tierdesk.directory.entity.Role;
import org.tierdesk.platform.errors.Conflict;
import org.tierdesk.platform.errors.InvalidInput;
import org.tierdesk.platform.i18n.LocalizedName;
import org.tierdesk.routing.entity.Category;
import org.tierdesk.routing.entity.SupportLine;

/** The ticket's own rules, and the history entries each change records. */
class TicketTest {

  private static final Instant OPENED = Instant.parse("2026-03-02T09:00:00Z");
  private static final Instant LATER = OPENED.plus(Duration.ofMinutes(5));

  private final Person employee = person(1, "employee", "Elena Employee", Role.REQUESTER);
  private final Person agent = person(2, "line1", "Lev Line-One", Role.AGENT);
  private final Person otherAgent = person(3, "line2", "Lara Line-Two", Role.AGENT);
  private final SupportLine firstLine = withId(new SupportLine("L1", 1, name("Line 1")), 1L);
  private final Category network = withId(new Category("NETWORK", name("Network"), null), 4L);
  private final Category hardware = withId(new Category("HARDWARE", name("Hardware"), null), 2L);

  @Nested
  class Opening {

    @Test
    void startsNewAtTheFirstLineWithDefaultsAndACreatedEntry() {
      Ticket ticket = open("  VPN drops  ", "Every five minutes");

      assertThat(ticket.getSubject()).isEqualTo("VPN drops");
      assertThat(ticket.getStatus()).isEqualTo(TicketStatus.NEW);
      assertThat(ticket.getPriority()).isEqualTo(Priority.NORMAL);
      assertThat(ticket.getChannel()).isEqualTo(Channel.PORTAL);
      assertThat(ticket.getLine()).isSameAs(firstLine);
      assertThat(ticket.getAssignee()).isNull();
      assertThat(ticket.displayNumber()).isEqualTo("TD-1042");
      assertThat(ticket.getCreatedAt()).isEqualTo(OPENED);
      assertThat(ticket.getUpdatedAt()).isEqualTo(OPENED);
      assertThat(ticket.getUpdatedBy()).isSameAs(employee);
      List<TicketEvent> events = ticket.takeRecordedEvents();
      assertThat(events).hasSize(1);
      assertEvent(events.get(0), TicketEventType.CREATED, employee, OPENED);
    }

    @Test
    void keepsGivenChannelPriorityCategoryAndEnvironment() {
      Ticket ticket =
          new Ticket(
              new NewTicket(
                  employee,
                  "Printer",
                  "Blank pages",
                  Channel.PHONE,
                  hardware,
                  Priority.URGENT,
                  new Environment("Windows 11", null, "Word", "16")),
              7,
              firstLine,
              OPENED);

      assertThat(ticket.getChannel()).isEqualTo(Channel.PHONE);
      assertThat(ticket.getPriority()).isEqualTo(Priority.URGENT);
      assertThat(ticket.getCategory()).isSameAs(hardware);
      assertThat(ticket.getEnvironment().getOperatingSystem()).isEqualTo("Windows 11");
      assertThat(ticket.getEnvironment().getApplicationVersion()).isEqualTo("16");
    }

    @Test
    void requiresSubjectAndDescription() {
      assertRefused(() -> open(null, "d"), "subject", "error.field.required");
      assertRefused(() -> open("   ", "d"), "subject", "error.field.required");
      assertRefused(() -> open("s", null), "description", "error.field.required");
      assertRefused(() -> open("s", "\n\t "), "description", "error.field.required");
    }

    @Test
    void limitsTheSubjectLength() {
      assertThat(open("x".repeat(Ticket.MAX_SUBJECT), "d").getSubject()).hasSize(200);
      InvalidInput refused =
          assertRefused(
              () -> open("x".repeat(Ticket.MAX_SUBJECT + 1), "d"),
              "subject",
              "error.field.tooLong");
      assertThat(refused.arguments()).containsExactly(Ticket.MAX_SUBJECT);
    }

    @Test
    void limitsTheDescriptionLength() {
      assertRefused(
          () -> open("s", "x".repeat(Ticket.MAX_TEXT + 1)), "description", "error.field.tooLong");
    }

    @Test
    void limitsEnvironmentFields() {
      assertThatThrownBy(() -> new Environment("x".repeat(10_000), null, null, null))
          .isInstanceOfSatisfying(
              InvalidInput.class, e -> assertThat(e.field()).isEqualTo("environment.os"));
    }
  }

  @Nested
  class Replies {

    @Test
    void agentsFirstPublicReplyStartsTheWork() {
      Ticket ticket = opened();

      TicketEvent reply = ticket.reply(agent, " We are on it ", false, LATER);

      assertThat(ticket.getStatus()).isEqualTo(TicketStatus.IN_PROGRESS);
      List<TicketEvent> events = ticket.takeRecordedEvents();
      assertThat(events)
          .extracting(TicketEvent::getType)
          .containsExactly(TicketEventType.REPLY, TicketEventType.STATUS_CHANGED);
      assertThat(events.get(0)).isSameAs(reply);
      assertEvent(reply, TicketEventType.REPLY, agent, LATER);
      assertThat(reply.getBody()).isEqualTo("We are on it");
      assertThat(reply.isInternal()).isFalse();
      assertStatusChange(events.get(1), TicketStatus.NEW, TicketStatus.IN_PROGRESS, agent);
      assertThat(ticket.getUpdatedAt()).isEqualTo(LATER);
      assertThat(ticket.getUpdatedBy()).isSameAs(agent);
    }

    @Test
    void agentsReplyToAReopenedTicketStartsTheWorkAgain() {
      Ticket ticket = inStatus(TicketStatus.REOPENED);

      ticket.reply(agent, "Looking again", false, LATER);

      assertThat(ticket.getStatus()).isEqualTo(TicketStatus.IN_PROGRESS);
    }

    @Test
    void agentsReplyWhileWorkingChangesNoStatus() {
      Ticket ticket = inStatus(TicketStatus.IN_PROGRESS);

      ticket.reply(agent, "Still on it", false, LATER);

      assertThat(ticket.getStatus()).isEqualTo(TicketStatus.IN_PROGRESS);
      assertThat(ticket.takeRecordedEvents())
          .extracting(TicketEvent::getType)
          .containsExactly(TicketEventType.REPLY);
    }

    @Test
    void requestersAnswerBringsAWaitingTicketBack() {
      Ticket ticket = inStatus(TicketStatus.WAITING_FOR_REQUESTER);

      ticket.reply(employee, "Here is the log", false, LATER);

      assertThat(ticket.getStatus()).isEqualTo(TicketStatus.IN_PROGRESS);
      List<TicketEvent> events = ticket.takeRecordedEvents();
      assertThat(events)
          .extracting(TicketEvent::getType)
          .containsExactly(TicketEventType.REPLY, TicketEventType.STATUS_CHANGED);
      assertStatusChange(
          events.get(1), TicketStatus.WAITING_FOR_REQUESTER, TicketStatus.IN_PROGRESS, employee);
    }

    @Test
    void requestersReplyToAResolvedTicketReopensIt() {
      Ticket ticket = inStatus(TicketStatus.RESOLVED);

      ticket.reply(employee, "Still broken", false, LATER);

      assertThat(ticket.getStatus()).isEqualTo(TicketStatus.REOPENED);
    }

    @Test
    void requestersReplyToANewTicketChangesNoStatus() {
      Ticket ticket = opened();

      ticket.reply(employee, "One more detail", false, LATER);

      assertThat(ticket.getStatus()).isEqualTo(TicketStatus.NEW);
      assertThat(ticket.takeRecordedEvents()).hasSize(1);
    }

    @Test
    void internalNoteIsRecordedAsNoteAndChangesNoStatus() {
      Ticket ticket = opened();

      TicketEvent note = ticket.reply(agent, "Probably the proxy", true, LATER);

      assertThat(ticket.getStatus()).isEqualTo(TicketStatus.NEW);
      assertThat(ticket.takeRecordedEvents()).containsExactly(note);
      assertEvent(note, TicketEventType.NOTE, agent, LATER);
      assertThat(note.isInternal()).isTrue();
      assertThat(ticket.getUpdatedBy()).isSameAs(agent);
    }

    @Test
    void requesterCannotWriteInternalNotes() {
      Ticket ticket = opened();

      assertRefused(
          () -> ticket.reply(employee, "secret", true, LATER),
          "internal",
          "ticket.note.agentsOnly");
      assertThat(ticket.takeRecordedEvents()).isEmpty();
      assertThat(ticket.getUpdatedAt()).isEqualTo(OPENED);
    }

    @Test
    void agentOnTheirOwnTicketIsTheRequesterThere() {
      Ticket own = openFor(agent);
      own.takeRecordedEvents();

      own.reply(agent, "Any news?", false, LATER);

      assertThat(own.getStatus()).isEqualTo(TicketStatus.NEW);
      assertRefused(
          () -> own.reply(agent, "note", true, LATER), "internal", "ticket.note.agentsOnly");
    }

    @Test
    void replyNeedsABody() {
      Ticket ticket = opened();

      assertRefused(() -> ticket.reply(agent, " ", false, LATER), "body", "error.field.required");
      assertRefused(
          () -> ticket.reply(agent, "x".repeat(Ticket.MAX_TEXT + 1), false, LATER),
          "body",
          "error.field.tooLong");
      assertThat(ticket.takeRecordedEvents()).isEmpty();
    }

    @Test
    void closedTicketRefusesReplies() {
      Ticket ticket = inStatus(TicketStatus.CLOSED);

      Conflict refused =
          catchThrowableOfType(
              Conflict.class, () -> ticket.reply(employee, "One more thing", false, LATER));

      assertThat(refused.messageKey()).isEqualTo("ticket.closed");
      assertThat(refused.arguments()).containsExactly("TD-1042");
      assertThat(ticket.takeRecordedEvents()).isEmpty();
    }
  }

  @Nested
  class StatusChanges {

    @Test
    void recordsTheMoveWithItsComment() {
      Ticket ticket = opened();

      ticket.moveTo(TicketStatus.WAITING_FOR_REQUESTER, agent, "  Which printer?  ", LATER);

      assertThat(ticket.getStatus()).isEqualTo(TicketStatus.WAITING_FOR_REQUESTER);
      List<TicketEvent> events = ticket.takeRecordedEvents();
      assertThat(events).hasSize(1);
      assertStatusChange(
          events.get(0), TicketStatus.NEW, TicketStatus.WAITING_FOR_REQUESTER, agent);
      assertThat(events.get(0).getBody()).isEqualTo("Which printer?");
      assertThat(events.get(0).isInternal()).isFalse();
      assertThat(events.get(0).getOccurredAt()).isEqualTo(LATER);
      assertThat(ticket.getUpdatedAt()).isEqualTo(LATER);
    }

    @Test
    void blankCommentIsNoComment() {
      Ticket ticket = opened();

      ticket.moveTo(TicketStatus.RESOLVED, agent, "  ", LATER);

      assertThat(ticket.takeRecordedEvents().get(0).getBody()).isNull();
    }

    @Test
    void refusesAMoveOutsideTheWorkflow() {
      Ticket ticket = opened();

      Conflict refused =
          catchThrowableOfType(
              Conflict.class, () -> ticket.moveTo(TicketStatus.CLOSED, agent, null, LATER));

      assertThat(refused.messageKey()).isEqualTo("ticket.transition.refused");
      assertThat(refused.arguments()).containsExactly(TicketStatus.NEW, TicketStatus.CLOSED);
      assertThat(ticket.getStatus()).isEqualTo(TicketStatus.NEW);
      assertThat(ticket.takeRecordedEvents()).isEmpty();
    }

    @Test
    void refusesAnOverlongComment() {
      Ticket ticket = opened();

      assertRefused(
          () -> ticket.moveTo(TicketStatus.RESOLVED, agent, "x".repeat(Ticket.MAX_TEXT + 1), LATER),
          "comment",
          "error.field.tooLong");
    }
  }

  @Nested
  class Assignment {

    @Test
    void assignsAnAgentAndRecordsTheUsernames() {
      Ticket ticket = opened();

      ticket.assignTo(agent, agent, LATER);
      ticket.assignTo(otherAgent, agent, LATER);
      ticket.assignTo(null, agent, LATER);

      assertThat(ticket.getAssignee()).isNull();
      List<TicketEvent> events = ticket.takeRecordedEvents();
      assertThat(events).extracting(TicketEvent::getType).containsOnly(TicketEventType.ASSIGNED);
      assertThat(events)
          .extracting(TicketEvent::getOldValue, TicketEvent::getNewValue)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(null, "line1"),
              org.assertj.core.groups.Tuple.tuple("line1", "line2"),
              org.assertj.core.groups.Tuple.tuple("line2", null));
      assertThat(events).extracting(TicketEvent::getField).containsOnly("assignee");
    }

    @Test
    void assigningTheSameAgentAgainRecordsNothing() {
      Ticket ticket = opened();
      ticket.assignTo(agent, agent, LATER);
      ticket.takeRecordedEvents();

      ticket.assignTo(agent, otherAgent, LATER.plusSeconds(60));

      assertThat(ticket.takeRecordedEvents()).isEmpty();
      assertThat(ticket.getUpdatedBy()).isSameAs(agent);
    }

    @Test
    void refusesSomeoneWhoIsNotAnAgent() {
      Ticket ticket = opened();

      InvalidInput refused =
          assertRefused(
              () -> ticket.assignTo(employee, agent, LATER),
              "assignee",
              "ticket.assignee.notAgent");

      assertThat(refused.arguments()).containsExactly("employee");
      assertThat(ticket.getAssignee()).isNull();
      assertThat(ticket.takeRecordedEvents()).isEmpty();
    }

    @Test
    void adminsCountAsAgents() {
      Ticket ticket = opened();
      Person admin = person(9, "admin", "Ada Admin", Role.ADMIN);

      ticket.assignTo(admin, admin, LATER);

      assertThat(ticket.getAssignee()).isSameAs(admin);
    }
  }

  @Nested
  class Fields {

    @Test
    void priorityChangeIsRecordedOnlyWhenItChanges() {
      Ticket ticket = opened();

      ticket.changePriority(Priority.NORMAL, agent, LATER);
      ticket.changePriority(null, agent, LATER);
      ticket.changePriority(Priority.HIGH, agent, LATER);

      List<TicketEvent> events = ticket.takeRecordedEvents();
      assertThat(events).hasSize(1);
      assertEvent(events.get(0), TicketEventType.FIELD_CHANGED, agent, LATER);
      assertThat(events.get(0).getField()).isEqualTo("priority");
      assertThat(events.get(0).getOldValue()).isEqualTo("NORMAL");
      assertThat(events.get(0).getNewValue()).isEqualTo("HIGH");
      assertThat(ticket.getPriority()).isEqualTo(Priority.HIGH);
    }

    @Test
    void categoryChangeIsRecordedByCode() {
      Ticket ticket = opened();

      ticket.changeCategory(network, agent, LATER);
      ticket.changeCategory(withId(new Category("NETWORK", name("Same"), null), 4L), agent, LATER);
      ticket.changeCategory(hardware, agent, LATER);
      ticket.changeCategory(null, agent, LATER);

      assertThat(ticket.takeRecordedEvents())
          .extracting(TicketEvent::getField, TicketEvent::getOldValue, TicketEvent::getNewValue)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("category", null, "NETWORK"),
              org.assertj.core.groups.Tuple.tuple("category", "NETWORK", "HARDWARE"),
              org.assertj.core.groups.Tuple.tuple("category", "HARDWARE", null));
      assertThat(ticket.getCategory()).isNull();
    }

    @Test
    void attachmentIsRecordedWithItsFileName() {
      Ticket ticket = opened();

      Attachment attachment = ticket.attach("log.txt", "text/plain", 3, "abc", employee, LATER);

      List<TicketEvent> events = ticket.takeRecordedEvents();
      assertThat(events).hasSize(1);
      assertEvent(events.get(0), TicketEventType.ATTACHMENT_ADDED, employee, LATER);
      assertThat(events.get(0).getAttachment()).isSameAs(attachment);
      assertThat(events.get(0).getNewValue()).isEqualTo("log.txt");
      assertThat(ticket.getUpdatedAt()).isEqualTo(LATER);
    }

    @Test
    void closedTicketRefusesAttachments() {
      Ticket ticket = inStatus(TicketStatus.CLOSED);

      assertThatThrownBy(() -> ticket.attach("a.txt", "text/plain", 1, "x", employee, LATER))
          .isInstanceOfSatisfying(
              Conflict.class, e -> assertThat(e.messageKey()).isEqualTo("ticket.closed"));
    }

    @Test
    void recordedEventsAreHandedOutOnce() {
      Ticket ticket = opened();
      ticket.changePriority(Priority.LOW, agent, LATER);

      assertThat(ticket.takeRecordedEvents()).hasSize(1);
      assertThat(ticket.takeRecordedEvents()).isEmpty();
    }
  }

  @Nested
  class Versions {

    @Test
    void acceptsNoVersionOrTheCurrentOne() {
      Ticket ticket = opened();

      ticket.requireVersion(null);
      ticket.requireVersion(ticket.getVersion());
    }

    @Test
    void staleVersionNamesWhoChangedItAndWhen() {
      Ticket ticket = opened();
      ticket.changePriority(Priority.HIGH, otherAgent, LATER);

      Conflict stale =
          catchThrowableOfType(
              Conflict.class, () -> ticket.requireVersion(ticket.getVersion() + 1));

      assertThat(stale.messageKey()).isEqualTo("ticket.stale");
      assertThat(stale.arguments()).containsExactly("TD-1042", "Lara Line-Two", Date.from(LATER));
    }
  }

  /**
   * Who may see a ticket is decided from the ids of its requester, assignee and line, without
   * reading those rows; the ids follow every change of the relations.
   */
  @Nested
  class IdsForAccessChecks {

    private final SupportLine secondLine = withId(new SupportLine("L2", 2, name("Line 2")), 2L);

    @Test
    void theRequesterIsKnownByIdAlone() {
      Ticket ticket = opened();

      assertThat(ticket.isRequester(employee)).isTrue();
      assertThat(ticket.isRequester(person(1, "someone-else", "Same id", Role.REQUESTER))).isTrue();
      assertThat(ticket.isRequester(agent)).isFalse();
      assertThat(ticket.isRequester(null)).isFalse();
    }

    @Test
    void theAssigneeIdFollowsAssignmentAndUnassignment() {
      Ticket ticket = opened();
      assertThat(ticket.isAssignedTo(agent)).isFalse();

      ticket.assignTo(agent, agent, LATER);
      assertThat(ticket.isAssignedTo(agent)).isTrue();
      assertThat(ticket.isAssignedTo(otherAgent)).isFalse();

      ticket.assignTo(otherAgent, agent, LATER);
      assertThat(ticket.isAssignedTo(agent)).isFalse();
      assertThat(ticket.isAssignedTo(otherAgent)).isTrue();

      ticket.assignTo(null, agent, LATER);
      assertThat(ticket.isAssignedTo(otherAgent)).isFalse();
    }

    @Test
    void theLineIdFollowsTheLine() {
      Ticket ticket = opened();
      assertThat(ticket.getLineId()).isEqualTo(1L);

      ticket.moveToLine(secondLine, agent, LATER);

      assertThat(ticket.getLineId()).isEqualTo(2L);
      assertThat(ticket.getLine()).isSameAs(secondLine);
    }
  }

  private Ticket open(String subject, String description) {
    return new Ticket(
        new NewTicket(employee, subject, description, null, null, null, null),
        1042,
        firstLine,
        OPENED);
  }

  private Ticket openFor(Person requester) {
    return new Ticket(
        new NewTicket(requester, "Own laptop", "Fan noise", null, null, null, null),
        1043,
        firstLine,
        OPENED);
  }

  private Ticket opened() {
    Ticket ticket = open("VPN drops", "Every five minutes");
    ticket.takeRecordedEvents();
    return ticket;
  }

  /** A ticket brought to the status along the workflow, with its history so far taken. */
  private Ticket inStatus(TicketStatus status) {
    Ticket ticket = opened();
    switch (status) {
      case NEW -> {}
      case IN_PROGRESS -> ticket.moveTo(TicketStatus.IN_PROGRESS, agent, null, OPENED);
      case WAITING_FOR_REQUESTER ->
          ticket.moveTo(TicketStatus.WAITING_FOR_REQUESTER, agent, null, OPENED);
      case RESOLVED -> ticket.moveTo(TicketStatus.RESOLVED, agent, null, OPENED);
      case REOPENED -> {
        ticket.moveTo(TicketStatus.RESOLVED, agent, null, OPENED);
        ticket.moveTo(TicketStatus.REOPENED, employee, null, OPENED);
      }
      case CLOSED -> {
        ticket.moveTo(TicketStatus.RESOLVED, agent, null, OPENED);
        ticket.moveTo(TicketStatus.CLOSED, employee, null, OPENED);
      }
    }
    ticket.takeRecordedEvents();
    assertThat(ticket.getStatus()).isEqualTo(status);
    return ticket;
  }

  private static void assertEvent(
      TicketEvent event, TicketEventType type, Person actor, Instant at) {
    assertThat(event.getType()).isEqualTo(type);
    assertThat(event.getActor()).isSameAs(actor);
    assertThat(event.getOccurredAt()).isEqualTo(at);
  }

  private static void assertStatusChange(
      TicketEvent event, TicketStatus from, TicketStatus to, Person actor) {
    assertThat(event.getType()).isEqualTo(TicketEventType.STATUS_CHANGED);
    assertThat(event.getActor()).isSameAs(actor);
    assertThat(event.getField()).isEqualTo("status");
    assertThat(event.getOldValue()).isEqualTo(from.name());
    assertThat(event.getNewValue()).isEqualTo(to.name());
  }

  private static InvalidInput assertRefused(Runnable action, String field, String messageKey) {
    InvalidInput refused = catchThrowableOfType(InvalidInput.class, action::run);
    assertThat(refused).as("refused with InvalidInput").isNotNull();
    assertThat(refused.field()).isEqualTo(field);
    assertThat(refused.messageKey()).isEqualTo(messageKey);
    return refused;
  }

  private static Person person(long id, String username, String displayName, Role role) {
    Person person =
        new Person(username, displayName, username + "@example.com", AccountSource.LOCAL, OPENED);
    person.grant(role);
    return withId(person, id);
  }

  private static LocalizedName name(String english) {
    return new LocalizedName(english, english);
  }

  /** Entities get their ids from the database; these tests give them one by hand. */
  static <T> T withId(T entity, long id) {
    try {
      Field field = entity.getClass().getDeclaredField("id");
      field.setAccessible(true);
      field.set(entity, id);
      return entity;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
