package org.tierdesk.ui.agent;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.tierdesk.platform.errors.TierdeskException;
import org.tierdesk.ticket.boundary.Tickets;

/**
 * The agent console's views with their counts, for the menu; counted once per request (four indexed
 * COUNT queries).
 */
@Named("agentMenu")
@RequestScoped
public class AgentMenu {

  /** The views in menu order; each is a scope of the ticket search. */
  static final List<String> SCOPES =
      List.of("mine", "myQueues", "unassignedInMyLines", "escalatedToMyLines");

  @Inject Tickets tickets;

  private Map<String, Long> counts;

  public List<String> getScopes() {
    return SCOPES;
  }

  public long count(String scope) {
    if (counts == null) {
      try {
        counts = tickets.scopeCounts();
      } catch (TierdeskException e) {
        counts = Map.of();
      }
    }
    return counts.getOrDefault(scope, 0L);
  }
}
