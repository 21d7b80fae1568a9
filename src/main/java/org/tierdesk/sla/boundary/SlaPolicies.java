package org.tierdesk.sla.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tierdesk.directory.boundary.OrgUnits;
import org.tierdesk.directory.entity.OrgUnit;
import org.tierdesk.platform.errors.Conflict;
import org.tierdesk.platform.errors.Enums;
import org.tierdesk.platform.errors.InvalidInput;
import org.tierdesk.platform.errors.NotFound;
import org.tierdesk.routing.boundary.SupportLines;
import org.tierdesk.routing.entity.Category;
import org.tierdesk.routing.entity.SupportLine;
import org.tierdesk.sla.control.PolicyCatalog;
import org.tierdesk.sla.control.RecomputeScope;
import org.tierdesk.sla.control.SlaInput;
import org.tierdesk.sla.entity.FirstResponseBy;
import org.tierdesk.sla.entity.PolicyDefinition;
import org.tierdesk.sla.entity.SlaAction;
import org.tierdesk.sla.entity.SlaCalendar;
import org.tierdesk.sla.entity.SlaMetric;
import org.tierdesk.sla.entity.SlaPolicy;
import org.tierdesk.ticket.entity.Channel;
import org.tierdesk.ticket.entity.Priority;
import org.tierdesk.ticket.entity.TicketStatus;

/**
 * SLA policies in their order: the first whose conditions hold governs a ticket, the fallback
 * (always there, never deleted, always last) when none does. Admins edit; support reads. Edits
 * recompute the open clocks they may affect, in the background once committed: all open tickets
 * when conditions or order change, the policy's own tickets when only its settings do.
 */
@Stateless
public class SlaPolicies {

  static final int MAX_NAME = 200;
  static final int DEFAULT_WARNING_PERCENT = 80;
  static final int RANK_STEP = 10;

  @PersistenceContext EntityManager em;
  @Inject SlaAccess access;
  @Inject PolicyCatalog catalog;
  @Inject SupportLines lines;
  @Inject OrgUnits units;
  @Inject Clock clock;
  @Inject Event<RecomputeScope> recompute;

  /** The live policies in the order they are tried, the fallback last. */
  public List<PolicyView> all() {
    access.requireSupport();
    return views(catalog.ranked());
  }

  public PolicyView get(long id) {
    access.requireSupport();
    return view(live(id));
  }

  /** Adds a policy after the others (before the fallback). */
  public PolicyView create(PolicyForm form) {
    access.requireAdmin();
    PolicyDefinition definition = definition(Calendars.required(form), null, false);
    int lastRank =
        catalog.ranked().stream()
            .filter(policy -> !policy.isFallback())
            .mapToInt(SlaPolicy::getRank)
            .max()
            .orElse(0);
    SlaPolicy policy = new SlaPolicy(definition, lastRank + RANK_STEP, false);
    em.persist(policy);
    em.flush();
    recompute.fire(RecomputeScope.all());
    return view(policy);
  }

  /** Replaces what the admin defines of a policy they saw ({@code version}). */
  public PolicyView update(long id, PolicyForm form) {
    access.requireAdmin();
    PolicyForm given = Calendars.required(form);
    SlaPolicy policy = live(id);
    if (given.version() == null) {
      throw new InvalidInput("version", "error.field.required");
    }
    requireVersion(policy, given.version());
    PolicyDefinition before = policy.definition();
    PolicyDefinition after = definition(given, id, policy.isFallback());
    policy.redefine(after);
    em.flush();
    recompute.fire(
        sameConditions(before, after) ? RecomputeScope.policy(id) : RecomputeScope.all());
    return view(policy);
  }

  /** Deletes a policy (kept for the clocks and reports of the past); never the fallback. */
  public void delete(long id, Long version) {
    access.requireAdmin();
    SlaPolicy policy = live(id);
    if (policy.isFallback()) {
      throw new Conflict("sla.policy.fallbackStays", policy.getName());
    }
    if (version != null) {
      requireVersion(policy, version);
    }
    policy.delete(clock.instant());
    recompute.fire(RecomputeScope.all());
  }

