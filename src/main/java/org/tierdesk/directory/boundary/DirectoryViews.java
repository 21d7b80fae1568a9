package org.tierdesk.directory.boundary;

import java.time.Instant;
import java.util.List;
import org.tierdesk.directory.entity.DirectoryAuditEntry;
import org.tierdesk.directory.entity.DirectorySyncRun;
import org.tierdesk.directory.entity.GroupRoleMapping;

/** What the directory admin screens and {@code /api/v1/admin/directory} show and accept. */
public final class DirectoryViews {

  private DirectoryViews() {}

  /** A group → role rule. */
  public record Mapping(
      long id, String source, String groupName, String role, String lineCode, long version) {
    static Mapping of(GroupRoleMapping m) {
      return new Mapping(
          m.getId(),
          m.getSource().name(),
          m.getGroupName(),
          m.getRole().name(),
          m.getLineCode(),
          m.getVersion());
    }
  }

  /**
   * A new or changed rule. {@code version} is the version the admin edited (for changes), so that a
   * rule changed meanwhile by someone else is not overwritten.
   */
  public record MappingForm(
      String source, String groupName, String role, String lineCode, Long version) {}

  /** A row of the people list: where the account comes from and what the directory last said. */
  public record PersonRow(
      long id,
      String username,
      String displayName,
      String email,
      String source,
      String department,
      String title,
      String manager,
      Instant syncedAt,
      boolean active,
      List<String> roles) {}

  /** An organisation unit with the number of people in it. */
  public record Unit(
      long id,
      String code,
      String name,
      String parent,
      String source,
      boolean active,
      long people) {}

  /** A sync run's report. */
  public record SyncReport(
      long id,
      String source,
      String trigger,
      String startedBy,
      String node,
      Instant startedAt,
      Instant finishedAt,
      String outcome,
      int seen,
      int created,
      int updated,
      int deactivated,
      int errors,
      String message) {
    static SyncReport of(DirectorySyncRun r) {
      return new SyncReport(
          r.getId(),
          r.getSource().name(),
          r.getTrigger().name(),
          r.getStartedBy(),
          r.getNode(),
          r.getStartedAt(),
          r.getFinishedAt(),
          r.getOutcome().name(),
          r.getSeen(),
          r.getCreated(),
          r.getUpdated(),
          r.getDeactivated(),
          r.getErrors(),
          r.getMessage());
    }

    public boolean running() {
      return DirectorySyncRun.Outcome.RUNNING.name().equals(outcome);
    }
  }

  /** One audited change. */
  public record AuditEntry(
      Instant occurredAt, String actor, String subject, String key, String action, String detail) {
    static AuditEntry of(DirectoryAuditEntry e, String actor) {
      return new AuditEntry(
          e.getOccurredAt(),
          actor,
          e.getSubject(),
          e.getSubjectKey(),
          e.getAction(),
          e.getDetail());
    }
  }
}
