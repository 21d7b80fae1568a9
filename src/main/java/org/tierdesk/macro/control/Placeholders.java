package org.tierdesk.macro.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Placeholders in canned responses and macro replies, such as {@code {requester.name}}: the names
 * that exist, and filling them in. A name that is not known is left as written, so nothing is lost
 * silently; saving a text with an unknown name is refused earlier (see {@link #unknownIn}).
 */
public final class Placeholders {

  public static final String REQUESTER_NAME = "requester.name";
  public static final String TICKET_NUMBER = "ticket.number";
  public static final String TICKET_SUBJECT = "ticket.subject";
  public static final String AGENT_NAME = "agent.name";
  public static final String FIRST_RESPONSE_DUE = "sla.firstResponseDue";
  public static final String RESOLUTION_DUE = "sla.resolutionDue";

  /** Every name a text may use, in the order the screens list them. */
  public static final List<String> NAMES =
      List.of(
          REQUESTER_NAME,
          TICKET_NUMBER,
          TICKET_SUBJECT,
          AGENT_NAME,
          FIRST_RESPONSE_DUE,
          RESOLUTION_DUE);

  private static final Set<String> KNOWN = Set.copyOf(NAMES);
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z.]*)}");

  private Placeholders() {}

  /** The text with every known placeholder replaced by its value (an absent value by ""). */
  public static String resolve(String text, Map<String, String> values) {
    if (text == null) {
      return null;
    }
    Matcher matcher = PLACEHOLDER.matcher(text);
    StringBuilder result = new StringBuilder();
    while (matcher.find()) {
      String name = matcher.group(1);
      String replacement = KNOWN.contains(name) ? values.getOrDefault(name, "") : matcher.group();
      matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(result);
    return result.toString();
  }

  /** The placeholder names in the text that do not exist, in order of appearance. */
  public static List<String> unknownIn(String text) {
    List<String> unknown = new ArrayList<>();
    if (text == null) {
      return unknown;
    }
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      if (!KNOWN.contains(matcher.group(1)) && !unknown.contains(matcher.group(1))) {
        unknown.add(matcher.group(1));
      }
    }
    return unknown;
  }
}
