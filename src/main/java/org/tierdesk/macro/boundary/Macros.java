package org.tierdesk.macro.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.TypedQuery;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tierdesk.directory.boundary.People;
import org.tierdesk.directory.entity.Person;
import org.tierdesk.macro.control.MacroDefinition;
import org.tierdesk.macro.control.MacroPlan;
import org.tierdesk.macro.control.Placeholders;
import org.tierdesk.macro.entity.CannedResponse;
import org.tierdesk.macro.entity.Macro;
import org.tierdesk.platform.errors.Conflict;
import org.tierdesk.platform.errors.Enums;
import org.tierdesk.platform.errors.InvalidInput;
import org.tierdesk.platform.errors.NotFound;
import org.tierdesk.platform.persistence.Page;
import org.tierdesk.routing.boundary.Routing;
import org.tierdesk.ticket.boundary.TicketChange;
import org.tierdesk.ticket.boundary.TicketJournal;
import org.tierdesk.ticket.boundary.TicketTags;
import org.tierdesk.ticket.boundary.TicketView;
import org.tierdesk.ticket.boundary.Tickets;
import org.tierdesk.ticket.entity.Priority;
import org.tierdesk.ticket.entity.Tag;
import org.tierdesk.ticket.entity.TicketStatus;

/**
 * Macros: the caller's own and the shared ones, and applying one to a ticket. An application runs
 * all its actions in one transaction through the ticket component, so each action writes its own
 * history entry, and any refusal (a stale ticket, a status the workflow does not allow) leaves the
 * ticket exactly as it was.
 */
@Stateless
public class Macros extends KitWork {

  /** The agent value that stands for whoever applies the macro. */
  public static final String ME = "@me";

  @Inject Tickets tickets;
  @Inject TicketTags tags;
  @Inject TicketJournal journal;
  @Inject CannedResponses responses;
  @Inject PlaceholderValues placeholders;
  @Inject People people;
  @Inject Routing routing;

  public Page<MacroView> list(String text, int page, int size) {
    Person me = agent();
    requirePage(page, size);
    String where = " WHERE (m.owner IS NULL OR m.owner = :me)";
    boolean search = text != null && !text.isBlank();
    if (search) {
      where += " AND LOWER(m.name) LIKE :text ESCAPE '\\'";
    }
    TypedQuery<Long> count = em.createQuery("SELECT COUNT(m) FROM Macro m" + where, Long.class);
    TypedQuery<Macro> items =
        em.createQuery("SELECT m FROM Macro m" + where + " ORDER BY m.name, m.id", Macro.class);
    count.setParameter("me", me);
    items.setParameter("me", me);
    if (search) {
      count.setParameter("text", like(text));
      items.setParameter("text", like(text));
    }
    List<MacroView> views =
        items.setFirstResult(page * size).setMaxResults(size).getResultList().stream()
            .map(MacroView::of)
            .toList();
    return new Page<>(views, count.getSingleResult());
  }

  public MacroView get(long id) {
    return MacroView.of(usable(id));
  }

  public MacroView create(MacroForm form) {
    Person me = agent();
    boolean shared = Boolean.TRUE.equals(form.shared());
    if (shared) {
      requireManageShared();
    }
    Macro macro = new Macro(shared ? null : me);
    macro.edit(form.name(), actions(form), me, clock.instant());
    em.persist(macro);
    em.flush();
    return MacroView.of(macro);
  }

  public MacroView update(long id, MacroForm form) {
    Macro macro = manageable(id, form.version());
    macro.edit(form.name(), actions(form), currentUser.person(), clock.instant());
    flush(macro);
    return MacroView.of(macro);
  }

  public void delete(long id, Long version) {
    Macro macro = manageable(id, version);
    em.remove(macro);
    flush(macro);
  }

  /**
   * Applies the macro to the ticket as the caller saw it ({@code ticketVersion}; null skips the
   * check). Returns the ticket afterwards.
   */
  public TicketView apply(long macroId, long ticketId, Long ticketVersion) {
    Person me = agent();
    Macro macro = usable(macroId);
    TicketView ticket = tickets.get(ticketId);
    if (ticketVersion != null && ticketVersion != ticket.version()) {
      throw new Conflict(
          "ticket.stale",
          ticket.number(),
          ticket.updatedBy() == null ? "?" : ticket.updatedBy(),
          Date.from(ticket.updatedAt()));
    }
    List<MacroPlan.Step> steps = MacroPlan.plan(definition(macro, ticket, me), state(ticket));
    journal.macroApplied(ticketId, macro.getName());
    for (MacroPlan.Step step : steps) {
      run(ticketId, step);
    }
    return tickets.get(ticketId);
  }

