package org.tierdesk.directory.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.tierdesk.platform.audit.AdminChange;

/** One change an admin made to directory settings (group mappings, a sync started); insert-only. */
@Entity
@Table(name = "directory_audit")
@NamedQuery(
    name = DirectoryAuditEntry.RECENT,
    query = "SELECT a FROM DirectoryAuditEntry a ORDER BY a.occurredAt DESC, a.id DESC")
public class DirectoryAuditEntry extends AdminChange {

  public static final String RECENT = "DirectoryAuditEntry.recent";

  @Id
  @SequenceGenerator(
      name = "directory_audit_seq",
      sequenceName = "directory_audit_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "directory_audit_seq")
  private Long id;

  protected DirectoryAuditEntry() {}

  public DirectoryAuditEntry(
      long actorId, Instant at, String subject, String subjectKey, String action, String detail) {
    super(actorId, at, subject, subjectKey, action, detail);
  }

  public Long getId() {
    return id;
  }
}
