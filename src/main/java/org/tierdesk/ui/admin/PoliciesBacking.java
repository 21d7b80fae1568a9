package org.tierdesk.ui.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.tierdesk.platform.errors.TierdeskException;
import org.tierdesk.sla.boundary.CalendarView;
import org.tierdesk.sla.boundary.Calendars;
import org.tierdesk.sla.boundary.PolicyForm;
import org.tierdesk.sla.boundary.PolicyView;
import org.tierdesk.sla.boundary.SlaPolicies;
import org.tierdesk.sla.entity.FirstResponseBy;
import org.tierdesk.sla.entity.SlaAction;
import org.tierdesk.ticket.entity.Channel;
import org.tierdesk.ticket.entity.TicketStatus;
import org.tierdesk.ui.Messages;
import org.tierdesk.ui.SlaText;

/**
 * {@code /admin/policies.xhtml}: SLA policies in the order they are tried (moved up and down; the
 * fallback stays last), and the editor for one: conditions, targets in hours and minutes, warning
 * threshold, calendar, pause statuses, what counts as first response, warning and breach actions.
 */
@Named("policiesAdmin")
@ViewScoped
public class PoliciesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject SlaPolicies policies;
  @Inject Calendars calendars;

  private List<PolicyView> all = List.of();
  private List<CalendarView> calendarChoices = List.of();
  private boolean editing;
  private PolicyView selected;
  private String name;
  private List<String> priorities = new ArrayList<>();
  private List<String> categories = new ArrayList<>();
  private List<String> lines = new ArrayList<>();
  private List<String> channels = new ArrayList<>();
  private String vip = "";
  private List<String> orgUnits = new ArrayList<>();
  private DurationInput firstResponse = new DurationInput();
  private DurationInput nextResponse = new DurationInput();
  private DurationInput resolution = new DurationInput();
  private Integer warningPercent;
  private String calendarId = "";
  private List<String> pauseStatuses = new ArrayList<>();
  private List<String> firstResponseBy = new ArrayList<>();
  private List<String> warningActions = new ArrayList<>();
  private List<String> breachActions = new ArrayList<>();

  @PostConstruct
  void init() {
    refresh();
  }

  private void refresh() {
    all = policies.all();
    calendarChoices = calendars.all();
  }

  /** A new policy with the usual defaults: 80 % warning, paused while waiting for the requester. */
  public void startNew() {
    selected = null;
    editing = true;
    name = null;
    priorities = new ArrayList<>();
    categories = new ArrayList<>();
    lines = new ArrayList<>();
    channels = new ArrayList<>();
    vip = "";
    orgUnits = new ArrayList<>();
    firstResponse = new DurationInput(4, 0);
    nextResponse = new DurationInput(8, 0);
    resolution = new DurationInput(40, 0);
    warningPercent = 80;
    calendarId = "";
    pauseStatuses =
        new ArrayList<>(
            List.of(
                TicketStatus.WAITING_FOR_REQUESTER.name(),
                TicketStatus.WAITING_FOR_DEVELOPMENT.name()));
    firstResponseBy = new ArrayList<>(List.of(FirstResponseBy.PUBLIC_REPLY.name()));
    warningActions = new ArrayList<>(List.of(SlaAction.NOTIFY_ASSIGNEE.name()));
    breachActions = new ArrayList<>(List.of(SlaAction.NOTIFY_LINE_LEADS.name()));
  }

  public void edit(PolicyView policy) {
    selected = policy;
    editing = true;
    name = policy.name();
    priorities = new ArrayList<>(policy.conditions().priorities());
    categories = new ArrayList<>(policy.conditions().categories());
    lines = new ArrayList<>(policy.conditions().lines());
    channels = new ArrayList<>(policy.conditions().channels());
    vip = policy.conditions().vip() == null ? "" : policy.conditions().vip().toString();
    orgUnits = new ArrayList<>(policy.conditions().orgUnits());
    firstResponse = DurationInput.of(policy.targets().firstResponse());
    nextResponse = DurationInput.of(policy.targets().nextResponse());
    resolution = DurationInput.of(policy.targets().resolution());
    warningPercent = policy.warningPercent();
    calendarId = policy.calendarId() == null ? "" : policy.calendarId().toString();
    pauseStatuses = new ArrayList<>(policy.pauseStatuses());
    firstResponseBy = new ArrayList<>(policy.firstResponseBy());
    warningActions = new ArrayList<>(policy.warningActions());
    breachActions = new ArrayList<>(policy.breachActions());
  }

  public void save() {
    boolean fallback = selected != null && selected.fallback();
    PolicyForm form =
        new PolicyForm(
            name,
            fallback
                ? null
                : new PolicyForm.Conditions(
                    priorities,
                    categories,
                    lines,
                    channels,
                    vip == null || vip.isBlank() ? null : Boolean.valueOf(vip),
                    orgUnits),
            new PolicyForm.Targets(firstResponse.iso(), nextResponse.iso(), resolution.iso()),
            warningPercent,
            calendarId == null || calendarId.isBlank() ? null : Long.valueOf(calendarId),
            pauseStatuses,
            firstResponseBy,
            warningActions,
            breachActions,
            selected == null ? null : selected.version());
    try {
      PolicyView saved =
          selected == null ? policies.create(form) : policies.update(selected.id(), form);
      Messages.info("ui.admin.policies.saved", saved.name());
      refresh();
      edit(saved);
    } catch (TierdeskException e) {
      Messages.error(e);
    }
  }

  public void delete() {
    try {
      policies.delete(selected.id(), selected.version());
      Messages.info("ui.admin.policies.deleted", selected.name());
      selected = null;
      editing = false;
      refresh();
    } catch (TierdeskException e) {
      Messages.error(e);
    }
  }

  public void moveUp(long id) {
    move(id, -1);
  }

  public void moveDown(long id) {
    move(id, 1);
  }

  private void move(long id, int step) {
    List<Long> order = moved(ranked(), id, step);
    if (order == null) {
      return;
    }
    try {
      all = policies.reorder(order);
    } catch (TierdeskException e) {
      Messages.error(e);
      refresh();
    }
  }

  private List<Long> ranked() {
    return all.stream().filter(p -> !p.fallback()).map(PolicyView::id).toList();
  }

  /** The order with {@code id} moved by {@code step} places; null if it cannot move so. */
  static List<Long> moved(List<Long> order, long id, int step) {
    int from = order.indexOf(id);
    int to = from + step;
    if (from < 0 || to < 0 || to >= order.size()) {
      return null;
    }
    List<Long> result = new ArrayList<>(order);
    Collections.swap(result, from, to);
    return result;
  }

  public boolean isFirst(PolicyView policy) {
    List<Long> order = ranked();
    return !order.isEmpty() && order.get(0) == policy.id();
  }

  public boolean isLast(PolicyView policy) {
    List<Long> order = ranked();
    return !order.isEmpty() && order.get(order.size() - 1) == policy.id();
  }

  /** A target as people read it: "4 h 0 min", "1 d 16 h". */
  public String hm(Duration target) {
    return target == null ? "" : SlaText.span(target, Messages::text);
  }

  public List<String> getChannelNames() {
    return Arrays.stream(Channel.values()).map(Enum::name).toList();
  }

  /** Statuses a clock may pause in: the open ones. */
  public List<String> getOpenStatuses() {
    return Arrays.stream(TicketStatus.values())
        .filter(TicketStatus::isOpen)
        .map(Enum::name)
        .toList();
  }

  public List<String> getFirstResponseActivities() {
    return Arrays.stream(FirstResponseBy.values()).map(Enum::name).toList();
  }

  public List<String> getActions() {
    return Arrays.stream(SlaAction.values()).map(Enum::name).toList();
  }

  public List<PolicyView> getAll() {
    return all;
  }

  public List<CalendarView> getCalendarChoices() {
    return calendarChoices;
  }

  public boolean isEditing() {
    return editing;
  }

  public PolicyView getSelected() {
    return selected;
  }

  public boolean isFallback() {
    return selected != null && selected.fallback();
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public List<String> getPriorities() {
    return priorities;
  }

  public void setPriorities(List<String> priorities) {
    this.priorities = priorities;
  }

  public List<String> getCategories() {
    return categories;
  }

  public void setCategories(List<String> categories) {
    this.categories = categories;
  }

  public List<String> getLines() {
    return lines;
  }

  public void setLines(List<String> lines) {
    this.lines = lines;
  }

  public List<String> getChannels() {
    return channels;
  }

  public void setChannels(List<String> channels) {
    this.channels = channels;
  }

  public String getVip() {
    return vip;
  }

  public void setVip(String vip) {
    this.vip = vip;
  }

  public List<String> getOrgUnits() {
    return orgUnits;
  }

  public void setOrgUnits(List<String> orgUnits) {
    this.orgUnits = orgUnits;
  }

  public DurationInput getFirstResponse() {
    return firstResponse;
  }

  public DurationInput getNextResponse() {
    return nextResponse;
  }

  public DurationInput getResolution() {
    return resolution;
  }

  public Integer getWarningPercent() {
    return warningPercent;
  }

  public void setWarningPercent(Integer warningPercent) {
    this.warningPercent = warningPercent;
  }

  public String getCalendarId() {
    return calendarId;
  }

  public void setCalendarId(String calendarId) {
    this.calendarId = calendarId;
  }

  public List<String> getPauseStatuses() {
    return pauseStatuses;
  }

  public void setPauseStatuses(List<String> pauseStatuses) {
    this.pauseStatuses = pauseStatuses;
  }

  public List<String> getFirstResponseBy() {
    return firstResponseBy;
  }

  public void setFirstResponseBy(List<String> firstResponseBy) {
    this.firstResponseBy = firstResponseBy;
  }

  public List<String> getWarningActions() {
    return warningActions;
  }

  public void setWarningActions(List<String> warningActions) {
    this.warningActions = warningActions;
  }

  public List<String> getBreachActions() {
    return breachActions;
  }

  public void setBreachActions(List<String> breachActions) {
    this.breachActions = breachActions;
  }
}
