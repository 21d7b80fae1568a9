package org.tierdesk.routing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change an admin made to routing configuration; insert-only. */
@Entity
@Table(name = "admin_audit")
@NamedQuery(
    name = AdminAuditEntry.RECENT,
    query = "SELECT a FROM AdminAuditEntry a ORDER BY a.occurredAt DESC, a.id DESC")
public class AdminAuditEntry {

  public static final String RECENT = "AdminAuditEntry.recent";
  static final int MAX_DETAIL = 4000;

  @Id
  @SequenceGenerator(
      name = "admin_audit_seq",
      sequenceName = "admin_audit_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "admin_audit_seq")
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

  protected AdminAuditEntry() {}

  public AdminAuditEntry(
      long actorId, Instant at, String subject, String subjectKey, String action, String detail) {
    this.actorId = actorId;
    this.occurredAt = at;
    this.subject = subject;
    this.subjectKey = subjectKey;
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
