package org.tierdesk.macro.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.TypedQuery;
import java.util.List;
import org.tierdesk.directory.entity.Person;
import org.tierdesk.macro.control.Placeholders;
import org.tierdesk.macro.entity.CannedResponse;
import org.tierdesk.platform.errors.Conflict;
import org.tierdesk.platform.errors.InvalidInput;
import org.tierdesk.platform.errors.NotFound;
import org.tierdesk.platform.persistence.Page;
import org.tierdesk.ticket.boundary.TicketView;
import org.tierdesk.ticket.boundary.Tickets;

/** Canned responses: the caller's own and the shared ones, and filling one in for a ticket. */
@Stateless
public class CannedResponses extends KitWork {

  /** The placeholder names texts may use, such as {@code requester.name}. */
  public static final List<String> PLACEHOLDERS = Placeholders.NAMES;

  @Inject Tickets tickets;
  @Inject PlaceholderValues placeholders;

  /** A canned response filled in for one ticket, in its requester's language. */
  public record Rendered(String text, String language) {}

  /** The responses the caller may use, by title; {@code text} searches the titles. */
  public Page<CannedResponseView> list(String text, int page, int size) {
    Person me = agent();
    requirePage(page, size);
    String where = " WHERE (c.owner IS NULL OR c.owner = :me)";
    boolean search = text != null && !text.isBlank();
    if (search) {
      where += " AND LOWER(c.title) LIKE :text ESCAPE '\\'";
    }
    TypedQuery<Long> count =
        em.createQuery("SELECT COUNT(c) FROM CannedResponse c" + where, Long.class);
    TypedQuery<CannedResponse> items =
        em.createQuery(
            "SELECT c FROM CannedResponse c" + where + " ORDER BY c.title, c.id",
            CannedResponse.class);
    count.setParameter("me", me);
    items.setParameter("me", me);
    if (search) {
      count.setParameter("text", like(text));
      items.setParameter("text", like(text));
    }
    List<CannedResponseView> views =
        items.setFirstResult(page * size).setMaxResults(size).getResultList().stream()
            .map(CannedResponseView::of)
            .toList();
    return new Page<>(views, count.getSingleResult());
  }

  public CannedResponseView get(long id) {
    return CannedResponseView.of(usable(id));
  }

  public CannedResponseView create(CannedResponseForm form) {
    Person me = agent();
    boolean shared = Boolean.TRUE.equals(form.shared());
    if (shared) {
      requireManageShared();
    }
    CannedResponse response = new CannedResponse(shared ? null : me);
    edit(response, form, me);
    em.persist(response);
    em.flush();
    return CannedResponseView.of(response);
  }

  public CannedResponseView update(long id, CannedResponseForm form) {
    CannedResponse response = manageable(id, form.version());
    edit(response, form, currentUser.person());
    flush(response);
    return CannedResponseView.of(response);
  }

  public void delete(long id, Long version) {
    CannedResponse response = manageable(id, version);
    long usedBy =
        em.createQuery("SELECT COUNT(m) FROM Macro m WHERE m.response = :response", Long.class)
            .setParameter("response", response)
            .getSingleResult();
    if (usedBy > 0) {
      throw new Conflict("macro.response.inUse", response.getTitle(), usedBy);
    }
    em.remove(response);
    flush(response);
  }

  /** The response's text for the ticket's requester, with the placeholders filled in. */
  public Rendered render(long id, long ticketId) {
    CannedResponse response = usable(id);
    TicketView ticket = tickets.get(ticketId);
    return render(response, ticket);
  }

  /** The response filled in for a ticket the caller has read (for {@link Macros}). */
  public Rendered render(CannedResponse response, TicketView ticket) {
    PlaceholderValues.Filled filled = placeholders.of(ticket);
    String text = Placeholders.resolve(response.bodyFor(filled.locale()), filled.values());
    return new Rendered(text, filled.locale().getLanguage());
  }

  /** A response the caller may use: shared, or their own (for {@link Macros}). */
  public CannedResponse usable(long id) {
    Person me = agent();
    CannedResponse response = em.find(CannedResponse.class, id);
    if (response == null || !(response.isShared() || response.isOwnedBy(me))) {
      throw new NotFound("macro.response.notFound", id);
    }
    return response;
  }

  private CannedResponse manageable(long id, Long version) {
    CannedResponse response = usable(id);
    if (response.isShared()) {
      requireManageShared();
    }
    if (version == null) {
      throw new InvalidInput("version", "error.field.required");
    }
    if (version != response.getVersion()) {
      throw stale(response);
    }
    return response;
  }

  private void edit(CannedResponse response, CannedResponseForm form, Person actor) {
    for (String field : List.of("bodyEn", "bodyRu")) {
      String body = field.equals("bodyEn") ? form.bodyEn() : form.bodyRu();
      List<String> unknown = Placeholders.unknownIn(body);
      if (!unknown.isEmpty()) {
        throw new InvalidInput(
            field, "macro.placeholder.unknown", "{" + unknown.get(0) + "}", Placeholders.NAMES);
      }
    }
    response.edit(form.title(), form.bodyEn(), form.bodyRu(), actor, clock.instant());
  }

  private void flush(CannedResponse response) {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw stale(response);
    }
  }

  private static Conflict stale(CannedResponse response) {
    return new Conflict(
        "macro.response.stale",
        response.getTitle(),
        response.getUpdatedBy() == null ? "?" : response.getUpdatedBy().getDisplayName());
  }
}
