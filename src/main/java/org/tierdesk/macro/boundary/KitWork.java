package org.tierdesk.macro.boundary;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Locale;
import org.tierdesk.directory.boundary.CurrentUser;
import org.tierdesk.directory.entity.Person;
import org.tierdesk.directory.entity.Role;
import org.tierdesk.platform.errors.AccessDenied;
import org.tierdesk.platform.errors.InvalidInput;
import org.tierdesk.routing.boundary.SupportLines;

/**
 * Who may use and manage canned responses and macros: agents use their own and the shared ones;
 * shared ones are managed by admins and line leads. Another agent's personal items are not found,
 * as if they did not exist.
 */
abstract class KitWork {

  static final int MAX_PAGE = 200;

  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject SupportLines lines;
  @Inject Clock clock;

  Person agent() {
    if (!currentUser.isSupport()) {
      throw new AccessDenied("error.supportOnly");
    }
    return currentUser.person();
  }

  /** Admins, and leads of any line. */
  boolean mayManageShared() {
    Person me = agent();
    return currentUser.is(Role.ADMIN)
        || lines.all().stream()
            .anyMatch(line -> line.getLeads().stream().anyMatch(p -> p.getId().equals(me.getId())));
  }

  void requireManageShared() {
    if (!mayManageShared()) {
      throw new AccessDenied("macro.shared.leadsOnly");
    }
  }

  static void requirePage(int page, int size) {
    if (page < 0) {
      throw new InvalidInput("page", "error.field.notNegative");
    }
    if (size < 1 || size > MAX_PAGE) {
      throw new InvalidInput("size", "error.field.range", 1, MAX_PAGE);
    }
  }

  static String like(String text) {
    String escaped =
        text.strip()
            .toLowerCase(Locale.ROOT)
            .replace("\\", "\\\\")
            .replace("%", "\\%")
            .replace("_", "\\_");
    return "%" + escaped + "%";
  }
}
