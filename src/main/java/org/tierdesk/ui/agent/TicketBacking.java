package org.tierdesk.ui.agent;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.primefaces.PrimeFaces;
import org.tierdesk.directory.boundary.CurrentUser;
import org.tierdesk.platform.errors.TierdeskException;
import org.tierdesk.routing.boundary.Catalog.LineEntry;
import org.tierdesk.routing.boundary.SupportLines;
import org.tierdesk.ticket.boundary.Defects;
import org.tierdesk.ticket.boundary.HistoryEntry;
import org.tierdesk.ticket.boundary.TicketChange;
import org.tierdesk.ticket.boundary.TicketDetail;
import org.tierdesk.ticket.boundary.TicketView;
import org.tierdesk.ticket.boundary.TimeEntries;
import org.tierdesk.ticket.entity.TicketEventType;
import org.tierdesk.ticket.entity.TicketStatus;
import org.tierdesk.ui.Choices;
import org.tierdesk.ui.Messages;
import org.tierdesk.ui.TicketPage;
import org.tierdesk.ui.Timeline;
import org.tierdesk.ui.TimelineItem;
import org.tierdesk.ui.Viewer;

/**
 * {@code /agent/ticket.xhtml}: everything about a ticket and everything an agent does with it —
 * replies and internal notes, status, priority and category, taking ownership.
 */
@Named("agentTicket")
@ViewScoped
public class TicketBacking extends TicketPage {

  private static final long serialVersionUID = 1L;

  @Inject CurrentUser currentUser;
  @Inject SupportLines supportLines;
  @Inject TimeEntries timeEntries;
  @Inject Defects defects;
  @Inject Choices names;
  @Inject Viewer zone;

  private boolean internal;
  private String target;
  private String comment;
  private String priority;
  private String category;
  private String reason;
  private String tried;
  private String instructions;
  private String transferAgent;
  private String transferQueue;
  private String transferComment;
  private List<String> linePath = List.of();
  private Integer replyMinutes;
  private String defectKey;
  private String defectUrl;
  private Defects.Link defect;
  private List<TimelineItem> collisions = List.of();
  private Long collisionVersion;

  @Override
  protected String viewPath() {
    return "/agent/ticket.xhtml";
  }

  @Override
  protected boolean showsInternal() {
    return true;
  }

  @Override
  protected boolean isInternalReply() {
    return internal;
  }

  /** A reply or note with the minutes it took, if the agent entered them (one transaction). */
  @Override
  protected void sendReply(long ticketId, String text, boolean internalNote, long version) {
    timeEntries.replyWithTime(ticketId, text, internalNote, version, replyMinutes);
    replyMinutes = null;
  }

  public Integer getReplyMinutes() {
    return replyMinutes;
  }

  public void setReplyMinutes(Integer replyMinutes) {
    this.replyMinutes = replyMinutes;
  }

  @Override
  protected void afterRefresh(TicketDetail detail) {
    target = null;
    comment = null;
    priority = getTicket().priority().name();
    category = getTicket().category();
    reason = null;
    tried = null;
    instructions = null;
    transferAgent = null;
    transferQueue = null;
    transferComment = null;
    linePath = linePathOf(detail.history(), getTicket().line());
    defectKey = null;
    defectUrl = null;
    defect = defects.linkOf(getId()).orElse(null);
    collisions = List.of();
    collisionVersion = null;
  }

  // External defect (issue 4)

  /** The defect the ticket waits for, or null. */
  public Defects.Link getDefect() {
    return defect;
  }

  /** Whether the ticket's line works with external defects and the ticket can wait for one. */
  public boolean isDefectLinkable() {
    return defect == null
        && getTicket().status().isOpen()
        && getTicket().status() != TicketStatus.WAITING_FOR_DEVELOPMENT
        && names.catalog().line(getTicket().line()).filter(LineEntry::defectLinks).isPresent();
  }

  public void linkDefect() {
    change(() -> defects.link(getId(), defectKey, defectUrl, getSeenVersion()), "ui.defect.linked");
  }

  public void markDefectFixed() {
    if (defect == null) {
      return;
    }
    String key = defect.key();
    change(() -> defects.markFixed(key), "ui.defect.fixed");
  }

  public String getDefectKey() {
    return defectKey;
  }

  public void setDefectKey(String defectKey) {
    this.defectKey = defectKey;
  }

  public String getDefectUrl() {
    return defectUrl;
  }

  public void setDefectUrl(String defectUrl) {
    this.defectUrl = defectUrl;
  }

  // Collision detection: a reply on a ticket someone changed meanwhile warns before sending.

  /**
   * Before the reply goes out: has anyone changed the ticket since it was shown? If so, the changes
   * (what and who) are listed and the page asks "send anyway" or "reload"; the typed text stays in
   * the form either way.
   */
  public void checkBeforeSend() {
    boolean changed;
    try {
      TicketView now = tickets.get(getId());
      changed = now.version() != getSeenVersion();
      if (changed) {
        long newestSeen = getNewestSeenEntry();
        // The changes and the version they lead to, read together.
        TicketDetail latest = tickets.detail(getId());
        List<TimelineItem> all =
            new Timeline(Messages::text, names.names(java.util.Map.of()), zone::dateTime)
                .of(latest.history(), latest.attachments(), true);
        collisions = all.stream().filter(item -> item.id() > newestSeen).toList();
        collisionVersion = latest.ticket().version();
      }
    } catch (TierdeskException e) {
      Messages.error(e);
      changed = false;
    }
    PrimeFaces.current().ajax().addCallbackParam("changed", changed);
  }

