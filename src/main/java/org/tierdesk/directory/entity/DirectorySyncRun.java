package org.tierdesk.directory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One run of the directory sync and what it did: the report admins read. */
@Entity
@Table(name = "directory_sync_run")
@NamedQuery(
    name = DirectorySyncRun.LATEST,
    query = "SELECT r FROM DirectorySyncRun r ORDER BY r.startedAt DESC, r.id DESC")
public class DirectorySyncRun {

  public static final String LATEST = "DirectorySyncRun.latest";
  static final int MAX_MESSAGE = 4000;

  /** Why a run started. */
  public enum Trigger {
    SCHEDULE,
    MANUAL
  }

  /** How a run ended. */
  public enum Outcome {
    RUNNING,
    SUCCEEDED,
    /** Finished, but some entries could not be taken over (see the message). */
    PARTIAL,
    FAILED
  }

  @Id
  @SequenceGenerator(
      name = "directory_sync_run_seq",
      sequenceName = "directory_sync_run_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "directory_sync_run_seq")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private AccountSource source;

  @Enumerated(EnumType.STRING)
  @Column(name = "trigger_kind", nullable = false, length = 20)
  private Trigger trigger;

  @Column(name = "started_by", length = 100)
  private String startedBy;

  @Column(length = 100)
  private String node;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Outcome outcome = Outcome.RUNNING;

  @Column(nullable = false)
  private int seen;

  @Column(nullable = false)
  private int created;

  @Column(nullable = false)
  private int updated;

  @Column(nullable = false)
  private int deactivated;

  @Column(nullable = false)
  private int errors;

  @Column(length = MAX_MESSAGE)
  private String message;

  @Version private long version;

  protected DirectorySyncRun() {}

  public DirectorySyncRun(
      AccountSource source, Trigger trigger, String startedBy, String node, Instant startedAt) {
    this.source = source;
    this.trigger = trigger;
    this.startedBy = startedBy;
    this.node = node;
    this.startedAt = startedAt;
  }

  public void finish(
      Outcome result,
      int seenCount,
      int createdCount,
      int updatedCount,
      int deactivatedCount,
      int errorCount,
      String text,
      Instant at) {
    this.outcome = result;
    this.seen = seenCount;
    this.created = createdCount;
    this.updated = updatedCount;
    this.deactivated = deactivatedCount;
    this.errors = errorCount;
    this.message =
        text == null || text.length() <= MAX_MESSAGE ? text : text.substring(0, MAX_MESSAGE);
    this.finishedAt = at;
  }

  public Long getId() {
    return id;
  }

  public AccountSource getSource() {
    return source;
  }

  public Trigger getTrigger() {
    return trigger;
  }

  public String getStartedBy() {
    return startedBy;
  }

  public String getNode() {
    return node;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public int getSeen() {
    return seen;
  }

  public int getCreated() {
    return created;
  }

  public int getUpdated() {
    return updated;
  }

  public int getDeactivated() {
    return deactivated;
  }

  public int getErrors() {
    return errors;
  }

  public String getMessage() {
    return message;
  }
}
