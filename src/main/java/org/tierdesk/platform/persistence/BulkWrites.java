package org.tierdesk.platform.persistence;

import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import javax.sql.DataSource;

/**
 * Set-based writes for the few places that write thousands of rows in one transaction (the SLA
 * sweep): multi-row {@code INSERT ... VALUES (...), (...)} statements, {@code UPDATE ... WHERE id
 * IN (...)}, and ids drawn from the entities' sequences in blocks. They run in the caller's JTA
 * transaction, so they commit or roll back with its JPA work. Portable between H2 2.x and
 * PostgreSQL 15.
 *
 * <p>Ids follow EclipseLink's allocation for a sequence {@code INCREMENT BY 50} with {@code
 * allocationSize = 50}: each value {@code v} the sequence hands out stands for the ids {@code v-49
 * .. v}, so ids taken here never meet the ones the entities take.
 */
public final class BulkWrites implements AutoCloseable {

  /** Ids one sequence value stands for (the sequences' INCREMENT BY, the entities' allocation). */
  public static final int ALLOCATION = 50;

  /** Rows per INSERT statement; bounded also by PostgreSQL's 32,767 parameters per statement. */
  static final int ROWS_PER_INSERT = 500;

  /** Ids per IN list. */
  static final int IDS_PER_STATEMENT = 1000;

  private static final int MAX_PARAMETERS = 30_000;

  private final Connection connection;

  private BulkWrites(Connection connection) {
    this.connection = connection;
  }

