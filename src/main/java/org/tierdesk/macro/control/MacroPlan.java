package org.tierdesk.macro.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Turns a macro into the ticket actions to run, in an order that makes sense for the ticket: the
 * reply first (it may start the work), then tags, priority and assignment, and the status last (so
 * "reply and resolve" resolves after replying). Actions that would change nothing are left out, so
 * that applying a macro twice does not fail on "nothing to change".
 */
public final class MacroPlan {

  /** The parts of a ticket the plan compares with; tags lower case. */
  public record TicketState(
      String status, String priority, String assignee, String queue, List<String> tags) {

    public TicketState {
      tags = tags == null ? List.of() : List.copyOf(tags);
    }
  }

  /** One action on the ticket. */
  public sealed interface Step {}

  public record Reply(String text, boolean internal) implements Step {}

  public record Tags(List<String> add, List<String> remove) implements Step {}

  public record Priority(String priority) implements Step {}

  public record Assign(String agent, String queue) implements Step {}

  public record Status(String status) implements Step {}

  private MacroPlan() {}

  /**
   * @throws IllegalArgumentException if the macro does nothing at all (the boundary refuses such a
   *     macro when it is saved)
   */
  public static List<Step> plan(MacroDefinition macro, TicketState ticket) {
    if (macro.isEmpty()) {
      throw new IllegalArgumentException("A macro without actions");
    }
    List<Step> steps = new ArrayList<>();
    if (!MacroDefinition.blank(macro.reply())) {
      steps.add(new Reply(macro.reply().strip(), macro.replyInternal()));
    }
    List<String> add =
        macro.addTags().stream().filter(tag -> !ticket.tags().contains(tag)).distinct().toList();
    List<String> remove =
        macro.removeTags().stream()
            .filter(tag -> ticket.tags().contains(tag) && !add.contains(tag))
            .distinct()
            .toList();
    if (!add.isEmpty() || !remove.isEmpty()) {
      steps.add(new Tags(add, remove));
    }
    if (!MacroDefinition.blank(macro.priority()) && !macro.priority().equals(ticket.priority())) {
      steps.add(new Priority(macro.priority()));
    }
    String agent = MacroDefinition.blank(macro.agent()) ? null : macro.agent();
    String queue = MacroDefinition.blank(macro.queue()) ? null : macro.queue();
    boolean newAgent = agent != null && !agent.equals(ticket.assignee());
    boolean newQueue = queue != null && !queue.equals(ticket.queue());
    if (newAgent || newQueue) {
      // A queue already in place is not sent again: moving to it would give the ticket back.
      steps.add(new Assign(agent, newQueue ? queue : null));
    }
    if (!MacroDefinition.blank(macro.status())
        && !Objects.equals(macro.status(), ticket.status())) {
      steps.add(new Status(macro.status()));
    }
    return List.copyOf(steps);
  }
}
