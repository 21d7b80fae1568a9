package org.tierdesk.routing.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.eclipse.persistence.annotations.Cache;
import org.tierdesk.directory.entity.Person;
import org.tierdesk.platform.cache.ConfigGeneration;
import org.tierdesk.platform.i18n.LocalizedName;

/**
 * A line (tier) of support. How many lines there are, their order and who works in them is data;
 * the line with the lowest tier receives new tickets. Configuration: each node serves it from its
 * shared cache (see {@link ConfigGeneration#SHARED_CACHE_EXPIRY_MS}); its members and leads are
 * people, who are not cached, and are read from the database as before.
 */
@Entity
@Cacheable
@Cache(
    expiry = ConfigGeneration.SHARED_CACHE_EXPIRY_MS,
    alwaysRefresh = true,
    refreshOnlyIfNewer = true)
@Table(name = "support_line")
@NamedQuery(name = SupportLine.ALL, query = "SELECT l FROM SupportLine l ORDER BY l.tier")
@NamedQuery(
    name = SupportLine.OF_MEMBER,
    query = "SELECT l FROM SupportLine l JOIN l.members m WHERE m.id = :personId ORDER BY l.tier")
@NamedQuery(
    name = SupportLine.OF_LEAD,
    query = "SELECT l FROM SupportLine l JOIN l.leads m WHERE m.id = :personId ORDER BY l.tier")
public class SupportLine {

  public static final String OF_LEAD = "SupportLine.ofLead";

  public static final String ALL = "SupportLine.all";
  public static final String OF_MEMBER = "SupportLine.ofMember";

  @Id
  @SequenceGenerator(
      name = "support_line_seq",
      sequenceName = "support_line_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "support_line_seq")
  private Long id;

  @Column(nullable = false, length = 40)
  private String code;

  @Column(nullable = false)
  private int tier;

  @Embedded private LocalizedName name;

  @Column(length = 1000)
  private String description;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "next_line_id")
  private SupportLine nextLine;

  @ManyToMany
  @JoinTable(
      name = "support_line_member",
      joinColumns = @JoinColumn(name = "line_id"),
      inverseJoinColumns = @JoinColumn(name = "person_id"))
  private Set<Person> members = new HashSet<>();

  /** Who leads the line: SLA warnings and breaches may notify them. */
  @ManyToMany
  @JoinTable(
      name = "support_line_lead",
      joinColumns = @JoinColumn(name = "line_id"),
      inverseJoinColumns = @JoinColumn(name = "person_id"))
  private Set<Person> leads = new HashSet<>();

  /** Minutes without a reply or note after which the leads hear of a ticket; null: never. */
  @Column(name = "idle_minutes")
  private Integer idleMinutes;

  /** Whether the line's agents may link tickets to external defects (the engineers' line). */
  @Column(name = "defect_links", nullable = false)
  private boolean defectLinks;

  @Version private long version;

  protected SupportLine() {}

  public SupportLine(String code, int tier, LocalizedName name) {
    this.code = code;
    this.tier = tier;
    this.name = name;
  }

  /** An admin's edit of the line as a whole. */
  public void configure(
      int newTier, LocalizedName newName, String newDescription, SupportLine next) {
    this.tier = newTier;
    this.name = newName;
    this.description = newDescription;
    this.nextLine = next;
  }

  /** How the line escalates stuck tickets and whether it works with external defects. */
  public void configureWork(Integer newIdleMinutes, boolean allowDefectLinks) {
    this.idleMinutes = newIdleMinutes;
    this.defectLinks = allowDefectLinks;
  }

  public Integer getIdleMinutes() {
    return idleMinutes;
  }

  public boolean isDefectLinks() {
    return defectLinks;
  }

  public long getVersion() {
    return version;
  }

  public void replaceMembers(Set<Person> newMembers, Set<Person> newLeads) {
    this.members = new HashSet<>(newMembers);
    this.leads = new HashSet<>(newLeads);
  }

  public void addMember(Person person) {
    members.add(person);
  }

  public void removeMember(Person person) {
    members.removeIf(m -> m.getId().equals(person.getId()));
  }

  public void addLead(Person person) {
    leads.add(person);
  }

  public boolean hasMember(Person person) {
    return members.stream().anyMatch(m -> m.getId().equals(person.getId()));
  }

  public String name(Locale locale) {
    return name.in(locale);
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public int getTier() {
    return tier;
  }

  public LocalizedName getName() {
    return name;
  }

  public String getDescription() {
    return description;
  }

  public SupportLine getNextLine() {
    return nextLine;
  }

  public Set<Person> getMembers() {
    return Set.copyOf(members);
  }

  public Set<Person> getLeads() {
    return Set.copyOf(leads);
  }
}