  /**
   * Puts the policies in the given order: {@code ids} lists every live policy except the fallback,
   * which stays last.
   */
  public List<PolicyView> reorder(List<Long> ids) {
    access.requireAdmin();
    List<SlaPolicy> ranked =
        catalog.ranked().stream().filter(policy -> !policy.isFallback()).toList();
    Set<Long> expected = ranked.stream().map(SlaPolicy::getId).collect(Collectors.toSet());
    if (ids == null || ids.size() != expected.size() || !expected.equals(new HashSet<>(ids))) {
      throw new InvalidInput("ids", "sla.policy.order.incomplete");
    }
    Map<Long, SlaPolicy> byId =
        ranked.stream().collect(Collectors.toMap(SlaPolicy::getId, Function.identity()));
    for (int i = 0; i < ids.size(); i++) {
      byId.get(ids.get(i)).rankAt((i + 1) * RANK_STEP);
    }
    em.flush();
    recompute.fire(RecomputeScope.all());
    return views(catalog.ranked());
  }

  private SlaPolicy live(long id) {
    SlaPolicy policy = em.find(SlaPolicy.class, id);
    if (policy == null || policy.isDeleted()) {
      throw new NotFound("sla.policy.notFound", id);
    }
    return policy;
  }

  private static void requireVersion(SlaPolicy policy, long version) {
    if (version != policy.getVersion()) {
      throw new Conflict("sla.policy.stale", policy.getName());
    }
  }

  private PolicyDefinition definition(PolicyForm form, Long ownId, boolean fallback) {
    PolicyForm.Conditions conditions =
        form.conditions() == null
            ? new PolicyForm.Conditions(null, null, null, null, null, null)
            : form.conditions();
    PolicyForm.Targets targets =
        form.targets() == null ? new PolicyForm.Targets(null, null, null) : form.targets();
    PolicyDefinition definition =
        new PolicyDefinition(
            name(form.name(), ownId),
            enums("conditions.priorities", Priority.class, conditions.priorities()),
            categoryIds(conditions.categories()),
            lineIds(conditions.lines()),
            enums("conditions.channels", Channel.class, conditions.channels()),
            conditions.vip(),
            unitIds(conditions.orgUnits()),
            minutes("targets.firstResponse", targets.firstResponse()),
            minutes("targets.nextResponse", targets.nextResponse()),
            minutes("targets.resolution", targets.resolution()),
            warningPercent(form.warningPercent()),
            calendarId(form.calendarId()),
            pauseStatuses(form.pauseStatuses()),
            firstResponseBy(form.firstResponseBy()),
            enums("warningActions", SlaAction.class, form.warningActions()),
            enums("breachActions", SlaAction.class, form.breachActions()));
    if (fallback && !definition.matchesEverything()) {
      throw new InvalidInput("conditions", "sla.policy.fallbackMatchesAll");
    }
    return definition;
  }

  private String name(String text, Long ownId) {
    if (text == null || text.isBlank()) {
      throw new InvalidInput("name", "error.field.required");
    }
    String name = text.strip();
    if (name.length() > MAX_NAME) {
      throw new InvalidInput("name", "error.field.tooLong", MAX_NAME);
    }
    boolean taken =
        catalog.ranked().stream()
            .anyMatch(
                other -> other.getName().equalsIgnoreCase(name) && !other.getId().equals(ownId));
    if (taken) {
      throw new InvalidInput("name", "sla.policy.nameTaken", name);
    }
    return name;
  }

  private static int minutes(String field, String text) {
    return SlaInput.wholeMinutes(field, SlaInput.duration(field, text));
  }

  private static int warningPercent(Integer percent) {
    if (percent == null) {
      return DEFAULT_WARNING_PERCENT;
    }
    if (percent < 1 || percent > 100) {
      throw new InvalidInput("warningPercent", "error.field.range", 1, 100);
    }
    return percent;
  }

  private Long calendarId(Long id) {
    if (id == null) {
      return null;
    }
    SlaCalendar calendar = em.find(SlaCalendar.class, id);
    if (calendar == null || calendar.isDeleted()) {
      throw new InvalidInput("calendarId", "sla.calendar.notFound", id);
    }
    return id;
  }

  private static Set<TicketStatus> pauseStatuses(List<String> names) {
    if (names == null) {
      return PolicyDefinition.defaultPauseStatuses();
    }
    Set<TicketStatus> statuses = enums("pauseStatuses", TicketStatus.class, names);
    for (int i = 0; i < names.size(); i++) {
      if (!Enums.parse("pauseStatuses", TicketStatus.class, names.get(i)).isOpen()) {
        throw new InvalidInput("pauseStatuses[" + i + "]", "sla.policy.pauseStatus", names.get(i));
      }
    }
    return statuses;
  }

