package org.tierdesk.ticket.boundary;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tierdesk.directory.boundary.CurrentUser;
import org.tierdesk.directory.boundary.People;
import org.tierdesk.platform.errors.Conflict;
import org.tierdesk.platform.errors.InvalidInput;
import org.tierdesk.platform.errors.NotFound;
import org.tierdesk.ticket.entity.Ticket;
import org.tierdesk.ticket.entity.TicketEvent;
import org.tierdesk.ticket.entity.TicketEventType;

/**
 * What only the inside of the server can show about ticket history: a change that fails half-way
 * leaves no trace, every change of a ticket row comes with history at the same instant, and history
 * rows cannot be changed through JPA. Runs in the real WAR on Payara Micro (Arquillian), against
 * the database of the run (H2 or PostgreSQL).
 */
@ExtendWith(ArquillianExtension.class)
class TicketHistoryIT {

  @Deployment
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(
            WebArchive.class, new File(System.getProperty("tierdesk.war")))
        .addClasses(TicketHistoryIT.class, StoredTickets.class);
  }

  @Inject Tickets tickets;
  @Inject People people;
  @Inject CurrentUser currentUser;
  @Inject StoredTickets stored;

  @BeforeEach
  void actAsLineOne() {
    actAs("line1", true);
  }

  @Test
  void failingChangeLeavesNeitherTheChangeNorItsHistory() {
    TicketView ticket = open("Half-way failure");

    // Priority is changed and recorded first; the unknown category then fails the whole call.
    assertThrows(
        InvalidInput.class,
        () ->
            tickets.change(
                ticket.id(),
                new TicketChange("URGENT", "NO-SUCH-CATEGORY", null, ticket.version())));

    Ticket row = stored.ticket(ticket.id());
    assertEquals("NORMAL", row.getPriority().name());
    assertEquals(ticket.version(), row.getVersion());
    assertEquals(List.of(TicketEventType.CREATED), types(stored.events(ticket.id())));
  }

  @Test
  void replyFollowedByAnIllegalTransitionInOneTransactionLeavesNoReply() throws Exception {
    TicketView ticket = open("Reply then illegal move");
    UserTransaction transaction = InitialContext.doLookup("java:comp/UserTransaction");

    transaction.begin();
    try {
      tickets.reply(ticket.id(), "We are on it", false, null);
      assertThrows(Conflict.class, () -> tickets.transition(ticket.id(), "CLOSED", null, null));
      assertEquals(Status.STATUS_MARKED_ROLLBACK, transaction.getStatus());
      assertThrows(RollbackException.class, transaction::commit);
    } finally {
      if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
        transaction.rollback();
      }
    }

    Ticket row = stored.ticket(ticket.id());
    assertEquals("NEW", row.getStatus().name(), "the reply's status change is gone too");
    assertEquals(ticket.version(), row.getVersion());
    assertEquals(List.of(TicketEventType.CREATED), types(stored.events(ticket.id())));
  }

  @Test
  void everyChangeOfTheTicketRowHasHistoryAtTheSameInstant() throws Exception {
    TicketView ticket = open("Every change has history");
    long id = ticket.id();
    List<Callable<?>> changes =
        List.of(
            () -> tickets.reply(id, "Please restart the laptop", false, null),
            () -> tickets.reply(id, "Known driver issue", true, null),
            () -> tickets.take(id, null),
            () -> tickets.change(id, new TicketChange("HIGH", "HARDWARE", null, null)),
            () -> tickets.change(id, new TicketChange(null, null, "admin", null)),
            () -> tickets.transition(id, "WAITING_FOR_REQUESTER", "Did it help?", null),
            () ->
                tickets.attach(
                    id,
                    "trace.log",
                    "text/plain",
                    new ByteArrayInputStream("trace".getBytes(StandardCharsets.UTF_8))),
            () -> tickets.transition(id, "RESOLVED", null, null));

    long version = stored.ticket(id).getVersion();
    int eventCount = stored.events(id).size();
    for (Callable<?> change : changes) {
      change.call();
      Ticket row = stored.ticket(id);
      List<TicketEvent> events = stored.events(id);
      Instant changedAt = row.getUpdatedAt();
      assertTrue(row.getVersion() > version, "the ticket row changed");
      assertTrue(events.size() > eventCount, "history grew with the change");
      assertAll(
          events.subList(eventCount, events.size()).stream()
              .map(
                  event ->
                      () ->
                          assertEquals(changedAt, event.getOccurredAt(), event.getType().name())));
      version = row.getVersion();
      eventCount = events.size();
    }
    assertEquals(
        List.of(
            TicketEventType.CREATED,
            TicketEventType.REPLY,
            TicketEventType.STATUS_CHANGED,
            TicketEventType.NOTE,
            TicketEventType.ASSIGNED,
            TicketEventType.FIELD_CHANGED,
            TicketEventType.FIELD_CHANGED,
            TicketEventType.ASSIGNED,
            TicketEventType.STATUS_CHANGED,
            TicketEventType.ATTACHMENT_ADDED,
            TicketEventType.STATUS_CHANGED),
        types(stored.events(id)));
  }

  @Test
  void historyRowsAreNeverUpdated() throws Exception {
    TicketView ticket = open("Tamper-proof history");
    tickets.reply(ticket.id(), "The original words", false, null);
    TicketEvent reply = stored.events(ticket.id()).get(1);
    TicketEvent tampered = stored.event(reply.getId());
    set(tampered, "body", "Words never written");
    set(tampered, "occurredAt", Instant.parse("2000-01-01T00:00:00Z"));
    set(tampered, "internal", true);

    stored.merge(tampered);

    TicketEvent reread = stored.event(reply.getId());
    assertEquals("The original words", reread.getBody());
    assertEquals(reply.getOccurredAt(), reread.getOccurredAt());
    assertFalse(reread.isInternal());
    assertEquals("The original words", stored.bodyInTheDatabase(reply.getId()));
  }

  @Test
  void theSameEditDoesChangeAnUpdatableRow() throws Exception {
    // The control for historyRowsAreNeverUpdated: merging an edited copy does write, where allowed.
    TicketView ticket = open("Editable ticket row");
    Ticket edited = stored.ticket(ticket.id());
    set(edited, "subject", "Edited subject");

    stored.merge(edited);

    assertEquals("Edited subject", stored.ticket(ticket.id()).getSubject());
  }

  @Test
  void theDetailIsWhatTheSeparateReadsGiveEachCaller() {
    TicketView ticket = open("One read for the page");
    long id = ticket.id();
    tickets.reply(id, "Please restart the laptop", false, null);
    tickets.reply(id, "Known driver issue", true, null);
    tickets.attach(
        id,
        "trace.log",
        "text/plain",
        new ByteArrayInputStream("trace".getBytes(StandardCharsets.UTF_8)));

    TicketDetail agents = tickets.detail(id);
    assertEquals(tickets.get(id), agents.ticket());
    assertEquals(tickets.history(id), agents.history());
    assertEquals(tickets.attachments(id), agents.attachments());
    assertTrue(agents.history().stream().anyMatch(HistoryEntry::internal), "agents see notes");
    assertEquals(List.of("trace.log"), fileNames(agents));

    actAs("employee", false);
    TicketDetail requesters = tickets.detail(id);
    assertEquals(tickets.history(id), requesters.history());
    assertFalse(
        requesters.history().stream().anyMatch(HistoryEntry::internal),
        "the requester does not see the internal note");
    assertEquals(agents.history().size() - 1, requesters.history().size());
    assertEquals(List.of("trace.log"), fileNames(requesters));
    assertThrows(NotFound.class, () -> tickets.detail(Long.MAX_VALUE));
  }

  private static List<String> fileNames(TicketDetail detail) {
    return detail.attachments().stream().map(AttachmentView::fileName).toList();
  }

  private TicketView open(String subject) {
    actAs("employee", false);
    try {
      return tickets.open(
          new TicketDraft(subject, "Opened by an in-container test", null, null, null, null, null));
    } finally {
      actAs("line1", true);
    }
  }

  private void actAs(String username, boolean support) {
    currentUser.actAs(people.existing(username), support);
  }

  private static List<TicketEventType> types(List<TicketEvent> events) {
    return events.stream().map(TicketEvent::getType).toList();
  }

  private static void set(Object target, String fieldName, Object value) throws Exception {
    Field field = target.getClass().getDeclaredField(fieldName);
    field.setAccessible(true);
    field.set(target, value);
  }
}
