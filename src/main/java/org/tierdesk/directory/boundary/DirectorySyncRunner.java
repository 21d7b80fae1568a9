package org.tierdesk.directory.boundary;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tierdesk.directory.control.LdapDirectory;
import org.tierdesk.directory.entity.AccountSource;
import org.tierdesk.directory.entity.DirectorySyncRun;
import org.tierdesk.platform.errors.TierdeskException;
import org.tierdesk.platform.i18n.Texts;

/**
 * Runs one directory sync while holding the lock: takes every person under the user base over
 * (creating and updating accounts, departments, managers and roles), deactivates disabled accounts
 * and leavers the directory no longer returns, and records the report. Each person is its own
 * transaction, so one bad entry neither blocks nor rolls back the others.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DirectorySyncRunner {

  private static final Logger LOG = Logger.getLogger(DirectorySyncRunner.class.getName());
  private static final int MAX_PROBLEMS_REPORTED = 20;

  @Inject LdapConnection ldap;
  @Inject DirectoryAccounts accounts;
  @Inject DirectorySyncLock lock;
  @Inject Clock clock;

  @Asynchronous
  public void runLater(long runId) {
    run(runId);
  }

  public void run(long runId) {
    Instant started = clock.instant();
    Tally tally = new Tally();
    DirectorySyncRun.Outcome outcome;
    try {
      LdapDirectory directory = ldap.directory().orElseThrow();
      directory.forEachPerson(person -> take(person, tally), tally::problem);
      tally.linkManagers(accounts);
      deactivateLeavers(started, tally);
      outcome =
          tally.errors == 0 ? DirectorySyncRun.Outcome.SUCCEEDED : DirectorySyncRun.Outcome.PARTIAL;
    } catch (Exception e) {
      LOG.log(Level.WARNING, "Directory sync failed", e);
      tally.problem("The sync stopped: " + e.getMessage());
      outcome = DirectorySyncRun.Outcome.FAILED;
    } finally {
      Instant finished = clock.instant();
      int minutes = ldap.directory().map(d -> d.settings().syncIntervalMinutes()).orElse(0);
      lock.release(
          AccountSource.LDAP,
          DirectorySync.NODE,
          // From the start of the minute, so that a run started by the tick at 10:00:00.4 is due
          // again at the tick of 11:00, not at 11:01.
          started
              .truncatedTo(ChronoUnit.MINUTES)
              .plus(Duration.ofMinutes(minutes == 0 ? 24 * 60 : minutes)));
    }
    finish(runId, outcome, tally);
  }

  private void take(LdapDirectory.Person person, Tally tally) {
    tally.seen++;
    String username = person.profile().username();
    try {
      if (person.disabled()) {
        if (accounts.left(AccountSource.LDAP, username)) {
          tally.deactivated++;
        }
        return;
      }
      DirectoryAccounts.Confirmation done =
          accounts.confirm(AccountSource.LDAP, person.profile(), person.groups());
      if (done.created()) {
        tally.created++;
      } else if (done.changed()) {
        tally.updated++;
      }
      if (person.profile().managerUsername() != null && !done.managerLinked()) {
        tally.pendingManagers.put(username, person.profile().managerUsername());
      }
    } catch (TierdeskException e) {
      tally.problem(username + ": " + Texts.format(Locale.ENGLISH, e.messageKey(), e.arguments()));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Directory sync could not take over " + username, e);
      tally.problem(username + ": " + e);
    }
  }

  private void deactivateLeavers(Instant started, Tally tally) {
    List<String> leavers = accounts.unconfirmedSince(AccountSource.LDAP, started);
    if (tally.seen == 0 && !leavers.isEmpty()) {
      // An empty answer is far likelier a wrong base or filter than everybody leaving at once.
      tally.problem(
          "The directory returned nobody; " + leavers.size() + " accounts were kept active");
      return;
    }
    for (String username : leavers) {
      if (accounts.left(AccountSource.LDAP, username)) {
        tally.deactivated++;
      }
    }
  }

  private void finish(long runId, DirectorySyncRun.Outcome outcome, Tally tally) {
    lock.finish(
        runId,
        outcome,
        tally.seen,
        tally.created,
        tally.updated,
        tally.deactivated,
        tally.errors,
        tally.summary());
    LOG.info(
        () ->
            "Directory sync "
                + outcome
                + ": seen "
                + tally.seen
                + ", created "
                + tally.created
                + ", updated "
                + tally.updated
                + ", deactivated "
                + tally.deactivated
                + ", errors "
                + tally.errors);
  }

  /** What a run counted so far. */
  static final class Tally {
    int seen;
    int created;
    int updated;
    int deactivated;
    int errors;
    final List<String> problems = new ArrayList<>();
    final Map<String, String> pendingManagers = new LinkedHashMap<>();

    void problem(String text) {
      errors++;
      if (problems.size() < MAX_PROBLEMS_REPORTED) {
        problems.add(text);
      }
    }

    void linkManagers(DirectoryAccounts accounts) {
      pendingManagers.forEach(accounts::linkManager);
    }

    String summary() {
      if (problems.isEmpty()) {
        return null;
      }
      String more =
          errors > problems.size() ? "\n… and " + (errors - problems.size()) + " more" : "";
      return String.join("\n", problems) + more;
    }
  }
}
