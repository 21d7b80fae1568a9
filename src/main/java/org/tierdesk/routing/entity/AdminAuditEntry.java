package org.tierdesk.routing.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.tierdesk.platform.audit.AdminChange;

/** One change an admin made to routing configuration; insert-only. */
@Entity
@Table(name = "admin_audit")
@NamedQuery(
    name = AdminAuditEntry.RECENT,
    query = "SELECT a FROM AdminAuditEntry a ORDER BY a.occurredAt DESC, a.id DESC")
public class AdminAuditEntry extends AdminChange {

  public static final String RECENT = "AdminAuditEntry.recent";

  @Id
  @SequenceGenerator(
      name = "admin_audit_seq",
      sequenceName = "admin_audit_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "admin_audit_seq")
  private Long id;

  protected AdminAuditEntry() {}

  public AdminAuditEntry(
      long actorId, Instant at, String subject, String subjectKey, String action, String detail) {
    super(actorId, at, subject, subjectKey, action, detail);
  }

  public Long getId() {
    return id;
  }
}
