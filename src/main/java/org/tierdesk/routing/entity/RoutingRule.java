package org.tierdesk.routing.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.tierdesk.directory.entity.OrgUnit;

/**
 * An intake rule: conditions on a new ticket (null = any) and where it goes. Rules are tried by
 * rank; the first that matches decides.
 */
@Entity
@Table(name = "routing_rule")
@NamedQuery(name = RoutingRule.ORDERED, query = "SELECT r FROM RoutingRule r ORDER BY r.rank, r.id")
public class RoutingRule {

  public static final String ORDERED = "RoutingRule.ordered";

  @Id
  @SequenceGenerator(
      name = "routing_rule_seq",
      sequenceName = "routing_rule_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "routing_rule_seq")
  private Long id;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(name = "rule_rank", nullable = false)
  private int rank;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "category_id")
  private Category category;

  @Column(name = "include_subcategories", nullable = false)
  private boolean includeSubcategories;

  @Column(length = 20)
  private String channel;

  @Column(name = "requester_vip")
  private Boolean requesterVip;

  @Column(length = 500)
  private String keywords;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "target_line_id", nullable = false)
  private SupportLine targetLine;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "target_queue_id")
  private SupportQueue targetQueue;

  @Column(name = "target_priority", length = 20)
  private String targetPriority;

  /** Tags the rule puts on the tickets it routes (normalised as tickets keep them). */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "routing_rule_tag", joinColumns = @JoinColumn(name = "rule_id"))
  @Column(name = "tag", length = 50)
  private Set<String> targetTags = new TreeSet<>();

  /** The requester's organisation unit, or any unit below it; null: any requester. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "org_unit_id")
  private OrgUnit orgUnit;

  @Version private long version;

  protected RoutingRule() {}

  public RoutingRule(String name, int rank) {
    this.name = name;
    this.rank = rank;
  }

  /** Sets every condition and target at once, as an admin edits the rule as a whole. */
  @SuppressWarnings("checkstyle:ParameterNumber")
  public void define(
      String newName,
      int newRank,
      Category onCategory,
      boolean subtree,
      String onChannel,
      Boolean onVip,
      String onKeywords,
      SupportLine toLine,
      SupportQueue toQueue,
      String toPriority) {
    this.name = newName;
    this.rank = newRank;
    this.category = onCategory;
    this.includeSubcategories = subtree;
    this.channel = onChannel;
    this.requesterVip = onVip;
    this.keywords = onKeywords;
    this.targetLine = toLine;
    this.targetQueue = toQueue;
    this.targetPriority = toPriority;
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

  public Category getCategory() {
    return category;
  }

  public boolean isIncludeSubcategories() {
    return includeSubcategories;
  }

  public String getChannel() {
    return channel;
  }

  public Boolean getRequesterVip() {
    return requesterVip;
  }

  public String getKeywords() {
    return keywords;
  }

  public SupportLine getTargetLine() {
    return targetLine;
  }

  public SupportQueue getTargetQueue() {
    return targetQueue;
  }

  public String getTargetPriority() {
    return targetPriority;
  }

  /** Limits the rule to requesters of this organisation unit and the units below it. */
  public void tagWith(Collection<String> tags) {
    targetTags.retainAll(tags);
    targetTags.addAll(tags);
  }

  public List<String> getTargetTags() {
    return List.copyOf(new TreeSet<>(targetTags));
  }

  public void limitToOrgUnit(OrgUnit unit) {
    this.orgUnit = unit;
  }

  public OrgUnit getOrgUnit() {
    return orgUnit;
  }

  public long getVersion() {
    return version;
  }

  /** Puts the rule at another place in the order. */
  public void rerank(int newRank) {
    this.rank = newRank;
  }
}
