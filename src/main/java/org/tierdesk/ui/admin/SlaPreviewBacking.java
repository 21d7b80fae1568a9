package org.tierdesk.ui.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.tierdesk.platform.errors.TierdeskException;
import org.tierdesk.sla.boundary.PolicyView;
import org.tierdesk.sla.boundary.PreviewRequest;
import org.tierdesk.sla.boundary.PreviewResult;
import org.tierdesk.sla.boundary.SlaPolicies;
import org.tierdesk.sla.boundary.SlaPreview;
import org.tierdesk.ui.Messages;

/**
 * {@code /admin/sla-preview.xhtml}: when would the targets fall due — for a stored policy, or for a
 * calendar and targets entered on the spot — from a start given as local date and time in a chosen
 * zone, minus optional pauses. Shows the due instants in that zone and in UTC; nothing is stored.
 */
@Named("slaPreview")
@ViewScoped
public class SlaPreviewBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String POLICY = "policy";
  static final String CALENDAR = "calendar";
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  /** A pause being entered: from and to in the start's zone. */
  public static class Pause implements Serializable {
    private static final long serialVersionUID = 1L;
    private LocalDateTime from;
    private LocalDateTime to;

    public LocalDateTime getFrom() {
      return from;
    }

    public void setFrom(LocalDateTime from) {
      this.from = from;
    }

    public LocalDateTime getTo() {
      return to;
    }

    public void setTo(LocalDateTime to) {
      this.to = to;
    }
  }

  /** One due instant, in the chosen zone and in UTC. */
  public record Due(String metricKey, String local, String utc) implements Serializable {}

  @Inject SlaPreview preview;
  @Inject SlaPolicies policies;

  private List<PolicyView> policyChoices = List.of();
  private String mode = CALENDAR;
  private Long policyId;
  private String line;
  private String zone = "UTC";
  private WeekEditor week = WeekEditor.workdays("09:00-13:00", "14:00-18:00");
  private String holidays;
  private DurationInput firstResponse = new DurationInput(4, 0);
  private DurationInput nextResponse = new DurationInput(8, 0);
  private DurationInput resolution = new DurationInput(24, 0);
  private LocalDateTime start;
  private String startZone = "UTC";
  private final List<Pause> pauses = new ArrayList<>();
  private List<Due> result;

  @PostConstruct
  void init() {
    policyChoices = policies.all();
  }

  public void compute() {
    result = null;
    ZoneId startIn = zoneOr(startZone);
    try {
      PreviewResult due = preview.preview(request(startIn));
      result =
          List.of(
              due("sla.metric.FIRST_RESPONSE", due.firstResponseDue(), startIn),
              due("sla.metric.NEXT_RESPONSE", due.nextResponseDue(), startIn),
              due("sla.metric.RESOLUTION", due.resolutionDue(), startIn));
    } catch (TierdeskException e) {
      Messages.error(e);
    }
  }

  private PreviewRequest request(ZoneId startIn) {
    List<PreviewRequest.PauseSpec> pauseSpecs =
        pauses.stream()
            .map(
                p ->
                    new PreviewRequest.PauseSpec(
                        instant(p.getFrom(), startIn), instant(p.getTo(), startIn)))
            .toList();
    String startText = instant(start, startIn);
    if (POLICY.equals(mode)) {
      return new PreviewRequest(null, policyId, line, startText, null, pauseSpecs);
    }
    return new PreviewRequest(
        new PreviewRequest.CalendarSpec(zone, week.toWeek(), holidayLines(holidays)),
        null,
        null,
        startText,
        new PreviewRequest.TargetSpec(firstResponse.iso(), nextResponse.iso(), resolution.iso()),
        pauseSpecs);
  }

  /** A local date and time in a zone, as the instant text the boundary takes; null if not given. */
  static String instant(LocalDateTime local, ZoneId zone) {
    return local == null ? null : local.atZone(zone).toInstant().toString();
  }

  /** Holidays one per line, blank lines skipped. */
  static List<String> holidayLines(String text) {
    if (text == null) {
      return List.of();
    }
    return Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  private static Due due(String metricKey, Instant due, ZoneId zone) {
    Locale locale = Messages.locale();
    String local =
        DateTimeFormatter.ofPattern("EEE", locale).withZone(zone).format(due)
            + " "
            + LOCAL.withZone(zone).format(due);
    return new Due(metricKey, local, due.toString());
  }

  private static ZoneId zoneOr(String id) {
    try {
      return ZoneId.of(id);
    } catch (DateTimeException | NullPointerException e) {
      return ZoneId.of("UTC");
    }
  }

  public void addPause() {
    pauses.add(new Pause());
  }

  public void removePause(int index) {
    if (index >= 0 && index < pauses.size()) {
      pauses.remove(index);
    }
  }

  public boolean isPolicyMode() {
    return POLICY.equals(mode);
  }

  public List<String> getZones() {
    return ZoneId.getAvailableZoneIds().stream().sorted().toList();
  }

  public List<PolicyView> getPolicyChoices() {
    return policyChoices;
  }

  public String getMode() {
    return mode;
  }

  public void setMode(String mode) {
    this.mode = POLICY.equals(mode) ? POLICY : CALENDAR;
  }

  public Long getPolicyId() {
    return policyId;
  }

  public void setPolicyId(Long policyId) {
    this.policyId = policyId;
  }

  public String getLine() {
    return line;
  }

  public void setLine(String line) {
    this.line = line;
  }

  public String getZone() {
    return zone;
  }

  public void setZone(String zone) {
    this.zone = zone;
  }

  public WeekEditor getWeek() {
    return week;
  }

  public String getHolidays() {
    return holidays;
  }

  public void setHolidays(String holidays) {
    this.holidays = holidays;
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

  public LocalDateTime getStart() {
    return start;
  }

  public void setStart(LocalDateTime start) {
    this.start = start;
  }

  public String getStartZone() {
    return startZone;
  }

  public void setStartZone(String startZone) {
    this.startZone = startZone;
  }

  public List<Pause> getPauses() {
    return pauses;
  }

  public List<Due> getResult() {
    return result;
  }
}
