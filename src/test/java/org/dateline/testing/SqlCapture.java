package org.dateline.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Records the SQL statements run on the calling thread while open (with Jdbi's statement logger),
 * to check what a use case asks of the database: how many statements, and by which plan.
 */
public final class SqlCapture implements AutoCloseable {
  private final Jdbi jdbi;
  private final List<String> statements = new CopyOnWriteArrayList<>();

  private SqlCapture(Jdbi jdbi, Predicate<Thread> recorded) {
    this.jdbi = jdbi;
    jdbi.getConfig(SqlStatements.class)
        .setSqlLogger(
            new SqlLogger() {
              @Override
              public void logBeforeExecution(StatementContext context) {
                if (recorded.test(Thread.currentThread())) {
                  statements.add(context.getRenderedSql());
                }
              }
            });
  }

  /** Starts recording the calling thread's statements. */
  public static SqlCapture of(Jdbi jdbi) {
    Thread caller = Thread.currentThread();
    return new SqlCapture(jdbi, t -> t == caller);
  }

  /**
   * Starts recording the statements of the HTTP server's request threads (Jetty's {@code qtp…}
   * pool): what the requests sent meanwhile ask of the store, without the background pollers.
   */
  public static SqlCapture ofRequests(Jdbi jdbi) {
    return new SqlCapture(jdbi, t -> t.getName().startsWith("qtp"));
  }

  /** The statements run so far, as sent to the database (with {@code ?} placeholders). */
  public List<String> statements() {
    return List.copyOf(statements);
  }

  /**
   * SQLite's plan for a statement: one line per step, e.g. {@code SEARCH a USING INDEX i (x=?)} or
   * {@code SCAN t} (a full scan), {@code USE TEMP B-TREE FOR ORDER BY} (a sort of all rows).
   */
  public List<String> plan(String sql) {
    try {
      return jdbi.withHandle(
          h -> {
            List<String> lines = new java.util.ArrayList<>();
            try (var st = h.getConnection().createStatement();
                var rs = st.executeQuery("EXPLAIN QUERY PLAN " + sql)) {
              while (rs.next()) {
                lines.add(rs.getString("detail"));
              }
            }
            return lines;
          });
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("cannot explain " + sql, e);
    }
  }

  @Override
  public void close() {
    jdbi.getConfig(SqlStatements.class).setSqlLogger(SqlLogger.NOP_SQL_LOGGER);
  }
}
