package org.tierdesk.ui.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.tierdesk.directory.boundary.OrgUnits;
import org.tierdesk.platform.errors.TierdeskException;
import org.tierdesk.routing.boundary.RoutingAdmin;
import org.tierdesk.routing.boundary.RoutingViews;
import org.tierdesk.ticket.entity.Channel;
import org.tierdesk.ui.Choices;
import org.tierdesk.ui.Messages;

/**
 * {@code /admin/rules.xhtml}: intake routing rules in the order they are tried (first match wins;
 * moved up and down) and the editor for one: conditions (category and its subtree, channel,
 * requester's organisation unit and the units below it, VIP, keywords in the subject) and actions
 * (line, queue, priority).
 */
@Named("rulesAdmin")
@ViewScoped
public class RulesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject RoutingAdmin admin;
  @Inject OrgUnits orgUnits;

  private List<RoutingViews.Rule> all = List.of();
  private List<RoutingViews.Queue> queues = List.of();
  private List<Choices.Option> units = List.of();
  private boolean editing;
  private boolean stale;
  private RoutingViews.Rule selected;
  private String name;
  private Integer rank;
  private String category;
  private boolean includeSubcategories = true;
  private String channel;
  private String orgUnit;
  private String vip = "";
  private String keywords;
  private String tags;
  private String line;
  private String queue;
  private String priority;

  @PostConstruct
  void init() {
    refresh();
  }

  private void refresh() {
    all = admin.rules();
    queues = admin.queues();
    units =
        orgUnits.all().stream()
            .map(u -> new Choices.Option(u.getCode(), u.getName() + " (" + u.getCode() + ")"))
            .toList();
  }

  public void startNew() {
    selected = null;
    editing = true;
    stale = false;
    name = null;
    rank = all.stream().mapToInt(RoutingViews.Rule::rank).max().orElse(0) + 10;
    category = null;
    includeSubcategories = true;
    channel = null;
    orgUnit = null;
    vip = "";
    keywords = null;
    tags = null;
    line = null;
    queue = null;
    priority = null;
  }

  public void edit(RoutingViews.Rule rule) {
    selected = rule;
    editing = true;
    stale = false;
    name = rule.name();
    rank = rule.rank();
    category = rule.category();
    includeSubcategories = rule.includeSubcategories();
    channel = rule.channel();
    orgUnit = rule.orgUnit();
    vip = rule.vip() == null ? "" : rule.vip().toString();
    keywords = String.join(", ", rule.keywords());
    tags = String.join(", ", rule.tags());
    line = rule.line();
    queue = rule.queue();
    priority = rule.priority();
  }

  public void reload() {
    refresh();
    Long current = selected == null ? null : selected.id();
    all.stream()
        .filter(r -> Long.valueOf(r.id()).equals(current))
        .findFirst()
        .ifPresent(this::edit);
  }

  public void save() {
    RoutingViews.RuleForm form =
        new RoutingViews.RuleForm(
            name,
            rank,
            AdminEdits.blankToNull(category),
            includeSubcategories,
            AdminEdits.blankToNull(channel),
            vip == null || vip.isBlank() ? null : Boolean.valueOf(vip),
            keywords == null ? List.of() : Arrays.asList(keywords.split(",")),
            line,
            AdminEdits.blankToNull(queue),
            AdminEdits.blankToNull(priority),
            AdminEdits.blankToNull(orgUnit),
            tags == null ? List.of() : Arrays.asList(tags.split(",")),
            selected == null ? null : selected.version());
    RoutingViews.Rule saved =
        AdminEdits.save(
            () -> selected == null ? admin.createRule(form) : admin.updateRule(selected.id(), form),
            () -> stale = true,
            "ui.admin.saved",
            name);
    if (saved != null) {
      refresh();
      edit(saved);
    }
  }

  public void move(long id, boolean up) {
    try {
      admin.moveRule(id, up);
      refresh();
      if (selected != null) {
        reload();
      }
    } catch (TierdeskException e) {
      Messages.error(e);
    }
  }

  public void delete() {
    if (selected == null) {
      return;
    }
    try {
      admin.deleteRule(selected.id());
      Messages.info("ui.admin.deleted", selected.name());
      editing = false;
      selected = null;
      refresh();
    } catch (TierdeskException e) {
      Messages.error(e);
    }
  }

  public boolean isFirst(RoutingViews.Rule rule) {
    return !all.isEmpty() && all.get(0).id() == rule.id();
  }

  public boolean isLast(RoutingViews.Rule rule) {
    return !all.isEmpty() && all.get(all.size() - 1).id() == rule.id();
  }

  /** "Category Printers (and below) · e-mail · VIP · «vpn, printer»": a rule's conditions. */
  public String conditionsOf(RoutingViews.Rule rule, Choices choices) {
    StringBuilder text = new StringBuilder();
    if (rule.category() != null) {
      text.append(choices.categoryName(rule.category()));
      if (rule.includeSubcategories()) {
        text.append(' ').append(Messages.text("ui.admin.rules.andBelow"));
      }
    }
    append(text, rule.channel() == null ? null : Messages.text("channel." + rule.channel()));
    append(text, rule.orgUnit());
    append(
        text,
        rule.vip() == null
            ? null
            : Messages.text(rule.vip() ? "ui.admin.rules.vipOnly" : "ui.admin.rules.vipNot"));
    append(text, rule.keywords().isEmpty() ? null : "«" + String.join(", ", rule.keywords()) + "»");
    return text.length() == 0 ? Messages.text("ui.admin.rules.always") : text.toString();
  }

  private static void append(StringBuilder text, String part) {
    if (part != null) {
      if (text.length() > 0) {
        text.append(" · ");
      }
      text.append(part);
    }
  }

  /** The queues of the chosen line. */
  public List<Choices.Option> getLineQueues() {
    Locale locale = Messages.locale();
    return queues.stream()
        .filter(q -> q.line().equals(line))
        .map(
            q ->
                new Choices.Option(
                    q.code(), "ru".equals(locale.getLanguage()) ? q.nameRu() : q.nameEn()))
        .toList();
  }

  public Channel[] getChannels() {
    return Channel.values();
  }

  public List<Choices.Option> getUnits() {
    return units;
  }

  public List<RoutingViews.Rule> getAll() {
    return all;
  }

  public boolean isEditing() {
    return editing;
  }

  public boolean isStale() {
    return stale;
  }

  public RoutingViews.Rule getSelected() {
    return selected;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Integer getRank() {
    return rank;
  }

  public void setRank(Integer rank) {
    this.rank = rank;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public boolean isIncludeSubcategories() {
    return includeSubcategories;
  }

  public void setIncludeSubcategories(boolean includeSubcategories) {
    this.includeSubcategories = includeSubcategories;
  }

  public String getChannel() {
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }

  public String getOrgUnit() {
    return orgUnit;
  }

  public void setOrgUnit(String orgUnit) {
    this.orgUnit = orgUnit;
  }

  public String getVip() {
    return vip;
  }

  public void setVip(String vip) {
    this.vip = vip;
  }

  public String getKeywords() {
    return keywords;
  }

  public void setKeywords(String keywords) {
    this.keywords = keywords;
  }

  public String getTags() {
    return tags;
  }

  public void setTags(String tags) {
    this.tags = tags;
  }

  public String getLine() {
    return line;
  }

  public void setLine(String line) {
    this.line = line;
  }

  public String getQueue() {
    return queue;
  }

  public void setQueue(String queue) {
    this.queue = queue;
  }

  public String getPriority() {
    return priority;
  }

  public void setPriority(String priority) {
    this.priority = priority;
  }
}
