package org.tierdesk.ticket.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import org.tierdesk.directory.boundary.CurrentUser;
import org.tierdesk.platform.errors.Conflict;
import org.tierdesk.platform.errors.Enums;
import org.tierdesk.platform.errors.InvalidInput;
import org.tierdesk.platform.errors.NotFound;
import org.tierdesk.ticket.entity.Priority;
import org.tierdesk.ticket.entity.SavedFilter;
import org.tierdesk.ticket.entity.TicketStatus;

/**
 * An agent's saved queue filters: personal, by name; saving under a name that exists replaces that
 * filter. Another agent's filter does not exist for the caller (404).
 */
@Stateless
public class SavedFilters {

  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject TicketAccesses accesses;

  /** A saved filter as the console and the API see it. */
  public record View(
      long id,
      String name,
      String status,
      String line,
      String queue,
      String priority,
      String category,
      String assignee,
      String text,
      String sort,
      boolean ascending) {

    static View of(SavedFilter f) {
      return new View(
          f.getId(),
          f.getName(),
          f.getStatus(),
          f.getLine(),
          f.getQueue(),
          f.getPriority(),
          f.getCategory(),
          f.getAssignee(),
          f.getText(),
          f.getSort(),
          f.isAscending());
    }
  }

  /** A filter as saved: a name and the conditions (all optional). */
  public record Form(
      String name,
      String status,
      String line,
      String queue,
      String priority,
      String category,
      String assignee,
      String text,
      String sort,
      Boolean ascending) {}

  public List<View> mine() {
    long me = requireAgent();
    return em
        .createNamedQuery(SavedFilter.OF_OWNER, SavedFilter.class)
        .setParameter("ownerId", me)
        .setMaxResults(SavedFilter.MAX_PER_OWNER)
        .getResultList()
        .stream()
        .map(View::of)
        .toList();
  }

  public View get(long id) {
    return View.of(own(id));
  }

  public View save(Form form) {
    long me = requireAgent();
    if (form == null) {
      throw new InvalidInput("name", "error.field.required");
    }
    String name = text("name", form.name(), SavedFilter.MAX_NAME, true);
    String status = blank(form.status());
    if (status != null && !TicketQuery.ANY_OPEN.equalsIgnoreCase(status)) {
      status = Enums.parse("status", TicketStatus.class, status).name();
    }
    String priority = blank(form.priority());
    if (priority != null) {
      priority = Enums.parse("priority", Priority.class, priority).name();
    }
    String sort = blank(form.sort());
    if (sort != null && !TicketQuery.SORTABLE.contains(sort)) {
      throw new InvalidInput("sort", "error.field.oneOf", TicketQuery.SORTABLE);
    }
    List<SavedFilter> existing =
        em.createNamedQuery(SavedFilter.OF_OWNER, SavedFilter.class)
            .setParameter("ownerId", me)
            .getResultList();
    SavedFilter filter =
        existing.stream().filter(f -> f.getName().equalsIgnoreCase(name)).findFirst().orElse(null);
    if (filter == null) {
      if (existing.size() >= SavedFilter.MAX_PER_OWNER) {
        throw new Conflict("filter.tooMany", SavedFilter.MAX_PER_OWNER);
      }
      filter = new SavedFilter(me, name);
      em.persist(filter);
    }
    filter.define(
        status,
        upper(text("line", form.line(), 40, false)),
        upper(text("queue", form.queue(), 40, false)),
        priority,
        upper(text("category", form.category(), 100, false)),
        text("assignee", form.assignee(), 100, false),
        text("text", form.text(), 200, false),
        sort,
        Boolean.TRUE.equals(form.ascending()));
    em.flush();
    return View.of(filter);
  }

  public void delete(long id) {
    em.remove(own(id));
  }

  private SavedFilter own(long id) {
    long me = requireAgent();
    SavedFilter filter = em.find(SavedFilter.class, id);
    if (filter == null || filter.getOwnerId() != me) {
      throw new NotFound("filter.notFound", id);
    }
    return filter;
  }

  private long requireAgent() {
    accesses.current().requireSupport();
    return currentUser.person().getId();
  }

  private static String text(String field, String value, int max, boolean required) {
    String given = blank(value);
    if (given == null) {
      if (required) {
        throw new InvalidInput(field, "error.field.required");
      }
      return null;
    }
    if (given.length() > max) {
      throw new InvalidInput(field, "error.field.tooLong", max);
    }
    return given;
  }

  private static String upper(String value) {
    return value == null ? null : value.toUpperCase(Locale.ROOT);
  }

  private static String blank(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
