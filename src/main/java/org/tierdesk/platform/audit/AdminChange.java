package org.tierdesk.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * One change an admin made to a component's configuration, as its audit table keeps it: who, when,
 * what (subject and its key), the action and the request as given. Insert-only. Each component that
 * audits its settings has an entity of its own on this mapping (its own table and id sequence), so
 * that its audit stays its own.
 */
@MappedSuperclass
public abstract class AdminChange {

  static final int MAX_SUBJECT_KEY = 100;
  static final int MAX_DETAIL = 4000;

  @Column(name = "actor_id", nullable = false, updatable = false)
  private long actorId;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(nullable = false, updatable = false, length = 40)
  private String subject;

  @Column(name = "subject_key", nullable = false, updatable = false, length = MAX_SUBJECT_KEY)
  private String subjectKey;

  @Column(nullable = false, updatable = false, length = 20)
  private String action;

  @Column(updatable = false, length = MAX_DETAIL)
  private String detail;

  protected AdminChange() {}

  /** Over-long keys and details are cut to their columns' lengths rather than refused. */
  protected AdminChange(
      long actorId, Instant at, String subject, String subjectKey, String action, String detail) {
    this.actorId = actorId;
    this.occurredAt = at;
    this.subject = subject;
    this.subjectKey = cut(subjectKey, MAX_SUBJECT_KEY);
    this.action = action;
    this.detail = cut(detail, MAX_DETAIL);
  }

  static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
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
