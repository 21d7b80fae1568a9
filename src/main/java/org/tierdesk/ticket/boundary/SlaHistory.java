package org.tierdesk.ticket.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.tierdesk.platform.persistence.BulkWrites;
import org.tierdesk.platform.persistence.DatabaseSetup;
import org.tierdesk.ticket.entity.TicketEventType;

/**
 * The SLA sweep's way into ticket histories: many SLA_WARNING / SLA_BREACHED entries at once, in
 * the caller's transaction, with multi-row inserts instead of one ticket load and flush per entry.
 * The entries are the same as {@link Tickets#recordSla} writes (no actor, the metric as field, the
 * due instant as new value, internal). The tickets themselves do not change, and no {@link
 * TicketChanged} is fired: the SLA engine, its only listener, ignores its own entries.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class SlaHistory {

  private static final List<String> COLUMNS =
      List.of(
          "id",
          "ticket_id",
          "type",
          "actor_id",
          "occurred_at",
          "field",
          "old_value",
          "new_value",
          "body",
          "internal",
          "attachment_id");

  @Resource(lookup = DatabaseSetup.DATA_SOURCE)
  DataSource dataSource;

  /** One SLA entry: a warning or breach of {@code metric} that was due at {@code dueAt}. */
  public record Entry(
      long ticketId, TicketEventType type, String metric, Instant dueAt, Instant occurredAt) {
    public Entry {
      Objects.requireNonNull(type, "type");
      if (!type.isSla()) {
        throw new IllegalArgumentException("Not an SLA entry: " + type);
      }
      Objects.requireNonNull(metric, "metric");
      Objects.requireNonNull(occurredAt, "occurredAt");
    }
  }

  /** Appends the entries to their tickets' histories. */
  public void record(List<Entry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    try (BulkWrites writes = BulkWrites.open(dataSource)) {
      List<Long> ids = writes.ids("ticket_event_seq", entries.size());
      List<Object[]> rows = new ArrayList<>(entries.size());
      for (int i = 0; i < entries.size(); i++) {
        Entry entry = entries.get(i);
        rows.add(
            new Object[] {
              ids.get(i),
              entry.ticketId(),
              entry.type().name(),
              null,
              entry.occurredAt(),
              entry.metric(),
              null,
              entry.dueAt() == null ? null : entry.dueAt().toString(),
              null,
              Boolean.TRUE,
              null
            });
      }
      writes.insert("ticket_event", COLUMNS, rows);
    }
  }
}
