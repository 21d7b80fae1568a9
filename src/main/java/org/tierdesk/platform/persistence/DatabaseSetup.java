package org.tierdesk.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Defines the application's data source from MicroProfile Config and brings the schema up to date
 * with Flyway before anything else touches the database. EclipseLink never generates DDL.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
@DataSourceDefinition(
    name = DatabaseSetup.DATA_SOURCE,
    className = "org.tierdesk.platform.persistence.JdbcUrlDataSource",
    url = "${MPCONFIG=tierdesk.db.url}",
    user = "${MPCONFIG=tierdesk.db.user}",
    password = "${MPCONFIG=tierdesk.db.password}",
    minPoolSize = 2,
    maxPoolSize = 32,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=meta-data",
      "fish.payara.fail-all-connections=true"
    })
public class DatabaseSetup {

  public static final String DATA_SOURCE = "java:app/jdbc/tierdesk";
  private static final Logger LOG = Logger.getLogger(DatabaseSetup.class.getName());

  @Resource(lookup = DATA_SOURCE)
  DataSource dataSource;

  @PostConstruct
  void migrate() {
    warnUnlessUtc();
    MigrateResult result =
        Flyway.configure(DatabaseSetup.class.getClassLoader())
            .dataSource(dataSource)
            .locations(locations())
            .failOnMissingLocations(true)
            .load()
            .migrate();
    LOG.info(
        () ->
            "Database schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
  }

  /**
   * The portable migrations, and on PostgreSQL also those only PostgreSQL can run (trigram indexes
   * for ticket search); H2, the embedded default, searches without them.
   */
  private String[] locations() {
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName();
      return "PostgreSQL".equalsIgnoreCase(product)
          ? new String[] {"classpath:db/migration", "classpath:db/postgresql"}
          : new String[] {"classpath:db/migration"};
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reach the database to migrate it", e);
    }
  }

  /**
   * Instants are stored as UTC wall-clock timestamps through the JDBC driver, which interprets them
   * in the JVM's zone: outside UTC, instants inside that zone's daylight-saving gap would shift by
   * an hour. The launcher, the Docker image and the tests all run in UTC.
   */
  private static void warnUnlessUtc() {
    ZoneId zone = ZoneId.systemDefault();
    if (!zone.normalized().equals(ZoneOffset.UTC)) {
      LOG.warning(
          () ->
              "The JVM runs in time zone "
                  + zone
                  + "; start it with -Duser.timezone=UTC so stored instants stay exact");
    }
  }
}
