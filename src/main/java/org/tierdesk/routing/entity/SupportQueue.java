package org.tierdesk.routing.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.util.Objects;
import java.util.Set;
import org.eclipse.persistence.annotations.Cache;
import org.tierdesk.directory.entity.Person;
import org.tierdesk.platform.cache.ConfigGeneration;
import org.tierdesk.platform.i18n.LocalizedName;

/**
 * A queue (team) inside a support line: its members and how new tickets reach them. The round-robin
 * cursor is not mapped: it moves only by a conditional update (see V4__routing.sql). Configuration:
 * each node serves it from its shared cache (see {@link ConfigGeneration#SHARED_CACHE_EXPIRY_MS});
 * its members are read from the database as before.
 */
@Entity
@Cacheable
@Cache(
    expiry = ConfigGeneration.SHARED_CACHE_EXPIRY_MS,
    alwaysRefresh = true,
    refreshOnlyIfNewer = true)
@Table(name = "routing_queue")
@NamedQuery(
    name = SupportQueue.ALL,
    query = "SELECT q FROM SupportQueue q JOIN q.line l ORDER BY l.tier, q.code")
@NamedQuery(
    name = SupportQueue.OF_LINE,
    query = "SELECT q FROM SupportQueue q WHERE q.line.id = :lineId ORDER BY q.id")
@NamedQuery(
    name = SupportQueue.OF_MEMBER,
    query = "SELECT q FROM SupportQueue q JOIN q.members m WHERE m.id = :personId ORDER BY q.id")
public class SupportQueue {

  public static final String ALL = "SupportQueue.all";
  public static final String OF_LINE = "SupportQueue.ofLine";
  public static final String OF_MEMBER = "SupportQueue.ofMember";

  @Id
  @SequenceGenerator(
      name = "routing_queue_seq",
      sequenceName = "routing_queue_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "routing_queue_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "line_id", nullable = false)
  private SupportLine line;

  @Column(nullable = false, length = 40)
  private String code;

  @Embedded private LocalizedName name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private AssignmentStrategy strategy;

  @ManyToMany
  @JoinTable(
      name = "routing_queue_member",
      joinColumns = @JoinColumn(name = "queue_id"),
      inverseJoinColumns = @JoinColumn(name = "person_id"))
  private Set<Person> members = new HashSet<>();

  @Version private long version;

  protected SupportQueue() {}

  public SupportQueue(SupportLine line, String code, LocalizedName name, AssignmentStrategy how) {
    this.line = Objects.requireNonNull(line);
    this.code = code;
    this.name = name;
    this.strategy = Objects.requireNonNull(how);
  }

  public void configure(LocalizedName newName, AssignmentStrategy how, Set<Person> newMembers) {
    this.name = newName;
    this.strategy = Objects.requireNonNull(how);
    this.members = new HashSet<>(newMembers);
  }

  public void addMember(Person person) {
    members.add(person);
  }

  public void removeMember(Person person) {
    members.removeIf(m -> m.getId().equals(person.getId()));
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

  public SupportLine getLine() {
    return line;
  }

  public String getCode() {
    return code;
  }

  public LocalizedName getName() {
    return name;
  }

  public AssignmentStrategy getStrategy() {
    return strategy;
  }

  public Set<Person> getMembers() {
    return Set.copyOf(members);
  }

  public long getVersion() {
    return version;
  }
}
