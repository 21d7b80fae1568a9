package org.tierdesk.macro.entity;

import org.tierdesk.platform.errors.InvalidInput;

/** Checks of the texts people type into canned responses and macros. */
final class FormText {

  private FormText() {}

  static String required(String field, String value, int max) {
    String text = optional(field, value, max);
    if (text == null) {
      throw new InvalidInput(field, "error.field.required");
    }
    return text;
  }

  static String optional(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    if (text.length() > max) {
      throw new InvalidInput(field, "error.field.tooLong", max);
    }
    return text;
  }
}
