package org.tierdesk.routing.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** How much work an agent takes and what they are good at. */
@Entity
@Table(name = "agent_profile")
public class AgentProfile {

  public static final int DEFAULT_CAPACITY = 10;

  @Id
  @Column(name = "person_id")
  private Long personId;

  @Column(nullable = false)
  private int capacity = DEFAULT_CAPACITY;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Availability availability = Availability.ON_DUTY;

  @Column(name = "away_until")
  private Instant awayUntil;

  /** Language tags, comma-separated (e.g. "ru,en"). */
  @Column(length = 100)
  private String languages;

  /** Ids of the categories the agent handles (skill-based assignment). */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "agent_skill", joinColumns = @JoinColumn(name = "person_id"))
  @Column(name = "category_id")
  private Set<Long> skills = new HashSet<>();

  @Version private long version;

  protected AgentProfile() {}

  public AgentProfile(long personId) {
    this.personId = personId;
  }

  public void configure(
      int newCapacity,
      Availability newAvailability,
      Instant until,
      Set<String> newLanguages,
      Set<Long> newSkills) {
    this.capacity = newCapacity;
    this.availability = newAvailability;
    this.awayUntil = newAvailability == Availability.OUT_OF_OFFICE ? until : null;
    this.languages =
        newLanguages.isEmpty()
            ? null
            : newLanguages.stream().sorted().collect(Collectors.joining(","));
    this.skills = new HashSet<>(newSkills);
  }

  /** On duty, or out of office with the return date reached. */
  public boolean isAvailableAt(Instant now) {
    return availability == Availability.ON_DUTY
        || (availability == Availability.OUT_OF_OFFICE
            && awayUntil != null
            && !now.isBefore(awayUntil));
  }

  public Set<String> languageSet() {
    if (languages == null || languages.isBlank()) {
      return Set.of();
    }
    return Arrays.stream(languages.split(","))
        .map(tag -> tag.strip().toLowerCase(Locale.ROOT))
        .filter(tag -> !tag.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }

  public Long getPersonId() {
    return personId;
  }

  public int getCapacity() {
    return capacity;
  }

  public Availability getAvailability() {
    return availability;
  }

  public Instant getAwayUntil() {
    return awayUntil;
  }

  public Set<Long> getSkills() {
    return Set.copyOf(skills);
  }

  public long getVersion() {
    return version;
  }
}
