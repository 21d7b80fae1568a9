package org.tierdesk.directory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change an admin made to directory settings (group mappings, a sync started); insert-only. */
@Entity
@Table(name = "directory_audit")
@NamedQuery(
    name = DirectoryAuditEntry.RECENT,
    query = "SELECT a FROM DirectoryAuditEntry a ORDER BY a.occurredAt DESC, a.id DESC")
public class DirectoryAuditEntry {

  public static final String RECENT = "DirectoryAuditEntry.recent";
  static final int MAX_DETAIL = 4000;

  @Id
  @SequenceGenerator(
      name = "directory_audit_seq",
      sequenceName = "directory_audit_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "directory_audit_seq")
  private Long id;

  @Column(name = "actor_id", nullable = false, updatable = false)
  private long actorId;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(nullable = false, updatable = false, length = 40)
  private String subject;

  @Column(name = "subject_key", nullable = false, updatable = false, length = 100)
  private String subjectKey;

  @Column(nullable = false, updatable = false, length = 20)
  private String action;

  @Column(updatable = false, length = MAX_DETAIL)
  private String detail;

  protected DirectoryAuditEntry() {}

  public DirectoryAuditEntry(
      long actorId, Instant at, String subject, String subjectKey, String action, String detail) {
    this.actorId = actorId;
    this.occurredAt = at;
    this.subject = subject;
    this.subjectKey = subjectKey.length() <= 100 ? subjectKey : subjectKey.substring(0, 100);
    this.action = action;
    this.detail =
        detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
  }

  public Long getId() {
    return id;
  }

  public long getActorId() {
    return actorId;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getSubject() {
    return subject;
  }

  public String getSubjectKey() {
    return subjectKey;
  }

  public String getAction() {
    return action;
  }

  public String getDetail() {
    return detail;
  }
}
