package org.tierdesk.ui.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.file.UploadedFiles;
import org.tierdesk.platform.errors.TierdeskException;
import org.tierdesk.ticket.boundary.TicketDraft;
import org.tierdesk.ticket.boundary.TicketView;
import org.tierdesk.ticket.boundary.Tickets;
import org.tierdesk.ticket.entity.Channel;
import org.tierdesk.ticket.entity.Priority;
import org.tierdesk.ui.Messages;
import org.tierdesk.ui.PendingFiles;
import org.tierdesk.ui.SlaBadges;

/**
 * {@code /portal/new.xhtml}: a request with its environment details and attachments. A refusal (a
 * missing subject, a file above the limit) keeps everything typed and every file chosen.
 */
@Named("newTicket")
@ViewScoped
public class NewTicketBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FILES_INPUT = "files";

  @Inject Tickets tickets;
  @Inject SlaBadges slaBadges;

  private String subject;
  private String description;
  private String category;
  private String priority = Priority.NORMAL.name();
  private String os;
  private String browser;
  private String application;
  private String applicationVersion;
  private transient UploadedFiles upload;
  private final PendingFiles pending = new PendingFiles();

  public String submit() {
    if (!pending.take(upload, tickets.maxAttachmentBytes(), FILES_INPUT)) {
      return null;
    }
    TicketView created;
    try {
      created = tickets.open(draft());
    } catch (TierdeskException e) {
      Messages.error(e);
      return null;
    }
    attachTo(created);
    Messages.flash("ui.newTicket.created", created.number());
    String answerBy = slaBadges.expectedFirstResponse(created.id());
    if (answerBy != null) {
      Messages.flash("ui.sla.expectedFirstResponse", answerBy);
    }
    return "/portal/ticket.xhtml?faces-redirect=true&id=" + created.id();
  }

  public void removeFile(int index) {
    pending.take(upload, tickets.maxAttachmentBytes(), FILES_INPUT);
    pending.remove(index);
  }

  /** The ticket exists by now; a file refused at this point is reported on the ticket's page. */
  private void attachTo(TicketView created) {
    for (PendingFiles.PendingFile file : pending.getFiles()) {
      try {
        tickets.attach(created.id(), file.name(), file.contentType(), file.open());
      } catch (TierdeskException e) {
        Messages.keepOverRedirect();
        Messages.error(e);
      }
    }
    pending.clear();
  }

  private TicketDraft draft() {
    return new TicketDraft(
        subject,
        description,
        category,
        priority,
        Channel.PORTAL.name(),
        null,
        new TicketDraft.Environment(os, browser, application, applicationVersion));
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getPriority() {
    return priority;
  }

  public void setPriority(String priority) {
    this.priority = priority;
  }

  public String getOs() {
    return os;
  }

  public void setOs(String os) {
    this.os = os;
  }

  public String getBrowser() {
    return browser;
  }

  public void setBrowser(String browser) {
    this.browser = browser;
  }

  public String getApplication() {
    return application;
  }

  public void setApplication(String application) {
    this.application = application;
  }

  public String getApplicationVersion() {
    return applicationVersion;
  }

  public void setApplicationVersion(String applicationVersion) {
    this.applicationVersion = applicationVersion;
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
