package org.tierdesk.ui.agent;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.tierdesk.platform.errors.TierdeskException;
import org.tierdesk.ticket.boundary.Presence;

/**
 * Who else has the ticket open (collision detection): the agent ticket page says "still here" every
 * ten seconds (a PrimeFaces poll) and shows the other agents it hears of.
 */
@Named("ticketPresence")
@ViewScoped
public class PresenceBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Presence presence;
  @Inject TicketBacking ticket;

  private List<Presence.Viewer> others;

  /** The heartbeat: the poll calls it, the first rendering too. */
  public void beat() {
    Long id = ticket.getId();
    if (id == null) {
      others = List.of();
      return;
    }
    try {
      others = presence.heartbeat(id);
    } catch (TierdeskException e) {
      others = List.of();
    }
  }

  public List<Presence.Viewer> getOthers() {
    if (others == null) {
      beat();
    }
    return others;
  }

  /** The others' names, for the notice. */
  public String getNames() {
    return String.join(", ", getOthers().stream().map(Presence.Viewer::displayName).toList());
  }
}
