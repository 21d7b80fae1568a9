package org.tierdesk.ui.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.tierdesk.platform.errors.TierdeskException;
import org.tierdesk.routing.boundary.RoutingAdmin;
import org.tierdesk.routing.boundary.RoutingViews;
import org.tierdesk.routing.boundary.SupportLines;
import org.tierdesk.routing.entity.Availability;
import org.tierdesk.ui.Messages;

/**
 * {@code /admin/agents.xhtml}: the agents with their lines and queues, and the editor of one agent:
 * lines and queues, capacity, availability (on duty, away, out of office until a date), languages
 * and skills (categories).
 */
@Named("agentsAdmin")
@ViewScoped
public class AgentsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject RoutingAdmin admin;
  @Inject SupportLines supportLines;

  private List<RoutingViews.AgentSummary> all = List.of();
  private boolean stale;
  private RoutingViews.AgentSummary selected;
  private Long version;
  private Integer capacity;
  private String availability;
  private LocalDate awayUntil;
  private String languages;
  private List<String> skills = new ArrayList<>();
  private List<String> lines = new ArrayList<>();
  private List<String> queues = new ArrayList<>();
  private List<RoutingViews.Queue> queueChoices = List.of();

  @PostConstruct
  void init() {
    all = admin.agents();
    queueChoices = admin.queues();
  }

  public void edit(RoutingViews.AgentSummary agent) {
    try {
      RoutingViews.Agent profile = admin.agent(agent.username());
      selected = agent;
      stale = false;
      lines = new ArrayList<>(agent.lines());
      queues = new ArrayList<>(agent.queues());
      version = profile.version();
      capacity = profile.capacity();
      availability = profile.availability();
      awayUntil =
          profile.awayUntil() == null
              ? null
              : profile.awayUntil().atZone(ZoneId.of("UTC")).toLocalDate();
      languages = String.join(", ", profile.languages());
      Set<Long> ids = Set.copyOf(profile.skills());
      skills =
          new ArrayList<>(
              supportLines.categories().stream()
                  .filter(c -> ids.contains(c.getId()))
                  .map(c -> c.getCode())
                  .toList());
    } catch (TierdeskException e) {
      Messages.error(e);
    }
  }

  public void reload() {
    all = admin.agents();
    if (selected != null) {
      edit(selected);
    }
  }

  public void save() {
    if (selected == null) {
      return;
    }
    RoutingViews.AgentForm form =
        new RoutingViews.AgentForm(
            capacity,
            availability,
            awayUntil == null
                ? null
                : awayUntil.plusDays(1).atStartOfDay(ZoneId.of("UTC")).toInstant(),
            languages == null ? List.of() : Arrays.asList(languages.split(",")),
            skills,
            version);
    RoutingViews.Agent saved =
        AdminEdits.save(
            () -> admin.updateAgent(selected.username(), form),
            () -> stale = true,
            "ui.admin.saved",
            selected.displayName());
    if (saved == null) {
      return;
    }
    version = saved.version();
    if (!lines.equals(selected.lines()) || !queues.equals(selected.queues())) {
      RoutingViews.AgentSummary updated =
          AdminEdits.save(
              () -> admin.updateMemberships(selected.username(), lines, queues),
              () -> stale = true,
              "ui.admin.saved",
              selected.displayName());
      if (updated != null) {
        selected = updated;
      }
    }
    all = admin.agents();
  }

  /** Queues of the lines chosen for the agent. */
  public List<RoutingViews.Queue> getQueueChoices() {
    return queueChoices.stream().filter(q -> lines.contains(q.line())).toList();
  }

  public List<String> getLines() {
    return lines;
  }

  public void setLines(List<String> lines) {
    this.lines = AdminEdits.copy(lines);
  }

  public List<String> getQueues() {
    return queues;
  }

  public void setQueues(List<String> queues) {
    this.queues = AdminEdits.copy(queues);
  }

  public Availability[] getAvailabilities() {
    return Availability.values();
  }

  public List<RoutingViews.AgentSummary> getAll() {
    return all;
  }

  public boolean isEditing() {
    return selected != null;
  }

  public boolean isStale() {
    return stale;
  }

  public RoutingViews.AgentSummary getSelected() {
    return selected;
  }

  public Integer getCapacity() {
    return capacity;
  }

  public void setCapacity(Integer capacity) {
    this.capacity = capacity;
  }

  public String getAvailability() {
    return availability;
  }

  public void setAvailability(String availability) {
    this.availability = availability;
  }

  public LocalDate getAwayUntil() {
    return awayUntil;
  }

  public void setAwayUntil(LocalDate awayUntil) {
    this.awayUntil = awayUntil;
  }

  public String getLanguages() {
    return languages;
  }

  public void setLanguages(String languages) {
    this.languages = languages;
  }

  public List<String> getSkills() {
    return skills;
  }

  public void setSkills(List<String> skills) {
    this.skills = AdminEdits.copy(skills);
  }

  /** Usernames or codes as a short list: "line1, line2". */
  public String join(List<String> values) {
    return values == null ? "" : String.join(", ", values);
  }
}
