package org.tierdesk.sla.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.tierdesk.platform.errors.InvalidInput;
import org.tierdesk.platform.errors.NotFound;
import org.tierdesk.routing.boundary.SupportLines;
import org.tierdesk.sla.control.BusinessCalendar;
import org.tierdesk.sla.control.CalendarStore;
import org.tierdesk.sla.control.Holiday;
import org.tierdesk.sla.control.SlaInput;
import org.tierdesk.sla.control.TimeInterval;
import org.tierdesk.sla.control.WeeklySchedule;
import org.tierdesk.sla.entity.SlaMetric;
import org.tierdesk.sla.entity.SlaPolicy;

/**
 * The admin's SLA preview: when would the targets fall due, for a calendar entered on the spot or a
 * stored policy, from a start instant and with optional pauses. Nothing is stored.
 */
@Stateless
public class SlaPreview {

  @PersistenceContext EntityManager em;
  @Inject SlaAccess access;
  @Inject CalendarStore calendars;
  @Inject SupportLines lines;

  public PreviewResult preview(PreviewRequest request) {
    access.requireAdmin();
    PreviewRequest given = Calendars.required(request);
    Instant start = SlaInput.instant("start", given.start());
    List<TimeInterval> pauses = pauses(given.pauses());
    if (given.policyId() != null) {
      if (given.calendar() != null || given.targets() != null) {
        throw new InvalidInput("policyId", "sla.preview.policyOrCalendar");
      }
      return ofPolicy(given.policyId(), given.line(), start, pauses);
    }
    if (given.calendar() == null) {
      throw new InvalidInput("calendar", "error.field.required");
    }
    if (given.targets() == null) {
      throw new InvalidInput("targets", "error.field.required");
    }
    BusinessCalendar calendar = calendar(given.calendar());
    PreviewRequest.TargetSpec targets = given.targets();
    return compute(
        calendar,
        start,
        pauses,
        SlaInput.duration("targets.firstResponse", targets.firstResponse()),
        SlaInput.duration("targets.nextResponse", targets.nextResponse()),
        SlaInput.duration("targets.resolution", targets.resolution()));
  }

  private PreviewResult ofPolicy(
      long policyId, String line, Instant start, List<TimeInterval> pauses) {
    SlaPolicy policy = em.find(SlaPolicy.class, policyId);
    if (policy == null || policy.isDeleted()) {
      throw new NotFound("sla.policy.notFound", policyId);
    }
    Long calendarId =
        line == null || line.isBlank()
            ? policy.getCalendarId()
            : calendars.resolve(policy, lines.byCode("line", line.strip()).getId());
    return compute(
        calendars.of(calendarId),
        start,
        pauses,
        policy.targetOf(SlaMetric.FIRST_RESPONSE),
        policy.targetOf(SlaMetric.NEXT_RESPONSE),
        policy.targetOf(SlaMetric.RESOLUTION));
  }

  private static PreviewResult compute(
      BusinessCalendar calendar,
      Instant start,
      List<TimeInterval> pauses,
      Duration firstResponse,
      Duration nextResponse,
      Duration resolution) {
    try {
      return new PreviewResult(
          calendar.addBusinessTime(start, firstResponse, pauses),
          calendar.addBusinessTime(start, nextResponse, pauses),
          calendar.addBusinessTime(start, resolution, pauses));
    } catch (IllegalStateException noWorkingTime) {
      throw new InvalidInput("calendar", "sla.preview.noWorkingTime");
    } catch (IllegalArgumentException outOfRange) {
      throw new InvalidInput("start", "sla.preview.outOfRange");
    }
  }

  private static BusinessCalendar calendar(PreviewRequest.CalendarSpec spec) {
    ZoneId zone = SlaInput.zone("calendar.zone", spec.zone());
    WeeklySchedule week = SlaInput.week("calendar.week", spec.week());
    List<Holiday> holidays = new ArrayList<>();
    List<String> texts = spec.holidays() == null ? List.of() : spec.holidays();
    for (int i = 0; i < texts.size(); i++) {
      holidays.add(SlaInput.holiday("calendar.holidays[" + i + "]", texts.get(i)));
    }
    return new BusinessCalendar(zone, week, holidays);
  }

  private static List<TimeInterval> pauses(List<PreviewRequest.PauseSpec> specs) {
    List<TimeInterval> pauses = new ArrayList<>();
    if (specs == null) {
      return pauses;
    }
    for (int i = 0; i < specs.size(); i++) {
      String field = "pauses[" + i + "]";
      PreviewRequest.PauseSpec spec = specs.get(i);
      if (spec == null) {
        throw new InvalidInput(field, "error.field.required");
      }
      Instant from = SlaInput.instant(field + ".from", spec.from());
      Instant to = SlaInput.instant(field + ".to", spec.to());
      if (!to.isAfter(from)) {
        throw new InvalidInput(field + ".to", "sla.pause.order");
      }
      pauses.add(new TimeInterval(from, to));
    }
    return pauses;
  }
}
