package org.dateline.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.statement.Query;

/**
 * Counting rows per time interval in one pass, in portable SQL: a {@code SUM(CASE ...)} column per
 * interval between consecutive bounds. The bounds come from the caller (for example the starts of
 * days in the edition's zone), so no database needs to know about time zones.
 */
public final class IntervalCounts {
  private IntervalCounts() {}

  /**
   * The select list {@code n0, n1, ...} counting rows whose epoch-millisecond {@code column} falls
   * in each interval.
   */
  public static String columns(String column, List<Instant> bounds) {
    check(bounds);
    StringBuilder sql = new StringBuilder();
    for (int i = 0; i + 1 < bounds.size(); i++) {
      sql.append(i == 0 ? "" : ", ")
          .append("COALESCE(SUM(CASE WHEN ")
          .append(column)
          .append(" >= :b")
          .append(i)
          .append(" AND ")
          .append(column)
          .append(" < :b")
          .append(i + 1)
          .append(" THEN 1 ELSE 0 END), 0) AS n")
          .append(i);
    }
    return sql.toString();
  }

  /** The condition keeping rows inside the whole window, for the WHERE clause. */
  public static String window(String column, List<Instant> bounds) {
    check(bounds);
    return column + " >= :b0 AND " + column + " < :b" + (bounds.size() - 1);
  }

  /** Binds {@code :b0 ... :bN}. */
  public static Query bind(Query query, List<Instant> bounds) {
    for (int i = 0; i < bounds.size(); i++) {
      query.bind("b" + i, bounds.get(i).toEpochMilli());
    }
    return query;
  }

  /** The counts of one result row, interval by interval. */
  public static List<Long> read(ResultSet rs, List<Instant> bounds) throws SQLException {
    List<Long> counts = new ArrayList<>(bounds.size() - 1);
    for (int i = 0; i + 1 < bounds.size(); i++) {
      counts.add(rs.getLong("n" + i));
    }
    return counts;
  }

  private static void check(List<Instant> bounds) {
    if (bounds.size() < 2) {
      throw new IllegalArgumentException("intervals need at least two bounds");
    }
    for (int i = 0; i + 1 < bounds.size(); i++) {
      if (!bounds.get(i).isBefore(bounds.get(i + 1))) {
        throw new IllegalArgumentException("interval bounds must increase");
      }
    }
  }
}
