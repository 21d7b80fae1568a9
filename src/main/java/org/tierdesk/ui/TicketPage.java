package org.tierdesk.ui;

import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.file.UploadedFiles;
import org.tierdesk.platform.errors.AccessDenied;
import org.tierdesk.platform.errors.Conflict;
import org.tierdesk.platform.errors.NotFound;
import org.tierdesk.platform.errors.TierdeskException;
import org.tierdesk.ticket.boundary.TicketDetail;
import org.tierdesk.ticket.boundary.TicketView;
import org.tierdesk.ticket.boundary.Tickets;

/**
 * What the portal's and the agent console's ticket pages share: the ticket with its timeline, the
 * version the person has seen (every change is checked against it, so nobody overwrites a change
 * they have not seen), and the reply form with its attachments.
 */
public abstract class TicketPage implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String FILES_INPUT = "files";

  @Inject protected Tickets tickets;
  @Inject Choices choices;
  @Inject Viewer viewer;

  private String idParameter;
  private Long id;
  private TicketView ticket;
  private long seenVersion;

  /**
   * The timeline lives only as long as the request that shows it (see {@link RequestTimelines}):
   * kept in this view-scoped bean, a long conversation's timeline stayed in memory for each of the
   * session's last views.
   */
  @Inject RequestTimelines timelines;

  /**
   * The newest timeline entry shown with {@link #seenVersion}: the changes made by others since are
   * the entries after it.
   */
  private long newestSeenEntry = Long.MIN_VALUE;

  private boolean stale;
  private String body;
  private transient UploadedFiles upload;
  private final PendingFiles pending = new PendingFiles();

  /** The page's path, to show it again after a change. */
  protected abstract String viewPath();

  /** Whether internal notes appear on this page's timeline. */
  protected abstract boolean showsInternal();

  /** Whether a reply from this page is an internal note. */
  protected abstract boolean isInternalReply();

  /**
   * Resets the page's own forms after the ticket was read again; {@code detail} is what was read (a
   * long conversation is not read twice per page).
   */
  protected void afterRefresh(TicketDetail detail) {}

  /** Reads the ticket when the page opens; an unknown or foreign ticket gets the error page. */
  public void load() throws IOException {
    id = parseId(idParameter);
    if (id == null) {
      sendError(404);
      return;
    }
    try {
      refresh();
    } catch (NotFound e) {
      sendError(404);
    } catch (AccessDenied e) {
      sendError(403);
    }
  }

  /** Shows the ticket as it is now, keeping whatever the person has typed. */
  public void reload() {
    refresh();
  }

  /**
   * Sends the reply (or internal note) and the chosen files. Without text but with files, only the
   * files are attached. A refusal keeps the text and the files for another try.
   */
  public String reply() {
    if (!pending.take(upload, tickets.maxAttachmentBytes(), FILES_INPUT)) {
      return null;
    }
    boolean withText = body != null && !body.isBlank();
    boolean sent = false;
    try {
      if (withText || pending.isEmpty()) {
        sendReply(id, body, isInternalReply(), seenVersion);
        body = null;
        sent = true;
      }
      while (!pending.isEmpty()) {
        PendingFiles.PendingFile file = pending.getFiles().get(0);
        tickets.attach(id, file.name(), file.contentType(), file.open());
        pending.remove(0);
        sent = true;
      }
    } catch (TierdeskException e) {
      refused(e);
      if (sent) {
        refresh();
      }
      return null;
    }
    Messages.flash(
        withText ? (isInternalReply() ? "ui.reply.noted" : "ui.reply.sent") : "ui.files.attached");
    return showAgain();
  }

  /** Sends the reply text; pages may send more with it (the agent's time spent). */
  protected void sendReply(long ticketId, String text, boolean internal, long version) {
    tickets.reply(ticketId, text, internal, version);
  }

  public void removeFile(int index) {
    pending.take(upload, tickets.maxAttachmentBytes(), FILES_INPUT);
    pending.remove(index);
  }

  /** Runs a change of the ticket and shows the ticket again, or explains the refusal. */
  protected void change(Runnable action, String confirmationKey) {
    try {
      action.run();
    } catch (TierdeskException e) {
      refused(e);
      return;
    }
    refresh();
    Messages.info(confirmationKey, ticket.number());
  }

  protected void refused(TierdeskException refusal) {
    Messages.error(refusal);
    if (refusal instanceof Conflict && refusal.messageKey().startsWith("ticket.stale")) {
      stale = true;
    }
  }

  protected String showAgain() {
    return viewPath() + "?faces-redirect=true&id=" + id;
  }

  private void refresh() {
    TicketDetail detail = tickets.detail(id);
    ticket = detail.ticket();
    seenVersion = ticket.version();
    stale = false;
    List<TimelineItem> timeline = timelineOf(detail);
    timelines.keep(id, timeline);
    newestSeenEntry = TimelineItem.newestId(timeline);
    afterRefresh(detail);
  }

  private List<TimelineItem> timelineOf(TicketDetail detail) {
    Map<String, String> people = new HashMap<>();
    people.put(ticket.requester(), ticket.requesterName());
    if (ticket.assignee() != null) {
      people.put(ticket.assignee(), ticket.assigneeName());
    }
    return new Timeline(Messages::text, choices.names(people), viewer::dateTime)
        .of(detail.history(), detail.attachments(), showsInternal());
  }

  static Long parseId(String parameter) {
    if (parameter == null || !parameter.strip().matches("\\d{1,18}")) {
      return null;
    }
    return Long.valueOf(parameter.strip());
  }

  private static void sendError(int status) throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    context.getExternalContext().responseSendError(status, null);
    context.responseComplete();
  }

  public String downloadPath(Long attachmentId) {
    return "/api/v1/tickets/" + id + "/attachments/" + attachmentId;
  }

  public String categoryName() {
    return ticket.category() == null ? "" : choices.categoryName(ticket.category());
  }

  public String lineName() {
    return choices.lineName(ticket.line());
  }

  public Long getId() {
    return id;
  }

  /** The {@code id} request parameter as given; anything but a number finds no ticket. */
  public String getIdParameter() {
    return idParameter;
  }

  public void setIdParameter(String idParameter) {
    this.idParameter = idParameter;
  }

  public TicketView getTicket() {
    return ticket;
  }

  /**
   * The viewer has seen the ticket at this version and its timeline up to this entry (e.g. the
   * changes listed before "send anyway"), so their next change is made on it.
   */
  protected void acknowledge(long version, long newestEntry) {
    seenVersion = version;
    newestSeenEntry = Math.max(newestSeenEntry, newestEntry);
  }

  public long getSeenVersion() {
    return seenVersion;
  }

  /**
   * The timeline as read with the ticket in this request; a response that shows the page without
   * having read the ticket again (a refused change, say) reads the history as it is now.
   */
  public List<TimelineItem> getTimeline() {
    if (ticket == null) {
      return List.of();
    }
    return timelines.of(id, () -> timelineOf(tickets.detail(id)));
  }

  /** The id of the newest timeline entry the viewer has seen (with the version they have seen). */
  public long getNewestSeenEntry() {
    return newestSeenEntry;
  }

  public boolean isStale() {
    return stale;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public UploadedFiles getUpload() {
    return upload;
  }

  public void setUpload(UploadedFiles upload) {
    this.upload = upload;
  }

  public PendingFiles getPending() {
    return pending;
  }
}