  /**
   * Writes in the caller's JTA transaction: a connection handle from the application's data source
   * (the one the entity manager uses), which the container shares with the entity manager within
   * the transaction, so these statements see and hold the same row locks. Close it after use (the
   * transaction still commits or rolls back everything together).
   */
  public static BulkWrites open(DataSource dataSource) {
    try {
      return new BulkWrites(dataSource.getConnection());
    } catch (SQLException e) {
      throw new PersistenceException("No database connection", e);
    }
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new PersistenceException("Could not release the database connection", e);
    }
  }

  /** {@code count} fresh ids from {@code sequence} (INCREMENT BY {@link #ALLOCATION}). */
  public List<Long> ids(String sequence, int count) {
    requireName(sequence);
    List<Long> ids = new ArrayList<>(count);
    if (count == 0) {
      return ids;
    }
    int blocks = (count + ALLOCATION - 1) / ALLOCATION;
    try (PreparedStatement statement = connection.prepareStatement(sequenceQuery(sequence))) {
      statement.setInt(1, blocks);
      try (ResultSet values = statement.executeQuery()) {
        while (values.next() && ids.size() < count) {
          long last = values.getLong(1);
          for (long id = last - ALLOCATION + 1; id <= last && ids.size() < count; id++) {
            ids.add(id);
          }
        }
      }
    } catch (SQLException e) {
      throw new PersistenceException("Could not draw ids from " + sequence, e);
    }
    if (ids.size() < count) {
      throw new IllegalStateException("Sequence " + sequence + " gave too few values");
    }
    return ids;
  }

  /**
   * Inserts {@code rows} (values in the order of {@code columns}) with multi-row INSERT statements.
   * Values may be null, {@link Instant} (stored as a UTC TIMESTAMP), String, Number or Boolean.
   */
  public void insert(String table, List<String> columns, List<Object[]> rows) {
    requireName(table);
    columns.forEach(BulkWrites::requireName);
    if (rows.isEmpty()) {
      return;
    }
    for (Object[] values : rows) {
      if (values.length != columns.size()) {
        throw new IllegalArgumentException("Row of " + values.length + " values for " + table);
      }
    }
    if (isPostgres()) {
      insertByArrays(table, columns, rows);
      return;
    }
    int perStatement = Math.max(1, Math.min(ROWS_PER_INSERT, MAX_PARAMETERS / columns.size()));
    String row = "(" + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
    String head = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ";
    for (int from = 0; from < rows.size(); from += perStatement) {
      List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + perStatement));
      String sql = head + String.join(", ", java.util.Collections.nCopies(chunk.size(), row));
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        int index = 1;
        for (Object[] values : chunk) {
          if (values.length != columns.size()) {
            throw new IllegalArgumentException("Row of " + values.length + " values for " + table);
          }
          for (Object value : values) {
            bind(statement, index++, value);
          }
        }
        statement.executeUpdate();
      } catch (SQLException e) {
        throw new PersistenceException("Could not insert into " + table, e);
      }
    }
  }

  /**
   * PostgreSQL: all rows in one {@code INSERT ... SELECT ... FROM unnest(?, ?, ...)}, one typed
   * array per column, so the statement has as many parameters as the table has columns whatever the
   * number of rows (parsed and bound once, not once per 500 rows of 13 parameters each). A column
   * null in every row is written as a plain NULL.
   */
  private void insertByArrays(String table, List<String> columns, List<Object[]> rows) {
    List<String> selected = new ArrayList<>(columns.size());
    List<String> unnested = new ArrayList<>(columns.size());
    List<Object[]> arrays = new ArrayList<>(columns.size());
    List<String> types = new ArrayList<>(columns.size());
    for (int column = 0; column < columns.size(); column++) {
      Object sample = null;
      for (Object[] values : rows) {
        if (values[column] != null) {
          sample = values[column];
          break;
        }
      }
      if (sample == null) {
        selected.add("NULL");
        continue;
      }
      String type = arrayType(sample);
      Object[] array = new Object[rows.size()];
      for (int row = 0; row < rows.size(); row++) {
        Object value = rows.get(row)[column];
        if (value != null && value.getClass() != sample.getClass()) {
          throw new IllegalArgumentException(
              "Mixed values in " + table + "." + columns.get(column) + ": " + value.getClass());
        }
        array[row] = value instanceof Instant instant ? timestamp(instant) : value;
      }
      String name = "c" + column;
      selected.add("u." + name);
      unnested.add(name);
      arrays.add(array);
      types.add(type);
    }
    String sql =
        "INSERT INTO "
            + table
            + " ("
            + String.join(", ", columns)
            + ") SELECT "
            + String.join(", ", selected)
            + " FROM unnest("
            + String.join(", ", java.util.Collections.nCopies(arrays.size(), "?"))
            + ") AS u("
            + String.join(", ", unnested)
            + ")";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < arrays.size(); i++) {
        statement.setArray(i + 1, connection.createArrayOf(types.get(i), arrays.get(i)));
      }
      int inserted = statement.executeUpdate();
      if (inserted != rows.size()) {
        throw new PersistenceException(
            "Inserted " + inserted + " of " + rows.size() + " rows into " + table);
      }
    } catch (SQLException e) {
      throw new PersistenceException("Could not insert into " + table, e);
    }
  }

  private static String arrayType(Object sample) {
    if (sample instanceof Instant || sample instanceof Timestamp) {
      return "timestamp";
    }
    if (sample instanceof Long) {
      return "int8";
    }
    if (sample instanceof Integer) {
      return "int4";
    }
    if (sample instanceof String) {
      return "varchar";
    }
    if (sample instanceof Boolean) {
      return "bool";
    }
    throw new IllegalArgumentException("No array type for " + sample.getClass());
  }

  private Boolean postgres;

  private boolean isPostgres() {
    if (postgres == null) {
      try {
        postgres =
            connection
                .getMetaData()
                .getDatabaseProductName()
                .toLowerCase(Locale.ROOT)
                .contains("postgres");
      } catch (SQLException e) {
        throw new PersistenceException("Could not tell the database", e);
      }
    }
    return postgres;
  }

  /**
   * Runs {@code UPDATE <table> SET <assignments> WHERE id IN (...) [AND <condition>]} over {@code
   * ids} in chunks; {@code parameters} fill the placeholders of assignments and condition (in that
   * order) for every chunk. Returns the number of rows changed.
   */
  public int updateByIds(
      String table,
      String assignments,
      String condition,
      Collection<Long> ids,
      Object... parameters) {
    requireName(table);
    List<Long> all = List.copyOf(ids);
    int changed = 0;
    for (int from = 0; from < all.size(); from += IDS_PER_STATEMENT) {
      List<Long> chunk = all.subList(from, Math.min(all.size(), from + IDS_PER_STATEMENT));
      StringJoiner in = new StringJoiner(", ", "(", ")");
      chunk.forEach(id -> in.add("?"));
      String sql =
          "UPDATE "
              + table
              + " SET "
              + assignments
              + " WHERE id IN "
              + in
              + (condition == null ? "" : " AND " + condition);
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        int index = 1;
        int assignmentParameters = count(assignments);
        for (int i = 0; i < assignmentParameters; i++) {
          bind(statement, index++, parameters[i]);
        }
        for (Long id : chunk) {
          statement.setLong(index++, id);
        }
        for (int i = assignmentParameters; i < parameters.length; i++) {
          bind(statement, index++, parameters[i]);
        }
        changed += statement.executeUpdate();
      } catch (SQLException e) {
        throw new PersistenceException("Could not update " + table, e);
      }
    }
    return changed;
  }

  /** Runs one statement per row of {@code rows} as a JDBC batch; returns the rows changed. */
  public int batch(String sql, List<Object[]> rows) {
    if (rows.isEmpty()) {
      return 0;
    }
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (Object[] values : rows) {
        for (int i = 0; i < values.length; i++) {
          bind(statement, i + 1, values[i]);
        }
        statement.addBatch();
      }
      int changed = 0;
      for (int count : statement.executeBatch()) {
        changed += Math.max(count, 0);
      }
      return changed;
    } catch (SQLException e) {
      throw new PersistenceException("Batch failed: " + sql, e);
    }
  }

  /** Instants are stored as UTC wall-clock TIMESTAMPs, as {@link InstantConverter} does. */
  public static Timestamp timestamp(Instant instant) {
    return instant == null
        ? null
        : Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
  }

  /** The instant a UTC wall-clock TIMESTAMP column holds. */
  public static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Timestamp timestamp) {
      return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
    if (value instanceof LocalDateTime local) {
      return local.toInstant(ZoneOffset.UTC);
    }
    throw new IllegalArgumentException("Not a timestamp: " + value.getClass());
  }

  private String sequenceQuery(String sequence) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    if (product.contains("postgres")) {
      return "SELECT nextval('" + sequence + "') FROM generate_series(1, ?)";
    }
    if (product.contains("h2")) {
      return "SELECT NEXT VALUE FOR " + sequence + " FROM SYSTEM_RANGE(1, ?)";
    }
    throw new IllegalStateException("No sequence query for " + product);
  }

  private static void bind(PreparedStatement statement, int index, Object value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.NULL);
    } else if (value instanceof Instant instant) {
      statement.setTimestamp(index, timestamp(instant));
    } else if (value instanceof Boolean flag) {
      statement.setBoolean(index, flag);
    } else if (value instanceof Long number) {
      statement.setLong(index, number);
    } else if (value instanceof Integer number) {
      statement.setInt(index, number);
    } else if (value instanceof String text) {
      statement.setString(index, text);
    } else {
      statement.setObject(index, value);
    }
  }

  private static int count(String sql) {
    return (int) sql.chars().filter(c -> c == '?').count();
  }

  /** Table, column and sequence names are code, never input; this keeps them so. */
  private static void requireName(String name) {
    if (!name.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException("Not an SQL name: " + name);
    }
  }
}
