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
   * PostgreSQL: all rows in one {@code INSERT ... SELECT ... FROM unnest(?, ?, ...)}, so the
   * statement has at most as many parameters as the table has columns whatever the number of rows
   * (parsed and bound once, not once per 500 rows of 13 parameters each). A column whose rows all
   * hold the same value (the instant of a sweep, an event kind) is bound once as a plain parameter
   * instead of an array of equal values, and a column null in every row is written as a plain NULL.
   * The arrays are typed ({@code Long[]}, {@code String[]}, ...) so that the driver encodes them
   * without a string per element; instants go as their text, which PostgreSQL parses (the driver's
   * own text for a {@link Timestamp} goes through a time-zone calendar per element).
   */
  private void insertByArrays(String table, List<String> columns, List<Object[]> rows) {
    ArrayInsert insert = ArrayInsert.of(table, columns, rows);
    try (PreparedStatement statement = connection.prepareStatement(insert.sql())) {
      int index = 1;
      for (Object value : insert.scalars()) {
        bind(statement, index++, value);
      }
      for (int i = 0; i < insert.arrays().size(); i++) {
        statement.setArray(
            index++, connection.createArrayOf(insert.arrayTypes().get(i), insert.arrays().get(i)));
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

  /**
   * The statement {@link #insertByArrays} runs: its SQL, the values of its plain parameters (in the
   * select list, bound first) and its arrays with their element types (in {@code unnest}, bound
   * after them).
   */
  record ArrayInsert(
      String sql, List<Object> scalars, List<Object[]> arrays, List<String> arrayTypes) {

    static ArrayInsert of(String table, List<String> columns, List<Object[]> rows) {
      List<String> selected = new ArrayList<>(columns.size());
      List<String> unnested = new ArrayList<>(columns.size());
      List<Object> scalars = new ArrayList<>();
      List<Object[]> arrays = new ArrayList<>(columns.size());
      List<String> types = new ArrayList<>(columns.size());
      boolean arrayTaken = false;
      for (int column = 0; column < columns.size(); column++) {
        Object sample = null;
        boolean same = true;
        for (Object[] values : rows) {
          Object value = values[column];
          if (value != null && sample != null && value.getClass() != sample.getClass()) {
            throw new IllegalArgumentException(
                "Mixed values in " + table + "." + columns.get(column) + ": " + value.getClass());
          }
          if (sample == null && value != null) {
            sample = value;
          }
          same &= value != null && value.equals(rows.get(0)[column]);
        }
        if (sample == null) {
          selected.add("NULL");
          continue;
        }
        String type = arrayType(sample);
        // One array at least, so that unnest yields the rows (the last column takes it if no
        // other does: ids are never all equal, so this only matters for a single row).
        boolean lastChance = !arrayTaken && column == lastNonNull(columns.size(), rows);
        if (same && !lastChance) {
          selected.add("CAST(? AS " + type + ")");
          scalars.add(sample);
          continue;
        }
        String name = "c" + column;
        selected.add("u." + name);
        unnested.add(name);
        arrays.add(typedArray(sample, rows, column));
        types.add(type);
        arrayTaken = true;
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
      return new ArrayInsert(sql, scalars, arrays, types);
    }

    private static int lastNonNull(int columns, List<Object[]> rows) {
      for (int column = columns - 1; column >= 0; column--) {
        for (Object[] values : rows) {
          if (values[column] != null) {
            return column;
          }
        }
      }
      return -1;
    }

    private static Object[] typedArray(Object sample, List<Object[]> rows, int column) {
      Object[] array;
      if (sample instanceof Long) {
        array = new Long[rows.size()];
      } else if (sample instanceof Integer) {
        array = new Integer[rows.size()];
      } else if (sample instanceof Boolean) {
        array = new Boolean[rows.size()];
      } else {
        array = new String[rows.size()];
      }
      for (int row = 0; row < rows.size(); row++) {
        Object value = rows.get(row)[column];
        if (value instanceof Instant instant) {
          array[row] = timestampText(instant);
        } else if (value instanceof Timestamp timestamp) {
          array[row] = timestamp.toString();
        } else {
          array[row] = value;
        }
      }
      return array;
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

  /**
   * An instant as PostgreSQL's text of the UTC wall-clock TIMESTAMP it is stored as ({@link
   * #timestamp}), with all nine digits of the fraction, so that the server rounds it to
   * microseconds as it rounds a bound {@link Timestamp}.
   */
  static String timestampText(Instant instant) {
    LocalDateTime utc = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
    int year = utc.getYear();
    if (year < 1 || year > 9999) {
      return utc.withNano(instant.getNano()).toString();
    }
    StringBuilder text = new StringBuilder(29);
    pad(text, year, 4).append('-');
    pad(text, utc.getMonthValue(), 2).append('-');
    pad(text, utc.getDayOfMonth(), 2).append(' ');
    pad(text, utc.getHour(), 2).append(':');
    pad(text, utc.getMinute(), 2).append(':');
    pad(text, utc.getSecond(), 2).append('.');
    return pad(text, instant.getNano(), 9).toString();
  }

  private static StringBuilder pad(StringBuilder text, int value, int digits) {
    String number = Integer.toString(value);
    for (int i = number.length(); i < digits; i++) {
      text.append('0');
    }
    return text.append(number);
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
   * ids} in chunks (on PostgreSQL one statement {@code WHERE id = ANY(?)} with the ids as one array
   * parameter, instead of a thousand parameters per chunk); {@code parameters} fill the
   * placeholders of assignments and condition (in that order) for every chunk. Returns the number
   * of rows changed.
   */
  public int updateByIds(
      String table,
      String assignments,
      String condition,
      Collection<Long> ids,
      Object... parameters) {
    requireName(table);
    List<Long> all = List.copyOf(ids);
    if (all.isEmpty()) {
      return 0;
    }
    if (isPostgres()) {
      return updateByIdArray(table, assignments, condition, all, parameters);
    }
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

  private int updateByIdArray(
      String table, String assignments, String condition, List<Long> ids, Object... parameters) {
    String sql =
        "UPDATE "
            + table
            + " SET "
            + assignments
            + " WHERE id = ANY(?)"
            + (condition == null ? "" : " AND " + condition);
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      int index = 1;
      int assignmentParameters = count(assignments);
      for (int i = 0; i < assignmentParameters; i++) {
        bind(statement, index++, parameters[i]);
      }
      statement.setArray(index++, connection.createArrayOf("int8", ids.toArray(new Long[0])));
      for (int i = assignmentParameters; i < parameters.length; i++) {
        bind(statement, index++, parameters[i]);
      }
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new PersistenceException("Could not update " + table, e);
    }
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
