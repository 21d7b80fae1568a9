package org.tierdesk.ui.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tierdesk.routing.boundary.RoutingAdmin;
import org.tierdesk.routing.boundary.RoutingViews;
import org.tierdesk.ui.Choices;
import org.tierdesk.ui.Messages;

/**
 * {@code /admin/categories.xhtml}: the category tree (indented, parents first) and the editor for
 * one category: names, parent, default line and queue (inherited by the categories below that set
 * none), whether it is offered.
 */
@Named("categoriesAdmin")
@ViewScoped
public class CategoriesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject RoutingAdmin admin;

  /** A category in tree order with its depth, for the indented list. */
  public record Row(RoutingViews.CategoryView category, int depth) implements Serializable {}

  private List<Row> tree = List.of();
  private List<RoutingViews.Queue> queues = List.of();
  private boolean editing;
  private boolean stale;
  private RoutingViews.CategoryView selected;
  private String code;
  private String nameEn;
  private String nameRu;
  private String parent;
  private String defaultLine;
  private String defaultQueue;
  private boolean active = true;

  @PostConstruct
  void init() {
    refresh();
  }

  private void refresh() {
    tree = treeOf(admin.categories());
    queues = admin.queues();
  }

  /** Parents before their children, siblings by code. */
  static List<Row> treeOf(List<RoutingViews.CategoryView> all) {
    Map<String, List<RoutingViews.CategoryView>> children = new HashMap<>();
    for (RoutingViews.CategoryView c : all) {
      children.computeIfAbsent(c.parent() == null ? "" : c.parent(), k -> new ArrayList<>()).add(c);
    }
    List<Row> rows = new ArrayList<>();
    addBelow("", 0, children, rows);
    return rows;
  }

  private static void addBelow(
      String parent,
      int depth,
      Map<String, List<RoutingViews.CategoryView>> children,
      List<Row> rows) {
    for (RoutingViews.CategoryView child : children.getOrDefault(parent, List.of())) {
      rows.add(new Row(child, depth));
      if (depth < 20) {
        addBelow(child.code(), depth + 1, children, rows);
      }
    }
  }

  public void startNew() {
    selected = null;
    editing = true;
    stale = false;
    code = null;
    nameEn = null;
    nameRu = null;
    parent = null;
    defaultLine = null;
    defaultQueue = null;
    active = true;
  }

  public void edit(RoutingViews.CategoryView category) {
    selected = category;
    editing = true;
    stale = false;
    code = category.code();
    nameEn = category.nameEn();
    nameRu = category.nameRu();
    parent = category.parent();
    defaultLine = category.defaultLine();
    defaultQueue = category.defaultQueue();
    active = category.active();
  }

  public void reload() {
    refresh();
    String current = selected == null ? null : selected.code();
    tree.stream()
        .map(Row::category)
        .filter(c -> c.code().equals(current))
        .findFirst()
        .ifPresent(this::edit);
  }

  public void save() {
    RoutingViews.CategoryForm form =
        new RoutingViews.CategoryForm(
            code,
            nameEn,
            nameRu,
            AdminEdits.blankToNull(parent),
            AdminEdits.blankToNull(defaultLine),
            AdminEdits.blankToNull(defaultQueue),
            active,
            selected == null ? null : selected.version());
    RoutingViews.CategoryView saved =
        AdminEdits.save(
            () ->
                selected == null
                    ? admin.createCategory(form)
                    : admin.updateCategory(selected.code(), form),
            () -> stale = true,
            "ui.admin.saved",
            nameEn);
    if (saved != null) {
      refresh();
      edit(saved);
    }
  }

  /** The queues of the chosen default line. */
  public List<Choices.Option> getLineQueues() {
    Locale locale = Messages.locale();
    return queues.stream()
        .filter(q -> q.line().equals(defaultLine))
        .map(
            q ->
                new Choices.Option(
                    q.code(), "ru".equals(locale.getLanguage()) ? q.nameRu() : q.nameEn()))
        .toList();
  }

  /** Every category but the one edited, as possible parents. */
  public List<Choices.Option> getParents() {
    Locale locale = Messages.locale();
    return tree.stream()
        .map(Row::category)
        .filter(c -> selected == null || !c.code().equals(selected.code()))
        .map(
            c ->
                new Choices.Option(
                    c.code(), "ru".equals(locale.getLanguage()) ? c.nameRu() : c.nameEn()))
        .toList();
  }

  public String nameOf(RoutingViews.CategoryView c) {
    return "ru".equals(Messages.locale().getLanguage()) ? c.nameRu() : c.nameEn();
  }

  public List<Row> getTree() {
    return tree;
  }

  public boolean isEditing() {
    return editing;
  }

  public boolean isStale() {
    return stale;
  }

  public RoutingViews.CategoryView getSelected() {
    return selected;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
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

  public String getParent() {
    return parent;
  }

  public void setParent(String parent) {
    this.parent = parent;
  }

  public String getDefaultLine() {
    return defaultLine;
  }

  public void setDefaultLine(String defaultLine) {
    this.defaultLine = defaultLine;
  }

  public String getDefaultQueue() {
    return defaultQueue;
  }

  public void setDefaultQueue(String defaultQueue) {
    this.defaultQueue = defaultQueue;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }
}
