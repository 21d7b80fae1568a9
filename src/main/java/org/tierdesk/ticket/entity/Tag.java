package org.tierdesk.ticket.entity;

import java.util.Locale;
import java.util.regex.Pattern;
import org.tierdesk.platform.errors.InvalidInput;

/**
 * Tag names as tickets keep them: lower case, inner spaces as hyphens, letters (any alphabet),
 * digits, '-', '_' and '.'; so that "VPN Client" and "vpn-client" are the same tag.
 */
public final class Tag {

  public static final int MAX_LENGTH = 50;
  public static final int MAX_PER_TICKET = 20;
  private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{N}_.-]+");

  private Tag() {}

  /** The normalised tag, or an {@link InvalidInput} on {@code field} naming the problem. */
  public static String normalise(String field, String given) {
    if (given == null || given.isBlank()) {
      throw new InvalidInput(field, "error.field.required");
    }
    String tag = given.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
    if (tag.length() > MAX_LENGTH) {
      throw new InvalidInput(field, "error.field.tooLong", MAX_LENGTH);
    }
    if (!ALLOWED.matcher(tag).matches()) {
      throw new InvalidInput(field, "ticket.tag.invalid", given.strip());
    }
    return tag;
  }
}
