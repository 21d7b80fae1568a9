package org.tierdesk.ticket.entity;

import jakarta.persistence.Column;
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
import java.time.Instant;
import org.tierdesk.directory.entity.Person;

/** A defect in an external tracker that tickets can wait for; known by its tracker key. */
@Entity
@Table(name = "external_defect")
@NamedQuery(
    name = ExternalDefect.BY_KEY,
    query = "SELECT d FROM ExternalDefect d WHERE d.trackerKey = :key")
public class ExternalDefect {

  public static final String BY_KEY = "ExternalDefect.byKey";
  public static final int MAX_KEY = 100;
  public static final int MAX_URL = 1000;

  @Id
  @SequenceGenerator(
      name = "external_defect_seq",
      sequenceName = "external_defect_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "external_defect_seq")
  private Long id;

  @Column(name = "tracker_key", nullable = false, length = MAX_KEY)
  private String trackerKey;

  @Column(nullable = false, length = MAX_URL)
  private String url;

  @Column(name = "fixed_at")
  private Instant fixedAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "fixed_by_id")
  private Person fixedBy;

  @Version private long version;

  protected ExternalDefect() {}

  public ExternalDefect(String trackerKey, String url) {
    this.trackerKey = trackerKey;
    this.url = url;
  }

  /** Marks the defect fixed; false if it already was (the tracker may say so twice). */
  public boolean fix(Person by, Instant now) {
    if (fixedAt != null) {
      return false;
    }
    fixedAt = now;
    fixedBy = by;
    return true;
  }

  /** A defect that was fixed and comes back (reopened in the tracker) is open again. */
  public void reopen(String newUrl) {
    fixedAt = null;
    fixedBy = null;
    url = newUrl;
  }

  public void pointTo(String newUrl) {
    url = newUrl;
  }

  public Long getId() {
    return id;
  }

  public String getTrackerKey() {
    return trackerKey;
  }

  public String getUrl() {
    return url;
  }

  public Instant getFixedAt() {
    return fixedAt;
  }

  public boolean isFixed() {
    return fixedAt != null;
  }
}
