package org.tierdesk.ui.agent;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.tierdesk.macro.boundary.CannedResponseForm;
import org.tierdesk.macro.boundary.CannedResponseView;
import org.tierdesk.macro.boundary.CannedResponses;
import org.tierdesk.macro.boundary.MacroForm;
import org.tierdesk.macro.boundary.MacroView;
import org.tierdesk.macro.boundary.Macros;
import org.tierdesk.platform.errors.TierdeskException;
import org.tierdesk.platform.persistence.Page;
import org.tierdesk.ui.Choices;
import org.tierdesk.ui.Messages;

/**
 * {@code /agent/kit.xhtml}: the agent's canned responses and macros, their own and the shared ones
 * (which admins and line leads manage). Both lists are paged in the database.
 */
@Named("kit")
@ViewScoped
public class KitBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CannedResponses responses;
  @Inject Macros macros;
  @Inject Choices choices;

  private final PagedList<CannedResponseView> responseList =
      new PagedList<>(this::responsePage, r -> String.valueOf(r.id()));
  private final PagedList<MacroView> macroList =
      new PagedList<>(this::macroPage, m -> String.valueOf(m.id()));

  // The canned response being edited (id null: a new one).
  private Long responseId;
  private Long responseVersion;
  private String title;
  private String bodyEn;
  private String bodyRu;
  private boolean responseShared;

  // The macro being edited (id null: a new one).
  private Long macroId;
  private Long macroVersion;
  private String name;
  private boolean macroShared;
  private Long cannedResponse;
  private String replyText;
  private boolean replyInternal;
  private String status;
  private String priority;
  private String queue;
  private String agent;
  private String addTags;
  private String removeTags;

  private Page<CannedResponseView> responsePage(int page, int size) {
    try {
      return responses.list(null, page, size);
    } catch (TierdeskException e) {
      Messages.error(e);
      return new Page<>(List.of(), 0);
    }
  }

  private Page<MacroView> macroPage(int page, int size) {
    try {
      return macros.list(null, page, size);
    } catch (TierdeskException e) {
      Messages.error(e);
      return new Page<>(List.of(), 0);
    }
  }

  public void newResponse() {
    responseId = null;
    responseVersion = null;
    title = null;
    bodyEn = null;
    bodyRu = null;
    responseShared = false;
  }

  public void editResponse(CannedResponseView response) {
    responseId = response.id();
    responseVersion = response.version();
    title = response.title();
    bodyEn = response.bodyEn();
    bodyRu = response.bodyRu();
    responseShared = response.shared();
  }

  public void saveResponse() {
    CannedResponseForm form =
        new CannedResponseForm(title, bodyEn, bodyRu, responseShared, responseVersion);
    try {
      CannedResponseView saved =
          responseId == null ? responses.create(form) : responses.update(responseId, form);
      Messages.info("ui.kit.responseSaved", saved.title());
    } catch (TierdeskException e) {
      refused(e);
    }
  }

  public void deleteResponse(CannedResponseView response) {
    try {
      responses.delete(response.id(), response.version());
      Messages.info("ui.kit.responseDeleted", response.title());
    } catch (TierdeskException e) {
      Messages.error(e);
    }
  }

  public void newMacro() {
    macroId = null;
    macroVersion = null;
    name = null;
    macroShared = false;
    cannedResponse = null;
    replyText = null;
    replyInternal = false;
    status = null;
    priority = null;
    queue = null;
    agent = null;
    addTags = null;
    removeTags = null;
  }

  public void editMacro(MacroView macro) {
    macroId = macro.id();
    macroVersion = macro.version();
    name = macro.name();
    macroShared = macro.shared();
    cannedResponse = macro.cannedResponse();
    replyText = macro.replyText();
    replyInternal = macro.replyInternal();
    status = macro.status();
    priority = macro.priority();
    queue = macro.queue();
    agent = macro.agent();
    addTags = String.join(", ", macro.addTags());
    removeTags = String.join(", ", macro.removeTags());
  }

  public void saveMacro() {
    MacroForm form =
        new MacroForm(
            name,
            macroShared,
            cannedResponse,
            replyText,
            replyInternal,
            status,
            priority,
            queue,
            agent,
            split(addTags),
            split(removeTags),
            macroVersion);
    try {
      MacroView saved = macroId == null ? macros.create(form) : macros.update(macroId, form);
      Messages.info("ui.kit.macroSaved", saved.name());
    } catch (TierdeskException e) {
      refused(e);
    }
  }

  public void deleteMacro(MacroView macro) {
    try {
      macros.delete(macro.id(), macro.version());
      Messages.info("ui.kit.macroDeleted", macro.name());
    } catch (TierdeskException e) {
      Messages.error(e);
    }
  }

  /** A refused save keeps its dialog open, with the reason next to the field. */
  private static void refused(TierdeskException refusal) {
    Messages.error(refusal);
    FacesContext.getCurrentInstance().validationFailed();
  }

  static List<String> split(String tags) {
    if (tags == null || tags.isBlank()) {
      return List.of();
    }
    return Arrays.stream(tags.split("[,;]")).map(String::strip).filter(t -> !t.isEmpty()).toList();
  }

  public String getPlaceholderNames() {
    return String.join(
        "  ", CannedResponses.PLACEHOLDERS.stream().map(n -> "{" + n + "}").toList());
  }

  /** Canned responses to pick a macro's reply from. */
  public List<Choices.Option> getResponseOptions() {
    return responses.list(null, 0, TicketKitBacking.PICKER_SIZE).items().stream()
        .map(r -> new Choices.Option(String.valueOf(r.id()), r.title()))
        .toList();
  }

  /** Every queue, by line. */
  public List<Choices.Option> getQueueOptions() {
    Locale locale = Messages.locale();
    return choices.catalog().queues().stream()
        .map(q -> new Choices.Option(q.code(), q.name(locale)))
        .toList();
  }

  public String getMe() {
    return Macros.ME;
  }

  public PagedList<CannedResponseView> getResponseList() {
    return responseList;
  }

  public PagedList<MacroView> getMacroList() {
    return macroList;
  }

  public Long getResponseId() {
    return responseId;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getBodyEn() {
    return bodyEn;
  }

  public void setBodyEn(String bodyEn) {
    this.bodyEn = bodyEn;
  }

  public String getBodyRu() {
    return bodyRu;
  }

  public void setBodyRu(String bodyRu) {
    this.bodyRu = bodyRu;
  }

  public boolean isResponseShared() {
    return responseShared;
  }

  public void setResponseShared(boolean responseShared) {
    this.responseShared = responseShared;
  }

  public Long getMacroId() {
    return macroId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public boolean isMacroShared() {
    return macroShared;
  }

  public void setMacroShared(boolean macroShared) {
    this.macroShared = macroShared;
  }

  public Long getCannedResponse() {
    return cannedResponse;
  }

  public void setCannedResponse(Long cannedResponse) {
    this.cannedResponse = cannedResponse;
  }

  public String getReplyText() {
    return replyText;
  }

  public void setReplyText(String replyText) {
    this.replyText = replyText;
  }

  public boolean isReplyInternal() {
    return replyInternal;
  }

  public void setReplyInternal(boolean replyInternal) {
    this.replyInternal = replyInternal;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getPriority() {
    return priority;
  }

  public void setPriority(String priority) {
    this.priority = priority;
  }

  public String getQueue() {
    return queue;
  }

  public void setQueue(String queue) {
    this.queue = queue;
  }

  public String getAgent() {
    return agent;
  }

  public void setAgent(String agent) {
    this.agent = agent;
  }

  public String getAddTags() {
    return addTags;
  }

  public void setAddTags(String addTags) {
    this.addTags = addTags;
  }

  public String getRemoveTags() {
    return removeTags;
  }

  public void setRemoveTags(String removeTags) {
    this.removeTags = removeTags;
  }
}
