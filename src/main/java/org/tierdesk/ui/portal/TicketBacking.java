package org.tierdesk.ui.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tierdesk.ticket.entity.TicketStatus;
import org.tierdesk.ui.TicketPage;
import org.tierdesk.ui.Viewer;

/**
 * {@code /portal/ticket.xhtml}: the requester's view of their ticket — public timeline, replies,
 * and confirming or rejecting a resolution.
 */
@Named("portalTicket")
@ViewScoped
public class TicketBacking extends TicketPage {

  private static final long serialVersionUID = 1L;

  @Inject Viewer me;

  @Override
  protected String viewPath() {
    return "/portal/ticket.xhtml";
  }

  @Override
  protected boolean showsInternal() {
    return false;
  }

  @Override
  protected boolean isInternalReply() {
    return false;
  }

  public boolean isResolved() {
    return getTicket() != null && getTicket().status() == TicketStatus.RESOLVED;
  }

  /**
   * A colleague's ticket, shown because department tickets are on: to read only, so the page offers
   * no reply and no resolution buttons.
   */
  public boolean isReadOnly() {
    return getTicket() != null && !getTicket().requester().equals(me.getUsername());
  }

  public boolean isClosed() {
    return getTicket() != null && getTicket().status() == TicketStatus.CLOSED;
  }

  /** The requester agrees that the problem is solved. */
  public void confirm() {
    move(TicketStatus.CLOSED, "ui.ticket.confirmed");
  }

  /** The requester says the problem is not solved after all. */
  public void reopen() {
    move(TicketStatus.REOPENED, "ui.ticket.reopened");
  }

  private void move(TicketStatus target, String confirmationKey) {
    change(
        () -> tickets.transition(getId(), target.name(), null, getSeenVersion()), confirmationKey);
  }
}
