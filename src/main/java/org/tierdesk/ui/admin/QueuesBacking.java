package org.tierdesk.ui.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.tierdesk.platform.errors.TierdeskException;
import org.tierdesk.routing.boundary.RoutingAdmin;
import org.tierdesk.routing.boundary.RoutingViews;
import org.tierdesk.routing.entity.AssignmentStrategy;
import org.tierdesk.ui.Messages;

/**
 * {@code /admin/queues.xhtml}: the queues (teams) of every line and the editor for one: line,
 * names, assignment strategy and members (agents of that line).
 */
@Named("queuesAdmin")
@ViewScoped
public class QueuesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject RoutingAdmin admin;

  private List<RoutingViews.Queue> all = List.of();
  private List<RoutingViews.AgentSummary> agents = List.of();
  private boolean editing;
  private boolean stale;
  private RoutingViews.Queue selected;
  private String code;
  private String line;
  private String nameEn;
  private String nameRu;
  private String strategy;
  private List<String> members = new ArrayList<>();

  @PostConstruct
  void init() {
    refresh();
  }

  private void refresh() {
    all = admin.queues();
    agents = admin.agents();
  }

  public void startNew() {
    selected = null;
    editing = true;
    stale = false;
    code = null;
    line = null;
    nameEn = null;
    nameRu = null;
    strategy = AssignmentStrategy.MANUAL.name();
    members = new ArrayList<>();
  }

  public void edit(RoutingViews.Queue queue) {
    selected = queue;
    editing = true;
    stale = false;
    code = queue.code();
    line = queue.line();
    nameEn = queue.nameEn();
    nameRu = queue.nameRu();
    strategy = queue.strategy();
    members = new ArrayList<>(queue.members());
  }

  public void reload() {
    refresh();
    String current = selected == null ? null : selected.code();
    all.stream().filter(q -> q.code().equals(current)).findFirst().ifPresent(this::edit);
  }

  public void save() {
    RoutingViews.QueueForm form =
        new RoutingViews.QueueForm(
            code,
            line,
            nameEn,
            nameRu,
            strategy,
            members,
            selected == null ? null : selected.version());
    RoutingViews.Queue saved =
        AdminEdits.save(
            () ->
                selected == null
                    ? admin.createQueue(form)
                    : admin.updateQueue(selected.code(), form),
            () -> stale = true,
            "ui.admin.saved",
            nameEn);
    if (saved != null) {
      refresh();
      edit(saved);
    }
  }

  public void delete() {
    if (selected == null) {
      return;
    }
    try {
      admin.deleteQueue(selected.code());
      Messages.info("ui.admin.deleted", selected.code());
      editing = false;
      selected = null;
      refresh();
    } catch (TierdeskException e) {
      Messages.error(e);
    }
  }

  /** The agents of the chosen line: only they can be members. */
  public List<RoutingViews.AgentSummary> getLineAgents() {
    if (line == null || line.isBlank()) {
      return agents;
    }
    return agents.stream().filter(a -> a.lines().contains(line)).toList();
  }

  public AssignmentStrategy[] getStrategies() {
    return AssignmentStrategy.values();
  }

  public List<RoutingViews.Queue> getAll() {
    return all;
  }

  public boolean isEditing() {
    return editing;
  }

  public boolean isStale() {
    return stale;
  }

  public RoutingViews.Queue getSelected() {
    return selected;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getLine() {
    return line;
  }

  public void setLine(String line) {
    this.line = line;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }

  public String getNameRu() {
    return nameRu;
  }

  public void setNameRu(String nameRu) {
    this.nameRu = nameRu;
  }

  public String getStrategy() {
    return strategy;
  }

  public void setStrategy(String strategy) {
    this.strategy = strategy;
  }

  public List<String> getMembers() {
    return members;
  }

  public void setMembers(List<String> members) {
    this.members = AdminEdits.copy(members);
  }

  /** Usernames or codes as a short list: "line1, line2". */
  public String join(List<String> values) {
    return values == null ? "" : String.join(", ", values);
  }
}