  private void run(long ticketId, MacroPlan.Step step) {
    if (step instanceof MacroPlan.Reply reply) {
      tickets.reply(ticketId, reply.text(), reply.internal(), null);
    } else if (step instanceof MacroPlan.Tags change) {
      tags.change(ticketId, change.add(), change.remove(), null);
    } else if (step instanceof MacroPlan.Priority priority) {
      tickets.change(ticketId, new TicketChange(priority.priority(), null, null, null));
    } else if (step instanceof MacroPlan.Assign assign) {
      tickets.assign(ticketId, assign.agent(), assign.queue(), null, null);
    } else if (step instanceof MacroPlan.Status status
        // The reply may have moved the ticket there already (a first answer starts the work).
        && !tickets.get(ticketId).status().name().equals(status.status())) {
      tickets.transition(ticketId, status.status(), null, null);
    }
  }

  /** The macro's actions for this ticket, with its reply worded for the requester. */
  private MacroDefinition definition(Macro macro, TicketView ticket, Person me) {
    String reply;
    if (macro.getResponse() != null) {
      reply = responses.render(macro.getResponse(), ticket).text();
    } else if (macro.getReplyText() != null) {
      PlaceholderValues.Filled filled = placeholders.of(ticket);
      reply = Placeholders.resolve(macro.getReplyText(), filled.values());
    } else {
      reply = null;
    }
    String agent = ME.equals(macro.getAssignAgent()) ? me.getUsername() : macro.getAssignAgent();
    return new MacroDefinition(
        reply,
        macro.isReplyInternal(),
        macro.getTargetStatus(),
        macro.getTargetPriority(),
        agent,
        macro.getAssignQueue(),
        macro.getAddTags(),
        macro.getRemoveTags());
  }

  private static MacroPlan.TicketState state(TicketView ticket) {
    return new MacroPlan.TicketState(
        ticket.status().name(),
        ticket.priority().name(),
        ticket.assignee(),
        ticket.queue(),
        ticket.tags());
  }

  /** The form's actions, checked: names, codes, usernames, tags and placeholders. */
  private Macro.Actions actions(MacroForm form) {
    CannedResponse response =
        form.cannedResponse() == null ? null : responses.usable(form.cannedResponse());
    if (response != null && form.replyText() != null && !form.replyText().isBlank()) {
      throw new InvalidInput("replyText", "macro.reply.both");
    }
    List<String> unknown = Placeholders.unknownIn(form.replyText());
    if (!unknown.isEmpty()) {
      throw new InvalidInput(
          "replyText", "macro.placeholder.unknown", "{" + unknown.get(0) + "}", Placeholders.NAMES);
    }
    TicketStatus status = Enums.parse("status", TicketStatus.class, form.status());
    Priority priority = Enums.parse("priority", Priority.class, form.priority());
    String queue =
        blank(form.queue()) ? null : routing.queueByCode("queue", form.queue()).getCode();
    String agent = blank(form.agent()) ? null : agentName(form.agent().strip());
    Macro.Actions actions =
        new Macro.Actions(
            response,
            form.replyText(),
            Boolean.TRUE.equals(form.replyInternal()),
            status == null ? null : status.name(),
            priority == null ? null : priority.name(),
            queue,
            agent,
            tagsOf("addTags", form.addTags()),
            tagsOf("removeTags", form.removeTags()));
    boolean noReply = response == null && blank(form.replyText());
    if (noReply
        && status == null
        && priority == null
        && queue == null
        && agent == null
        && actions.addTags().isEmpty()
        && actions.removeTags().isEmpty()) {
      throw new InvalidInput("name", "macro.empty");
    }
    return actions;
  }

  private String agentName(String username) {
    if (ME.equals(username)) {
      return ME;
    }
    Person person =
        people
            .byUsername(username)
            .orElseThrow(() -> new InvalidInput("agent", "person.notFound", username));
    if (!person.isAgent()) {
      throw new InvalidInput("agent", "ticket.assignee.notAgent", username);
    }
    return person.getUsername();
  }

  private static List<String> tagsOf(String field, List<String> given) {
    Set<String> tags = new LinkedHashSet<>();
    if (given != null) {
      given.forEach(tag -> tags.add(Tag.normalise(field, tag)));
    }
    if (tags.size() > Tag.MAX_PER_TICKET) {
      throw new InvalidInput(field, "ticket.tag.tooMany", Tag.MAX_PER_TICKET);
    }
    return List.copyOf(tags);
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private Macro usable(long id) {
    Person me = agent();
    Macro macro = em.find(Macro.class, id);
    if (macro == null || !(macro.isShared() || macro.isOwnedBy(me))) {
      throw new NotFound("macro.notFound", id);
    }
    return macro;
  }

  private Macro manageable(long id, Long version) {
    Macro macro = usable(id);
    if (macro.isShared()) {
      requireManageShared();
    }
    if (version == null) {
      throw new InvalidInput("version", "error.field.required");
    }
    if (version != macro.getVersion()) {
      throw stale(macro);
    }
    return macro;
  }

  private void flush(Macro macro) {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw stale(macro);
    }
  }

  private static Conflict stale(Macro macro) {
    return new Conflict(
        "macro.stale",
        macro.getName(),
        macro.getUpdatedBy() == null ? "?" : macro.getUpdatedBy().getDisplayName());
  }
}
