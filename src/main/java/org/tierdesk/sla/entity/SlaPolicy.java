package org.tierdesk.sla.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.tierdesk.ticket.entity.Channel;
import org.tierdesk.ticket.entity.Priority;
import org.tierdesk.ticket.entity.TicketStatus;

/**
 * A service level: conditions a ticket must meet, business-time targets for its clocks, the
 * calendar to count in, when clocks pause, and what happens on warnings and breaches. Policies are
 * tried by rank; the one fallback policy comes last and matches everything.
 */
@Entity
@Table(name = "sla_policy")
@NamedQuery(
    name = SlaPolicy.RANKED,
    query =
        "SELECT p FROM SlaPolicy p WHERE p.deletedAt IS NULL"
            + " ORDER BY p.fallback, p.rank, p.id")
@NamedQuery(
    name = SlaPolicy.USING_CALENDAR,
    query = "SELECT p FROM SlaPolicy p WHERE p.deletedAt IS NULL AND p.calendarId = :calendarId")
public class SlaPolicy {

  public static final String RANKED = "SlaPolicy.ranked";
  public static final String USING_CALENDAR = "SlaPolicy.usingCalendar";

  @Id
  @SequenceGenerator(name = "sla_policy_seq", sequenceName = "sla_policy_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sla_policy_seq")
  private Long id;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(name = "policy_rank", nullable = false)
  private int rank;

  @Column(nullable = false, updatable = false)
  private boolean fallback;

  @Column(name = "requester_vip")
  private Boolean requesterVip;

  @Column(name = "first_response_minutes", nullable = false)
  private int firstResponseMinutes;

  @Column(name = "next_response_minutes", nullable = false)
  private int nextResponseMinutes;

  @Column(name = "resolution_minutes", nullable = false)
  private int resolutionMinutes;

  @Column(name = "warning_percent", nullable = false)
  private int warningPercent;

  @Column(name = "calendar_id")
  private Long calendarId;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "sla_policy_priority", joinColumns = @JoinColumn(name = "policy_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "priority", length = 20)
  private Set<Priority> priorities = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "sla_policy_category", joinColumns = @JoinColumn(name = "policy_id"))
  @Column(name = "category_id")
  private Set<Long> categoryIds = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "sla_policy_line", joinColumns = @JoinColumn(name = "policy_id"))
  @Column(name = "line_id")
  private Set<Long> lineIds = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "sla_policy_org_unit", joinColumns = @JoinColumn(name = "policy_id"))
  @Column(name = "org_unit_id")
  private Set<Long> orgUnitIds = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "sla_policy_channel", joinColumns = @JoinColumn(name = "policy_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "channel", length = 20)
  private Set<Channel> channels = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "sla_policy_pause_status", joinColumns = @JoinColumn(name = "policy_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 30)
  private Set<TicketStatus> pauseStatuses = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "sla_policy_first_response",
      joinColumns = @JoinColumn(name = "policy_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "event_kind", length = 30)
  private Set<FirstResponseBy> firstResponseBy = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "sla_policy_warning_action",
      joinColumns = @JoinColumn(name = "policy_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "action", length = 30)
  private Set<SlaAction> warningActions = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "sla_policy_breach_action", joinColumns = @JoinColumn(name = "policy_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "action", length = 30)
  private Set<SlaAction> breachActions = new HashSet<>();

  @Column(name = "deleted_at")
  private Instant deletedAt;

  @Version private long version;

  protected SlaPolicy() {}

  public SlaPolicy(PolicyDefinition definition, int rank, boolean fallback) {
    this.rank = rank;
    this.fallback = fallback;
    redefine(definition);
  }

  /** Replaces everything the admin defines; the fallback keeps matching everything. */
  public final void redefine(PolicyDefinition definition) {
    if (fallback && !definition.matchesEverything()) {
      throw new IllegalArgumentException("The fallback policy has no conditions");
    }
    name = definition.name();
    replace(priorities, definition.priorities());
    replace(categoryIds, definition.categoryIds());
    replace(lineIds, definition.lineIds());
    replace(channels, definition.channels());
    requesterVip = definition.requesterVip();
    replace(orgUnitIds, definition.orgUnitIds());
    firstResponseMinutes = definition.firstResponseMinutes();
    nextResponseMinutes = definition.nextResponseMinutes();
    resolutionMinutes = definition.resolutionMinutes();
    warningPercent = definition.warningPercent();
    calendarId = definition.calendarId();
    replace(pauseStatuses, definition.pauseStatuses());
    replace(firstResponseBy, definition.firstResponseBy());
    replace(warningActions, definition.warningActions());
    replace(breachActions, definition.breachActions());
  }

  private static <T> void replace(Set<T> target, Set<T> values) {
    target.retainAll(values);
    target.addAll(values);
  }

  public PolicyDefinition definition() {
    return new PolicyDefinition(
        name,
        priorities,
        categoryIds,
        lineIds,
        channels,
        requesterVip,
        orgUnitIds,
        firstResponseMinutes,
        nextResponseMinutes,
        resolutionMinutes,
        warningPercent,
        calendarId,
        pauseStatuses,
        firstResponseBy,
        warningActions,
        breachActions);
  }

  public void rankAt(int newRank) {
    this.rank = newRank;
  }

  public void delete(Instant now) {
    if (fallback) {
      throw new IllegalStateException("The fallback policy cannot be deleted");
    }
    this.deletedAt = now;
  }

  /** The business-time target of a metric. */
  public Duration targetOf(SlaMetric metric) {
    return Duration.ofMinutes(
        switch (metric) {
          case FIRST_RESPONSE -> firstResponseMinutes;
          case NEXT_RESPONSE -> nextResponseMinutes;
          case RESOLUTION -> resolutionMinutes;
        });
  }

  public Set<SlaAction> actionsOn(SlaEventKind kind) {
    return Set.copyOf(kind == SlaEventKind.WARNING ? warningActions : breachActions);
  }

  public boolean pausesIn(TicketStatus status) {
    return pauseStatuses.contains(status);
  }

  public boolean respondsBy(FirstResponseBy activity) {
    return firstResponseBy.contains(activity);
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public int getRank() {
    return rank;
  }

  public boolean isFallback() {
    return fallback;
  }

  public Boolean getRequesterVip() {
    return requesterVip;
  }

  public Set<Priority> getPriorities() {
    return Set.copyOf(priorities);
  }

  public Set<Long> getCategoryIds() {
    return Set.copyOf(categoryIds);
  }

  public Set<Long> getLineIds() {
    return Set.copyOf(lineIds);
  }

  public Set<Long> getOrgUnitIds() {
    return Set.copyOf(orgUnitIds);
  }

  public Set<Channel> getChannels() {
    return Set.copyOf(channels);
  }

  public int getWarningPercent() {
    return warningPercent;
  }

  public Long getCalendarId() {
    return calendarId;
  }

  public Instant getDeletedAt() {
    return deletedAt;
  }

  public boolean isDeleted() {
    return deletedAt != null;
  }

  public long getVersion() {
    return version;
  }
}
