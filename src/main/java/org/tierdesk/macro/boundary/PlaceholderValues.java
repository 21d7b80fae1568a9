package org.tierdesk.macro.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.tierdesk.directory.boundary.CurrentUser;
import org.tierdesk.directory.boundary.People;
import org.tierdesk.directory.entity.Person;
import org.tierdesk.macro.control.Placeholders;
import org.tierdesk.platform.i18n.Texts;
import org.tierdesk.ticket.boundary.TicketView;

/**
 * The values of the placeholders for one ticket, worded for its requester: their language picks the
 * text, their time zone the due times.
 */
@Dependent
public class PlaceholderValues {

  @Inject People people;
  @Inject CurrentUser currentUser;

  /** The requester's language and the values, ready for {@link Placeholders#resolve}. */
  public record Filled(Locale locale, Map<String, String> values) {}

  public Filled of(TicketView ticket) {
    Person requester = people.byUsername(ticket.requester()).orElse(null);
    Locale locale =
        Texts.supported(
            requester == null || requester.getLocale() == null
                ? null
                : Locale.forLanguageTag(requester.getLocale()));
    ZoneId zone = zoneOf(requester);
    Map<String, String> values = new HashMap<>();
    values.put(Placeholders.REQUESTER_NAME, ticket.requesterName());
    values.put(Placeholders.TICKET_NUMBER, ticket.number());
    values.put(Placeholders.TICKET_SUBJECT, ticket.subject());
    values.put(Placeholders.AGENT_NAME, currentUser.person().getDisplayName());
    TicketView.Sla sla = ticket.sla();
    values.put(
        Placeholders.FIRST_RESPONSE_DUE,
        due(sla == null ? null : sla.firstResponse(), locale, zone));
    values.put(
        Placeholders.RESOLUTION_DUE, due(sla == null ? null : sla.resolution(), locale, zone));
    return new Filled(locale, values);
  }

  private static String due(TicketView.Clock clock, Locale locale, ZoneId zone) {
    Instant at = clock == null ? null : clock.dueAt();
    if (at == null) {
      return Texts.format(locale, "macro.placeholder.noDue");
    }
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(locale)
            .withZone(zone)
            .format(at)
        + " ("
        + zone.getDisplayName(TextStyle.SHORT, locale)
        + ")";
  }

  private static ZoneId zoneOf(Person person) {
    if (person == null || person.getTimeZone() == null) {
      return ZoneOffset.UTC;
    }
    try {
      return ZoneId.of(person.getTimeZone());
    } catch (DateTimeException e) {
      return ZoneOffset.UTC;
    }
  }
}
