package org.tierdesk.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.Map;
import org.tierdesk.directory.entity.Role;
import org.tierdesk.ticket.entity.Channel;
import org.tierdesk.ticket.entity.Priority;
import org.tierdesk.ticket.entity.TicketEventType;
import org.tierdesk.ticket.entity.TicketStatus;

/**
 * Names of enum values as people read them, from the bundles: {@code status.NEW}, {@code
 * priority.HIGH}, {@code channel.EMAIL}, {@code event.REPLY}. Views use it as {@code
 * #{labels.of(ticket.status())}}.
 */
@Named
@ApplicationScoped
public class Labels {

  private static final Map<Class<?>, String> PREFIXES =
      Map.of(
          TicketStatus.class, "status",
          Priority.class, "priority",
          Channel.class, "channel",
          TicketEventType.class, "event",
          Role.class, "role");

  public String of(Enum<?> value) {
    return value == null ? "" : Messages.text(keyOf(value));
  }

  /** Bundle text with one argument, for attributes that cannot hold h:outputFormat. */
  public String text(String key, Object argument) {
    return Messages.text(key, argument);
  }

  public static String keyOf(Enum<?> value) {
    String prefix = PREFIXES.get(value.getDeclaringClass());
    if (prefix == null) {
      String simple = value.getDeclaringClass().getSimpleName();
      prefix = simple.substring(0, 1).toLowerCase(Locale.ROOT) + simple.substring(1);
    }
    return prefix + "." + value.name();
  }
}
