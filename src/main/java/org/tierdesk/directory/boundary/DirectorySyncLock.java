package org.tierdesk.directory.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import org.tierdesk.directory.entity.AccountSource;
import org.tierdesk.directory.entity.DirectorySyncRun;
import org.tierdesk.platform.persistence.InstantConverter;

/**
 * Makes sure one node at a time syncs a directory: a node claims the directory's lock row with a
 * conditional update, which the database lets only one node win. The claim is a lease, so a node
 * that dies mid-sync does not block the others for longer than the lease. The run reports are
 * written here too, each in a transaction of its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DirectorySyncLock {

  private static final InstantConverter TIMESTAMPS = new InstantConverter();

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /**
   * @param onlyIfDue true for the schedule (claim only when the next run is due); false for an
   *     admin's "synchronise now"
   * @return true when this node now holds the lock until {@code leaseUntil}
   */
  public boolean claim(
      AccountSource source, String node, Instant now, Instant leaseUntil, boolean onlyIfDue) {
    String sql =
        "UPDATE directory_sync_lock SET locked_by = ?1, locked_until = ?2"
            + " WHERE name = ?3 AND (locked_until IS NULL OR locked_until < ?4)"
            + (onlyIfDue ? " AND next_due <= ?4" : "");
    return em.createNativeQuery(sql)
            .setParameter(1, node)
            .setParameter(2, TIMESTAMPS.convertToDatabaseColumn(leaseUntil))
            .setParameter(3, source.name())
            .setParameter(4, TIMESTAMPS.convertToDatabaseColumn(now))
            .executeUpdate()
        == 1;
  }

  public long begin(DirectorySyncRun.Trigger trigger, String startedBy, String node) {
    DirectorySyncRun run =
        new DirectorySyncRun(AccountSource.LDAP, trigger, startedBy, node, clock.instant());
    em.persist(run);
    em.flush();
    return run.getId();
  }

  public void finish(
      long runId,
      DirectorySyncRun.Outcome outcome,
      int seen,
      int created,
      int updated,
      int deactivated,
      int errors,
      String message) {
    em.find(DirectorySyncRun.class, runId)
        .finish(outcome, seen, created, updated, deactivated, errors, message, clock.instant());
  }

  /** Gives the lock up and sets when the schedule syncs next. */
  public void release(AccountSource source, String node, Instant nextDue) {
    em.createNativeQuery(
            "UPDATE directory_sync_lock SET locked_by = NULL, locked_until = NULL, next_due = ?1"
                + " WHERE name = ?2 AND locked_by = ?3")
        .setParameter(1, TIMESTAMPS.convertToDatabaseColumn(nextDue))
        .setParameter(2, source.name())
        .setParameter(3, node)
        .executeUpdate();
  }
}