  private static Set<FirstResponseBy> firstResponseBy(List<String> names) {
    if (names == null) {
      return PolicyDefinition.defaultFirstResponseBy();
    }
    Set<FirstResponseBy> activities = enums("firstResponseBy", FirstResponseBy.class, names);
    if (activities.isEmpty()) {
      throw new InvalidInput("firstResponseBy", "sla.policy.firstResponseBy.required");
    }
    return activities;
  }

  /** Enum names, each checked on its own field ({@code field[i]}). */
  private static <E extends Enum<E>> Set<E> enums(String field, Class<E> type, List<String> names) {
    Set<E> values = EnumSet.noneOf(type);
    if (names == null) {
      return values;
    }
    for (int i = 0; i < names.size(); i++) {
      E value = Enums.parse(field + "[" + i + "]", type, names.get(i));
      if (value == null) {
        throw new InvalidInput(field + "[" + i + "]", "error.field.required");
      }
      values.add(value);
    }
    return values;
  }

  private Set<Long> categoryIds(List<String> codes) {
    Set<Long> ids = new HashSet<>();
    if (codes != null) {
      for (int i = 0; i < codes.size(); i++) {
        String code = Objects.requireNonNullElse(codes.get(i), "").strip();
        ids.add(lines.categoryByCode("conditions.categories[" + i + "]", code).getId());
      }
    }
    return ids;
  }

  private Set<Long> lineIds(List<String> codes) {
    Set<Long> ids = new HashSet<>();
    if (codes != null) {
      for (int i = 0; i < codes.size(); i++) {
        String code = Objects.requireNonNullElse(codes.get(i), "").strip();
        ids.add(lines.byCode("conditions.lines[" + i + "]", code).getId());
      }
    }
    return ids;
  }

  private Set<Long> unitIds(List<String> codes) {
    Set<Long> ids = new HashSet<>();
    if (codes != null) {
      for (int i = 0; i < codes.size(); i++) {
        String code = Objects.requireNonNullElse(codes.get(i), "").strip();
        ids.add(units.existing("conditions.orgUnits[" + i + "]", code).getId());
      }
    }
    return ids;
  }

  private static boolean sameConditions(PolicyDefinition a, PolicyDefinition b) {
    return a.priorities().equals(b.priorities())
        && a.categoryIds().equals(b.categoryIds())
        && a.lineIds().equals(b.lineIds())
        && a.channels().equals(b.channels())
        && Objects.equals(a.requesterVip(), b.requesterVip())
        && a.orgUnitIds().equals(b.orgUnitIds());
  }

  private List<PolicyView> views(List<SlaPolicy> policies) {
    return policies.stream().map(this::view).toList();
  }

  private PolicyView view(SlaPolicy policy) {
    PolicyDefinition definition = policy.definition();
    Map<Long, String> categoryCodes =
        lines.categories().stream().collect(Collectors.toMap(Category::getId, Category::getCode));
    Map<Long, String> lineCodes =
        lines.all().stream().collect(Collectors.toMap(SupportLine::getId, SupportLine::getCode));
    SlaCalendar calendar =
        policy.getCalendarId() == null ? null : em.find(SlaCalendar.class, policy.getCalendarId());
    return new PolicyView(
        policy.getId(),
        policy.getName(),
        policy.getRank(),
        policy.isFallback(),
        new PolicyView.Conditions(
            names(definition.priorities()),
            codes(definition.categoryIds(), categoryCodes),
            codes(definition.lineIds(), lineCodes),
            names(definition.channels()),
            definition.requesterVip(),
            codes(definition.orgUnitIds(), unitCodes())),
        new PolicyView.Targets(
            policy.targetOf(SlaMetric.FIRST_RESPONSE),
            policy.targetOf(SlaMetric.NEXT_RESPONSE),
            policy.targetOf(SlaMetric.RESOLUTION)),
        definition.warningPercent(),
        policy.getCalendarId(),
        calendar == null ? null : calendar.getName(),
        names(definition.pauseStatuses()),
        names(definition.firstResponseBy()),
        names(definition.warningActions()),
        names(definition.breachActions()),
        policy.getVersion());
  }

  private Map<Long, String> unitCodes() {
    return units.all().stream().collect(Collectors.toMap(OrgUnit::getId, OrgUnit::getCode));
  }

  private static <E extends Enum<E>> List<String> names(Collection<E> values) {
    return values.stream().sorted().map(Enum::name).toList();
  }

  private static List<String> codes(Set<Long> ids, Map<Long, String> codesById) {
    List<String> codes = new ArrayList<>();
    ids.forEach(id -> codes.add(codesById.getOrDefault(id, String.valueOf(id))));
    codes.sort(null);
    return codes;
  }
}
