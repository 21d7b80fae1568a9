package org.tierdesk.ui.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tierdesk.platform.errors.TierdeskException;
import org.tierdesk.routing.boundary.RoutingAdmin;
import org.tierdesk.routing.boundary.RoutingViews;
import org.tierdesk.sla.boundary.CalendarView;
import org.tierdesk.sla.boundary.Calendars;
import org.tierdesk.sla.boundary.LineCalendarView;
import org.tierdesk.ui.Messages;

/**
 * {@code /admin/lines.xhtml}: support lines in tier order and the editor for one: names in both
 * languages, description, business calendar, members and leads, next line, idle time before the
 * leads hear of a stuck ticket, and whether its agents link tickets to external defects.
 */
@Named("linesAdmin")
@ViewScoped
public class LinesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject RoutingAdmin admin;
  @Inject Calendars calendars;

  private List<RoutingViews.Line> all = List.of();
  private List<RoutingViews.AgentSummary> agents = List.of();
  private List<CalendarView> calendarChoices = List.of();
  private List<LineCalendarView> lineCalendars = List.of();
  private boolean editing;
  private boolean stale;
  private RoutingViews.Line selected;
  private String code;
  private Integer tier;
  private String nameEn;
  private String nameRu;
  private String description;
  private String nextLine;
  private List<String> members = new ArrayList<>();
  private List<String> leads = new ArrayList<>();
  private Integer idleMinutes;
  private boolean defectLinks;
  private String calendarId;

  @PostConstruct
  void init() {
    refresh();
  }

  private void refresh() {
    all = admin.lines();
    agents = admin.agents();
    calendarChoices = calendars.all();
    lineCalendars = calendars.lineCalendars();
  }

  public void startNew() {
    selected = null;
    editing = true;
    stale = false;
    code = null;
    tier = all.stream().mapToInt(RoutingViews.Line::tier).max().orElse(0) + 1;
    nameEn = null;
    nameRu = null;
    description = null;
    nextLine = null;
    members = new ArrayList<>();
    leads = new ArrayList<>();
    idleMinutes = null;
    defectLinks = false;
    calendarId = null;
  }

  public void edit(RoutingViews.Line line) {
    selected = line;
    editing = true;
    stale = false;
    code = line.code();
    tier = line.tier();
    nameEn = line.nameEn();
    nameRu = line.nameRu();
    description = line.description();
    nextLine = line.nextLine();
    members = new ArrayList<>(line.members());
    leads = new ArrayList<>(line.leads());
    idleMinutes = line.idleMinutes();
    defectLinks = line.defectLinks();
    calendarId =
        lineCalendars.stream()
            .filter(c -> c.line().equals(line.code()) && c.calendarId() != null)
            .map(c -> c.calendarId().toString())
            .findFirst()
            .orElse(null);
  }

  /** Reads the line again after someone else changed it; the editor shows their version. */
  public void reload() {
    refresh();
    String current = selected == null ? null : selected.code();
    all.stream().filter(l -> l.code().equals(current)).findFirst().ifPresent(this::edit);
  }

  public void save() {
    RoutingViews.LineForm form =
        new RoutingViews.LineForm(
            code,
            tier,
            nameEn,
            nameRu,
            description,
            AdminEdits.blankToNull(nextLine),
            members,
            leads,
            idleMinutes,
            defectLinks,
            selected == null ? null : selected.version());
    RoutingViews.Line saved =
        AdminEdits.save(
            () ->
                selected == null ? admin.createLine(form) : admin.updateLine(selected.code(), form),
            () -> stale = true,
            "ui.admin.saved",
            nameEn);
    if (saved == null) {
      return;
    }
    try {
      Long calendar = calendarId == null || calendarId.isBlank() ? null : Long.valueOf(calendarId);
      Long before =
          lineCalendars.stream()
              .filter(c -> c.line().equals(saved.code()))
              .map(LineCalendarView::calendarId)
              .findFirst()
              .orElse(null);
      if (!Objects.equals(calendar, before)) {
        calendars.assignToLine(saved.code(), calendar);
      }
    } catch (TierdeskException e) {
      Messages.error(e);
    }
    refresh();
    edit(saved);
  }

  public void delete() {
    if (selected == null) {
      return;
    }
    try {
      admin.deleteLine(selected.code());
      Messages.info("ui.admin.deleted", selected.code());
      editing = false;
      selected = null;
      refresh();
    } catch (TierdeskException e) {
      Messages.error(e);
    }
  }

  public List<RoutingViews.Line> getAll() {
    return all;
  }

  public List<RoutingViews.AgentSummary> getAgents() {
    return agents;
  }

  public List<CalendarView> getCalendarChoices() {
    return calendarChoices;
  }

  public String calendarOf(String line) {
    return lineCalendars.stream()
        .filter(c -> c.line().equals(line))
        .map(LineCalendarView::calendarName)
        .filter(Objects::nonNull)
        .findFirst()
        .orElse("");
  }

  public boolean isEditing() {
    return editing;
  }

  public boolean isStale() {
    return stale;
  }

  public RoutingViews.Line getSelected() {
    return selected;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public Integer getTier() {
    return tier;
  }

  public void setTier(Integer tier) {
    this.tier = tier;
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

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getNextLine() {
    return nextLine;
  }

  public void setNextLine(String nextLine) {
    this.nextLine = nextLine;
  }

  public List<String> getMembers() {
    return members;
  }

  public void setMembers(List<String> members) {
    this.members = AdminEdits.copy(members);
  }

  public List<String> getLeads() {
    return leads;
  }

  public void setLeads(List<String> leads) {
    this.leads = AdminEdits.copy(leads);
  }

  public Integer getIdleMinutes() {
    return idleMinutes;
  }

  public void setIdleMinutes(Integer idleMinutes) {
    this.idleMinutes = idleMinutes;
  }

  public boolean isDefectLinks() {
    return defectLinks;
  }

  public void setDefectLinks(boolean defectLinks) {
    this.defectLinks = defectLinks;
  }

  public String getCalendarId() {
    return calendarId;
  }

  public void setCalendarId(String calendarId) {
    this.calendarId = calendarId;
  }

  /** Usernames or codes as a short list: "line1, line2". */
  public String join(List<String> values) {
    return values == null ? "" : String.join(", ", values);
  }
}
