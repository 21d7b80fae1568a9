package org.tierdesk.platform.errors;

import java.util.Arrays;
import java.util.Locale;

/** Reads an enum constant from request text, naming the field when the text is not one. */
public final class Enums {

  private Enums() {}

  public static <E extends Enum<E>> E parse(String field, Class<E> type, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInput(field, "error.field.oneOf", Arrays.toString(type.getEnumConstants()));
    }
  }
}
