package org.tierdesk.directory.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.tierdesk.directory.control.LdapDirectory;
import org.tierdesk.directory.entity.AccountSource;
import org.tierdesk.directory.entity.DirectorySyncRun;
import org.tierdesk.platform.errors.Conflict;

/**
 * Starts directory syncs: on a schedule (every {@code tierdesk.ldap.sync.interval-minutes}, checked
 * each minute by a non-persistent timer on every node) or when an admin asks. Whichever node claims
 * the lock row runs the sync; the others skip it.
 */
@Stateless
public class DirectorySync {

  /** Longer than any sync should take; a node that died holding the lock frees it after this. */
  static final Duration LEASE = Duration.ofMinutes(30);

  static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

  @PersistenceContext EntityManager em;
  @Inject LdapConnection ldap;
  @Inject DirectorySyncLock lock;
  @Inject DirectorySyncRunner runner;
  @Inject Clock clock;

  @Schedule(minute = "*", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void tick() {
    Optional<LdapDirectory> directory = ldap.directory();
    if (directory.isEmpty() || directory.get().settings().syncIntervalMinutes() == 0) {
      return;
    }
    Instant now = clock.instant();
    if (lock.claim(AccountSource.LDAP, NODE, now, now.plus(LEASE), true)) {
      runner.run(lock.begin(DirectorySyncRun.Trigger.SCHEDULE, null, NODE));
    }
  }

  /**
   * Starts a sync now, in the background, and returns its report (still running).
   *
   * @throws Conflict when LDAP is off or a sync is running already
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public long start(String startedBy) {
    if (!ldap.isConfigured()) {
      throw new Conflict("directory.sync.off");
    }
    Instant now = clock.instant();
    if (!lock.claim(AccountSource.LDAP, NODE, now, now.plus(LEASE), false)) {
      throw new Conflict("directory.sync.busy");
    }
    long runId = lock.begin(DirectorySyncRun.Trigger.MANUAL, startedBy, NODE);
    runner.runLater(runId);
    return runId;
  }

  /** The most recent run, if any. */
  public Optional<DirectorySyncRun> latest() {
    return em.createNamedQuery(DirectorySyncRun.LATEST, DirectorySyncRun.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  public Optional<DirectorySyncRun> run(long id) {
    return Optional.ofNullable(em.find(DirectorySyncRun.class, id));
  }
}
