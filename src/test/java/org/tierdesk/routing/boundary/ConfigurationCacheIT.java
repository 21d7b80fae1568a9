package org.tierdesk.routing.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.io.File;
import java.time.Duration;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tierdesk.platform.cache.ConfigGeneration;
import org.tierdesk.routing.entity.SupportLine;

/**
 * Support lines (like categories and queues) are served from each node's shared cache, so ticket
 * creation and the ticket page do not read them again and again. What only the inside of the server
 * can show: the cache is used, and it never hides a change made on another node of a cluster for
 * longer than the configuration generation and the cache's expiry allow. "Another node" is a
 * committed change that does not pass through this node's JPA, as another node's commit looks from
 * here. Runs in the real WAR on Payara Micro (Arquillian), against the database of the run.
 */
@ExtendWith(ArquillianExtension.class)
class ConfigurationCacheIT {

  @Deployment
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(
            WebArchive.class, new File(System.getProperty("tierdesk.war")))
        .addClasses(ConfigurationCacheIT.class, StoredRouting.class);
  }

  @Inject StoredRouting stored;

  @PersistenceUnit EntityManagerFactory factory;

  private long line;
  private String original;

  @BeforeEach
  void rememberTheFirstLine() {
    line = stored.firstLineId();
    original = stored.description(line);
  }

  @AfterEach
  void restoreIt() {
    stored.describeElsewhere(line, original, true);
  }

  @Test
  void aLineLookedUpByIdIsKeptInTheSharedCache() {
    stored.description(line);

    assertTrue(factory.getCache().contains(SupportLine.class, line));
  }

  @Test
  void anotherNodesChangeIsSeenByTheNextTransactionThatReadsTheGeneration() {
    stored.description(line);

    stored.describeElsewhere(line, "Changed on another node", true);

    assertEquals("Changed on another node", stored.descriptionAfterTheGeneration(line));
    assertEquals("Changed on another node", stored.description(line));
  }

  @Test
  void aQueryShowsANewerVersionAtOnceAndRefreshesTheCache() {
    stored.description(line);

    stored.describeElsewhere(line, "Newer version", false);

    assertTrue(stored.descriptionsByQuery().contains("Newer version"));
    assertEquals("Newer version", stored.description(line));
  }

  @Test
  void aChangeNobodyAnnouncedIsSeenWithinTheExpiry() {
    stored.description(line);

    stored.describeBehindJpa(line, "Fixed by hand");

    assertEventually("Fixed by hand", () -> stored.description(line));
  }

  @Test
  void membersAreAlwaysReadFromTheDatabase() {
    long employee = stored.personId("employee");
    assertFalse(stored.members(line).contains("employee"));

    stored.addMemberElsewhere(line, employee);
    try {
      assertTrue(stored.members(line).contains("employee"));
    } finally {
      stored.removeMemberElsewhere(line, employee);
    }
    assertFalse(stored.members(line).contains("employee"));
  }

  /** Polls for at most the cache's expiry and a second more. */
  private static void assertEventually(String expected, Supplier<String> actual) {
    long deadline =
        System.nanoTime()
            + Duration.ofMillis(ConfigGeneration.SHARED_CACHE_EXPIRY_MS + 1_000).toNanos();
    String last = actual.get();
    while (!expected.equals(last) && System.nanoTime() < deadline) {
      sleep();
      last = actual.get();
    }
    assertEquals(expected, last);
  }

  private static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
