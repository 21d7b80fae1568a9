package org.tierdesk.ui.agent;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.tierdesk.macro.boundary.CannedResponses;
import org.tierdesk.macro.boundary.Macros;
import org.tierdesk.platform.errors.TierdeskException;
import org.tierdesk.ticket.boundary.LinkView;
import org.tierdesk.ticket.boundary.TicketRelations;
import org.tierdesk.ticket.boundary.TicketTags;
import org.tierdesk.ticket.boundary.TimeEntries;
import org.tierdesk.ticket.boundary.TimeSheet;
import org.tierdesk.ui.Choices;
import org.tierdesk.ui.Messages;

/**
 * The agent-productivity panel of {@code /agent/ticket.xhtml}: macros, canned responses in the
 * reply box, tags, time spent, and links (related, parent/child, merge). It works on the ticket of
 * the page's {@link TicketBacking}, with the version the agent has seen.
 */
@Named("agentKit")
@ViewScoped
public class TicketKitBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How many macros and canned responses the pickers offer, by name. */
  static final int PICKER_SIZE = 200;

  @Inject TicketBacking page;
  @Inject TicketTags ticketTags;
  @Inject TimeEntries timeEntries;
  @Inject TicketRelations relations;
  @Inject Macros macros;
  @Inject CannedResponses responses;

  private Long loadedFor;
  private long loadedVersion = -1;
  private List<String> tags = new ArrayList<>();
  private TimeSheet timeSheet;
  private List<LinkView> links = List.of();
  private long openChildren;
  private List<Choices.Option> macroOptions;
  private List<Choices.Option> responseOptions;

  private Long macro;
  private Long response;
  private Integer minutes;
  private String note;
  private String linkTicket;
  private String linkRole = LinkView.RELATED;
  private String mergeTarget;
  private String forceReason;

  /** Reads tags, time and links again when the ticket changed since they were read. */
  private void current() {
    if (page.getTicket() == null) {
      return;
    }
    if (page.getId().equals(loadedFor) && page.getSeenVersion() == loadedVersion) {
      return;
    }
    loadedFor = page.getId();
    loadedVersion = page.getSeenVersion();
    tags = new ArrayList<>(page.getTicket().tags());
    timeSheet = timeEntries.of(page.getId(), 0, TimeEntries.MAX_PAGE);
    links = relations.links(page.getId());
    openChildren = links.stream().filter(l -> l.role().equals(LinkView.CHILD) && l.open()).count();
  }

  private void reread() {
    loadedVersion = -1;
    page.reload();
  }

  /** Runs an action; on success the page shows the ticket again and confirms. */
  private boolean run(Supplier<?> action, String confirmationKey) {
    try {
      action.get();
    } catch (TierdeskException e) {
      page.refused(e);
      return false;
    }
    reread();
    Messages.info(confirmationKey, page.getTicket().number());
    return true;
  }

  public void applyMacro() {
    if (macro == null) {
      Messages.errorOn("macro", "error.field.required");
      return;
    }
    if (run(
        () -> macros.apply(macro, page.getId(), page.getSeenVersion()), "ui.kit.macroApplied")) {
      macro = null;
    }
  }

  /** Puts the chosen canned response, filled in for this ticket, into the reply box. */
  public void insertResponse() {
    if (response == null) {
      return;
    }
    try {
      String text = responses.render(response, page.getId()).text();
      String typed = page.getBody();
      page.setBody(typed == null || typed.isBlank() ? text : typed.stripTrailing() + "\n\n" + text);
    } catch (TierdeskException e) {
      Messages.error(e);
    }
    response = null;
  }

  public void saveTags() {
    List<String> wanted = List.copyOf(tags);
    run(() -> ticketTags.replace(page.getId(), wanted, page.getSeenVersion()), "ui.kit.tagsSaved");
  }

  public void logTime() {
    if (run(() -> timeEntries.log(page.getId(), minutes, note), "ui.kit.timeLogged")) {
      minutes = null;
      note = null;
    }
  }

  public void link() {
    if (run(() -> relations.link(page.getId(), linkTicket, linkRole), "ui.kit.linked")) {
      linkTicket = null;
    }
  }

  public void unlink(String number) {
    run(
        () -> {
          relations.unlink(page.getId(), number);
          return null;
        },
        "ui.kit.unlinked");
  }

  public void merge() {
    if (run(
        () -> relations.merge(page.getId(), mergeTarget, page.getSeenVersion()), "ui.kit.merged")) {
      mergeTarget = null;
    }
  }

  public void forceResolution() {
    if (run(
        () -> relations.resolveForced(page.getId(), forceReason, page.getSeenVersion()),
        "ui.kit.forcedResolved")) {
      forceReason = null;
    }
  }

  /** Macros the agent may apply: their own and the shared ones. */
  public List<Choices.Option> getMacroOptions() {
    if (macroOptions == null) {
      macroOptions =
          macros.list(null, 0, PICKER_SIZE).items().stream()
              .map(m -> new Choices.Option(String.valueOf(m.id()), m.name()))
              .toList();
    }
    return macroOptions;
  }

  /** Canned responses the agent may use: their own and the shared ones. */
  public List<Choices.Option> getResponseOptions() {
    if (responseOptions == null) {
      responseOptions =
          responses.list(null, 0, PICKER_SIZE).items().stream()
              .map(r -> new Choices.Option(String.valueOf(r.id()), r.title()))
              .toList();
    }
    return responseOptions;
  }

  public List<String> getRoles() {
    return List.of(LinkView.RELATED, LinkView.PARENT, LinkView.CHILD);
  }

  public List<String> getTags() {
    current();
    return tags;
  }

  public void setTags(List<String> tags) {
    this.tags = tags == null ? new ArrayList<>() : new ArrayList<>(tags);
  }

  public TimeSheet getTimeSheet() {
    current();
    return timeSheet;
  }

  public List<LinkView> getLinks() {
    current();
    return links;
  }

  public long getOpenChildren() {
    current();
    return openChildren;
  }

  /** "1 h 30 min" or "45 min"; negative totals keep their sign. */
  public String duration(long totalMinutes) {
    long hours = totalMinutes / 60;
    long rest = Math.abs(totalMinutes % 60);
    return hours == 0
        ? Messages.text("ui.kit.minutesOnly", totalMinutes)
        : Messages.text("ui.kit.hoursMinutes", hours, rest);
  }

  public Long getMacro() {
    return macro;
  }

  public void setMacro(Long macro) {
    this.macro = macro;
  }

  public Long getResponse() {
    return response;
  }

  public void setResponse(Long response) {
    this.response = response;
  }

  public Integer getMinutes() {
    return minutes;
  }

  public void setMinutes(Integer minutes) {
    this.minutes = minutes;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getLinkTicket() {
    return linkTicket;
  }

  public void setLinkTicket(String linkTicket) {
    this.linkTicket = linkTicket;
  }

  public String getLinkRole() {
    return linkRole;
  }

  public void setLinkRole(String linkRole) {
    this.linkRole = linkRole;
  }

  public String getMergeTarget() {
    return mergeTarget;
  }

  public void setMergeTarget(String mergeTarget) {
    this.mergeTarget = mergeTarget;
  }

  public String getForceReason() {
    return forceReason;
  }

  public void setForceReason(String forceReason) {
    this.forceReason = forceReason;
  }
}
