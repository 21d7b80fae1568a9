package org.tierdesk.ui.admin;

import java.util.ArrayList;
import java.util.List;
import org.tierdesk.platform.errors.Conflict;
import org.tierdesk.platform.errors.TierdeskException;
import org.tierdesk.ui.Messages;

/**
 * How the routing admin screens save: the boundary validates (its errors name the field, shown next
 * to it), a stale edit says who changed it and offers a reload, success is confirmed.
 */
final class AdminEdits {

  private AdminEdits() {}

  /** A save that returns what was saved; null when refused (the reason is on the page). */
  @FunctionalInterface
  interface Save<T> {
    T run();
  }

  /** Runs the save; {@code onStale} runs when someone else changed the item meanwhile. */
  static <T> T save(Save<T> save, Runnable onStale, String confirmKey, Object... arguments) {
    try {
      T saved = save.run();
      Messages.info(confirmKey, arguments);
      return saved;
    } catch (TierdeskException e) {
      Messages.error(e);
      if (e instanceof Conflict && "routing.admin.stale".equals(e.messageKey())) {
        onStale.run();
      }
      return null;
    }
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  static List<String> copy(List<String> values) {
    return values == null ? new ArrayList<>() : new ArrayList<>(values);
  }
}
