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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import org.eclipse.persistence.annotations.Cache;
import org.tierdesk.platform.cache.ConfigGeneration;
import org.tierdesk.platform.i18n.LocalizedName;

/**
 * A category or service a request is about; categories form a tree. Configuration: each node serves
 * it from its shared cache (see {@link ConfigGeneration#SHARED_CACHE_EXPIRY_MS}).
 */
@Entity
@Cacheable
@Cache(
    expiry = ConfigGeneration.SHARED_CACHE_EXPIRY_MS,
    alwaysRefresh = true,
    refreshOnlyIfNewer = true)
@Table(name = "category")
@NamedQuery(
    name = Category.ACTIVE,
    query = "SELECT c FROM Category c WHERE c.active = TRUE ORDER BY c.code")
@NamedQuery(name = Category.BY_CODE, query = "SELECT c FROM Category c WHERE c.code = :code")
public class Category {

  public static final String ACTIVE = "Category.active";
  public static final String BY_CODE = "Category.byCode";

  @Id
  @SequenceGenerator(name = "category_seq", sequenceName = "category_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "category_seq")
  private Long id;

  @Column(nullable = false, length = 40)
  private String code;

  @Embedded private LocalizedName name;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private Category parent;

  @Column(nullable = false)
  private boolean active = true;

  /** Where tickets of this category go when no routing rule decides (null: the parent's). */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "default_line_id")
  private SupportLine defaultLine;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "default_queue_id")
  private SupportQueue defaultQueue;

  @Version private long version;

  protected Category() {}

  public Category(String code, LocalizedName name, Category parent) {
    this.code = code;
    this.name = name;
    this.parent = parent;
  }

  /** An admin's edit: names, place in the tree, where its tickets land, whether it is offered. */
  public void configure(
      LocalizedName newName,
      Category newParent,
      SupportLine line,
      SupportQueue queue,
      boolean isActive) {
    for (Category c = newParent; c != null; c = c.parent) {
      if (c == this) {
        throw new org.tierdesk.platform.errors.InvalidInput("parent", "routing.category.cycle");
      }
    }
    this.name = newName;
    this.parent = newParent;
    this.defaultLine = line;
    this.defaultQueue = queue;
    this.active = isActive;
  }

  public SupportLine getDefaultLine() {
    return defaultLine;
  }

  public SupportQueue getDefaultQueue() {
    return defaultQueue;
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

  public LocalizedName getName() {
    return name;
  }

  public Category getParent() {
    return parent;
  }

  /** True if this is the given category or lies below it. */
  public boolean isWithin(long ancestorId) {
    for (Category c = this; c != null; c = c.parent) {
      if (c.id != null && c.id == ancestorId) {
        return true;
      }
    }
    return false;
  }

  /** The nearest default line up the tree, or null. */
  public SupportLine inheritedDefaultLine() {
    for (Category c = this; c != null; c = c.parent) {
      if (c.defaultLine != null) {
        return c.defaultLine;
      }
    }
    return null;
  }

  /** The default queue of the category that gave {@link #inheritedDefaultLine()}. */
  public SupportQueue inheritedDefaultQueue() {
    for (Category c = this; c != null; c = c.parent) {
      if (c.defaultLine != null) {
        return c.defaultQueue;
      }
    }
    return null;
  }

  public boolean isActive() {
    return active;
  }

  public long getVersion() {
    return version;
  }
}
