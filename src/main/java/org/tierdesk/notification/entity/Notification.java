package org.tierdesk.notification.entity;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A message for one person. The text is a bundle key with string arguments, rendered in the
 * reader's language when read; it is shown from {@code deliverAfter} on, until read.
 */
@Entity
@Table(name = "notification")
@NamedQuery(
    name = Notification.UNREAD_OF,
    query =
        "SELECT n FROM Notification n WHERE n.recipientId = :recipientId AND n.readAt IS NULL"
            + " AND n.deliverAfter <= :now ORDER BY n.deliverAfter DESC, n.id DESC")
@NamedQuery(
    name = Notification.COUNT_UNREAD_OF,
    query =
        "SELECT COUNT(n) FROM Notification n WHERE n.recipientId = :recipientId"
            + " AND n.readAt IS NULL AND n.deliverAfter <= :now")
@NamedQuery(
    name = Notification.OF_TICKET,
    query = "SELECT n FROM Notification n WHERE n.ticketId = :ticketId ORDER BY n.id")
public class Notification {

  public static final String UNREAD_OF = "Notification.unreadOf";
  public static final String COUNT_UNREAD_OF = "Notification.countUnreadOf";
  public static final String OF_TICKET = "Notification.ofTicket";
  static final int MAX_ARGS_LENGTH = 2000;

  /**
   * Looked up once: every {@code Json.createXxx} call looks the provider up again through the
   * ServiceLoader (and OSGi in Payara), which costs milliseconds, per notification, in the sweep.
   */
  private static final JsonProvider JSON = JsonProvider.provider();

  @Id
  @SequenceGenerator(
      name = "notification_seq",
      sequenceName = "notification_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
  private Long id;

  @Column(name = "recipient_id", nullable = false, updatable = false)
  private long recipientId;

  @Column(name = "ticket_id", updatable = false)
  private Long ticketId;

  @Column(name = "message_key", nullable = false, updatable = false, length = 100)
  private String messageKey;

  @Column(name = "message_args", nullable = false, updatable = false, length = MAX_ARGS_LENGTH)
  private String messageArgs;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "deliver_after", nullable = false, updatable = false)
  private Instant deliverAfter;

  @Column(name = "read_at")
  private Instant readAt;

  protected Notification() {}

  public Notification(
      long recipientId,
      Long ticketId,
      String messageKey,
      List<String> arguments,
      Instant createdAt,
      Instant deliverAfter) {
    this.recipientId = recipientId;
    this.ticketId = ticketId;
    this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
    this.messageArgs = encodeArguments(arguments);
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    this.deliverAfter = deliverAfter == null ? createdAt : deliverAfter;
  }

  public void markRead(Instant now) {
    if (readAt == null) {
      readAt = now;
    }
  }

  /** Arguments are kept as a JSON array of strings, so any text survives the round trip. */
  public static String encodeArguments(List<String> arguments) {
    JsonArrayBuilder array = JSON.createArrayBuilder();
    arguments.forEach(argument -> array.add(argument == null ? "" : argument));
    String json = array.build().toString();
    if (json.length() > MAX_ARGS_LENGTH) {
      throw new IllegalArgumentException("Notification arguments too long: " + json.length());
    }
    return json;
  }

  public List<String> arguments() {
    try (JsonReader reader = JSON.createReader(new StringReader(messageArgs))) {
      return reader.readArray().getValuesAs(JsonString.class).stream()
          .map(JsonString::getString)
          .toList();
    }
  }

  public Long getId() {
    return id;
  }

  public long getRecipientId() {
    return recipientId;
  }

  public Long getTicketId() {
    return ticketId;
  }

  public String getMessageKey() {
    return messageKey;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getDeliverAfter() {
    return deliverAfter;
  }

  public Instant getReadAt() {
    return readAt;
  }
}