  /** The changes made by others since the page was shown (after {@link #checkBeforeSend}). */
  public List<TimelineItem> getCollisions() {
    return collisions;
  }

  /** Sends the reply although the ticket changed: the agent has seen the changes listed. */
  public String sendAnyway() {
    if (collisionVersion != null) {
      acknowledge(collisionVersion, TimelineItem.newestId(collisions));
    }
    return reply();
  }

  /**
   * The lines the ticket went through, oldest first, from its LINE_CHANGED history: where it
   * started (the first change's old line) and every line it was moved to since.
   */
  static List<String> linePathOf(List<HistoryEntry> history, String currentLine) {
    List<HistoryEntry> moves =
        history.stream().filter(e -> e.type() == TicketEventType.LINE_CHANGED).toList();
    if (moves.isEmpty()) {
      return List.of(currentLine);
    }
    List<String> path = new ArrayList<>();
    path.add(moves.get(0).oldValue());
    moves.forEach(move -> path.add(move.newValue()));
    return List.copyOf(path);
  }

  public List<String> getLinePath() {
    return linePath;
  }

  /** Whether the ticket's line has a next line to escalate to. */
  public boolean isEscalatable() {
    return nextLineOf(getTicket().line()) != null;
  }

  private String nextLineOf(String code) {
    return names.catalog().line(code).map(LineEntry::nextLine).orElse(null);
  }

  /** The ticket's queue by name, in the viewer's language. */
  public String queueName() {
    return getLineQueues().stream()
        .filter(q -> q.value().equals(getTicket().queue()))
        .map(Choices.Option::label)
        .findFirst()
        .orElse(getTicket().queue());
  }

  /** The queues of the ticket's line, for transfers. */
  public List<Choices.Option> getLineQueues() {
    Locale locale = Messages.locale();
    return names.catalog().queuesOf(getTicket().line()).stream()
        .map(q -> new Choices.Option(q.code(), q.name(locale)))
        .toList();
  }

  /** The agents of the ticket's line, for transfers. */
  public List<Choices.Option> getLineAgents() {
    return supportLines.memberNames(getTicket().line()).entrySet().stream()
        .sorted(Map.Entry.comparingByValue())
        .map(e -> new Choices.Option(e.getKey(), e.getValue()))
        .toList();
  }

  /** A refused routing action keeps its dialog open, with the reason next to the field. */
  @Override
  protected void refused(TierdeskException refusal) {
    super.refused(refusal);
    FacesContext.getCurrentInstance().validationFailed();
  }

  public void escalate() {
    change(
        () -> tickets.escalate(getId(), reason, tried, getSeenVersion()), "ui.routing.escalated");
  }

  public void returnToPreviousLine() {
    change(
        () -> tickets.returnToPreviousLine(getId(), instructions, getSeenVersion()),
        "ui.routing.returned");
  }

  public void transfer() {
    change(
        () ->
            tickets.assign(
                getId(), transferAgent, transferQueue, transferComment, getSeenVersion()),
        "ui.routing.transferred");
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getTried() {
    return tried;
  }

  public void setTried(String tried) {
    this.tried = tried;
  }

  public String getInstructions() {
    return instructions;
  }

  public void setInstructions(String instructions) {
    this.instructions = instructions;
  }

  public String getTransferAgent() {
    return transferAgent;
  }

  public void setTransferAgent(String transferAgent) {
    this.transferAgent = transferAgent;
  }

  public String getTransferQueue() {
    return transferQueue;
  }

  public void setTransferQueue(String transferQueue) {
    this.transferQueue = transferQueue;
  }

  public String getTransferComment() {
    return transferComment;
  }

  public void setTransferComment(String transferComment) {
    this.transferComment = transferComment;
  }

  /** The statuses the workflow allows from here, in workflow order. */
  public List<TicketStatus> getNextStatuses() {
    return getTicket().status().next().stream()
        .sorted(Comparator.comparing(TicketStatus::ordinal))
        .toList();
  }

  public boolean isMine() {
    return currentUser.person().getUsername().equals(getTicket().assignee());
  }

  public void take() {
    change(() -> tickets.take(getId(), getSeenVersion()), "ui.ticket.taken");
  }

  public void transition() {
    if (target == null || target.isBlank()) {
      Messages.errorOn("to", "error.field.required");
      return;
    }
    change(
        () -> tickets.transition(getId(), target, comment, getSeenVersion()),
        "ui.ticket.statusChanged");
  }

  /** Saves priority and category; only what the agent actually changed is sent. */
  public void saveFields() {
    String newPriority = priority.equals(getTicket().priority().name()) ? null : priority;
    String newCategory =
        Objects.equals(category, getTicket().category())
            ? null
            : Objects.requireNonNullElse(category, "");
    if (newPriority == null && newCategory == null) {
      Messages.info("ui.ticket.unchanged");
      return;
    }
    change(
        () ->
            tickets.change(
                getId(), new TicketChange(newPriority, newCategory, null, getSeenVersion())),
        "ui.ticket.saved");
  }

  public boolean isInternal() {
    return internal;
  }

  public void setInternal(boolean internal) {
    this.internal = internal;
  }

  public String getTarget() {
    return target;
  }

  public void setTarget(String target) {
    this.target = target;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public String getPriority() {
    return priority;
  }

  public void setPriority(String priority) {
    this.priority = priority;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }
}
