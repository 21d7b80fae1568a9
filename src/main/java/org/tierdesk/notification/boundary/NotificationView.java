package org.tierdesk.notification.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.tierdesk.notification.entity.Notification;
import org.tierdesk.platform.i18n.Texts;

/**
 * A notification as its reader sees it: the text in the reader's language, and the key and
 * arguments it was made from (for screens that render it differently).
 */
public record NotificationView(
    long id,
    Long ticketId,
    String text,
    String messageKey,
    List<String> arguments,
    Instant createdAt,
    Instant deliverAfter,
    Instant readAt)
    implements Serializable {

  public NotificationView {
    arguments = List.copyOf(arguments);
  }

  static NotificationView of(Notification notification, Locale locale) {
    List<String> arguments = notification.arguments();
    return new NotificationView(
        notification.getId(),
        notification.getTicketId(),
        Texts.format(locale, notification.getMessageKey(), arguments.toArray()),
        notification.getMessageKey(),
        arguments,
        notification.getCreatedAt(),
        notification.getDeliverAfter(),
        notification.getReadAt());
  }
}
