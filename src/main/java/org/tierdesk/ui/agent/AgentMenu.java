package org.tierdesk.ui.agent;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.tierdesk.platform.errors.TierdeskException;
import org.tierdesk.platform.persistence.Page;
import org.tierdesk.ticket.boundary.Tickets;
import org.tierdesk.ui.Messages;

/**
 * The agent console's views with their counts, for the menu; read once per request, each counted up
 * to {@link Page#COUNT_LIMIT} (an indexed query that reads at most that many ids), so a view of
 * more tickets shows "more than 1,000". The counts are kept for a few seconds per view and drop as
 * soon as a ticket changes on this node (see {@code ticket.control.ScopeCounts}).
 */
@Named("agentMenu")
@RequestScoped
public class AgentMenu {

  /** The views in menu order; each is a scope of the ticket search. */
  static final List<String> SCOPES =
      List.of("mine", "myQueues", "unassignedInMyLines", "escalatedToMyLines");

  @Inject Tickets tickets;

  private Map<String, Page.Count> counts;

  public List<String> getScopes() {
    return SCOPES;
  }

  public long count(String scope) {
    return counted(scope).value();
  }

  /** The count as the menu shows it: the number, or "more than 1,000" beyond the bound. */
  public String label(String scope) {
    return label(counted(scope));
  }

  static String label(Page.Count count) {
    return count.exact()
        ? String.valueOf(count.value())
        : Messages.text("ui.count.moreThan", count.value());
  }

  private Page.Count counted(String scope) {
    if (counts == null) {
      try {
        counts = tickets.scopeCounts();
      } catch (TierdeskException e) {
        counts = Map.of();
      }
    }
    return counts.getOrDefault(scope, new Page.Count(0, true));
  }
}
