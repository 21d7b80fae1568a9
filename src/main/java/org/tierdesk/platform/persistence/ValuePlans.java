package org.tierdesk.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Has the queries of the current transaction planned for their parameter values on PostgreSQL.
 *
 * <p>PostgreSQL plans a prepared statement for its values five times, then once for any values if
 * that plan looks no dearer. For a subject search the values decide everything: a common word is
 * best found by reading the table until the 1,001st match, a rare one through the trigram index.
 * The plan for any values gathered every match through the index: first searches of common words at
 * 1,000,000 tickets took p95 225-234 ms instead of 110 ms, 65 ms of PostgreSQL per count instead of
 * 8 (BENCHMARKS.md, 2026-12-05). Planning each search anew costs about 1 ms. Other queries keep
 * their plans for any values, which their indexes serve alike. H2 has no such choice.
 */
@ApplicationScoped
public class ValuePlans {

  @Resource(lookup = DatabaseSetup.DATA_SOURCE)
  DataSource dataSource;

  private volatile Boolean postgres;

  /** In a transaction: its remaining queries are planned for their values (PostgreSQL only). */
  public void forThisTransaction(EntityManager em) {
    if (postgres()) {
      em.createNativeQuery("SET LOCAL plan_cache_mode = force_custom_plan").executeUpdate();
    }
  }

  private boolean postgres() {
    Boolean known = postgres;
    if (known == null) {
      try (Connection connection = dataSource.getConnection()) {
        known = "PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
      } catch (SQLException e) {
        throw new PersistenceException("Could not tell the database", e);
      }
      postgres = known;
    }
    return known;
  }
}
