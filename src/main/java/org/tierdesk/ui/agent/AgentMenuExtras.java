package org.tierdesk.ui.agent;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.tierdesk.platform.errors.TierdeskException;
import org.tierdesk.ticket.boundary.Defects;
import org.tierdesk.ticket.boundary.SavedFilters;

/**
 * The agent menu's entries of issue 4: "waiting for development" with its count, and the agent's
 * saved filters. Read once per request.
 */
@Named("agentMenuExtras")
@RequestScoped
public class AgentMenuExtras {

  @Inject Defects defects;
  @Inject SavedFilters savedFilters;

  private Long waiting;
  private List<SavedFilters.View> filters;

  public long getWaitingCount() {
    if (waiting == null) {
      try {
        waiting = defects.waitingCount();
      } catch (TierdeskException e) {
        waiting = 0L;
      }
    }
    return waiting;
  }

  public List<SavedFilters.View> getSavedFilters() {
    if (filters == null) {
      try {
        filters = savedFilters.mine();
      } catch (TierdeskException e) {
        filters = List.of();
      }
    }
    return filters;
  }
}
