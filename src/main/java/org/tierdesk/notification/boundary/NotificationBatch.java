package org.tierdesk.notification.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.tierdesk.notification.entity.Notification;
import org.tierdesk.platform.persistence.BulkWrites;
import org.tierdesk.platform.persistence.DatabaseSetup;

/**
 * Many notifications at once (the SLA sweep's), in the caller's transaction, with multi-row
 * inserts: the same rows as {@link Notifications#send} stores one by one.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class NotificationBatch {

  private static final List<String> COLUMNS =
      List.of(
          "id",
          "recipient_id",
          "ticket_id",
          "message_key",
          "message_args",
          "created_at",
          "deliver_after",
          "read_at");

  @Resource(lookup = DatabaseSetup.DATA_SOURCE)
  DataSource dataSource;

  @Inject Clock clock;

  /**
   * One notification to send: a message key with its arguments for a person, shown from {@code
   * deliverAfter} on (null: at once).
   */
  public record Outgoing(
      long recipientId,
      Long ticketId,
      String messageKey,
      List<String> arguments,
      Instant deliverAfter) {
    public Outgoing {
      Objects.requireNonNull(messageKey, "messageKey");
      arguments = List.copyOf(arguments);
    }
  }

  public void send(List<Outgoing> outgoing) {
    if (outgoing.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    try (BulkWrites writes = BulkWrites.open(dataSource)) {
      List<Long> ids = writes.ids("notification_seq", outgoing.size());
      List<Object[]> rows = new ArrayList<>(outgoing.size());
      for (int i = 0; i < outgoing.size(); i++) {
        Outgoing one = outgoing.get(i);
        rows.add(
            new Object[] {
              ids.get(i),
              one.recipientId(),
              one.ticketId(),
              one.messageKey(),
              Notification.encodeArguments(one.arguments()),
              now,
              one.deliverAfter() == null ? now : one.deliverAfter(),
              null
            });
      }
      writes.insert("notification", COLUMNS, rows);
    }
  }
}
