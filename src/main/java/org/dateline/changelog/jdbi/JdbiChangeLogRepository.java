package org.dateline.changelog.jdbi;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.changelog.ChangeAction;
import org.dateline.changelog.ChangeEntry;
import org.dateline.changelog.ChangeLog;
import org.dateline.changelog.ChangeLogRepository;
import org.dateline.storage.Counters;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Update;

/**
 * The change log in the {@code change_log} table, cache keys space-separated in one column. Appends
 * are serialized: each first bumps the {@value #APPENDS} counter, whose row stays locked until the
 * transaction ends, so sequence numbers are handed out in commit order even where transactions
 * overlap (PostgreSQL), and a reader that follows the log by {@code seq} never sees a lower number
 * commit after a higher one (decision 0008).
 */
final class JdbiChangeLogRepository implements ChangeLogRepository {
  static final String APPENDS = "change_log.appends";

  /** Rows per multi-row insert: 5 values each, well under any database's parameter limit. */
  private static final int ROWS_PER_INSERT = 500;

  private final Jdbi jdbi;

  JdbiChangeLogRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public long append(ChangeLog.Change change, Instant at) {
    return jdbi.inTransaction(
        h -> {
          Counters.bump(h, APPENDS); // the lock that orders appends, held until commit
          return bind(
                  h.createUpdate(
                      "INSERT INTO change_log(article_id, action, version, at, cache_keys) "
                          + "VALUES (:a0, :action0, :v0, :at, :keys0)"),
                  0,
                  change)
              .bind("at", at.toEpochMilli())
              .executeAndReturnGeneratedKeys("seq")
              .mapTo(Long.class)
              .one();
        });
  }

  @Override
  public void appendAll(List<ChangeLog.Change> changes, Instant at) {
    jdbi.useTransaction(
        h -> {
          Counters.bump(h, APPENDS); // the lock that orders appends, held until commit
          for (int from = 0; from < changes.size(); from += ROWS_PER_INSERT) {
            List<ChangeLog.Change> chunk =
                changes.subList(from, Math.min(changes.size(), from + ROWS_PER_INSERT));
            StringBuilder sql =
                new StringBuilder(
                    "INSERT INTO change_log(article_id, action, version, at, cache_keys) VALUES ");
            for (int i = 0; i < chunk.size(); i++) {
              sql.append(i == 0 ? "" : ", ")
                  .append("(:a")
                  .append(i)
                  .append(", :action")
                  .append(i)
                  .append(", :v")
                  .append(i)
                  .append(", :at, :keys")
                  .append(i)
                  .append(')');
            }
            Update insert = h.createUpdate(sql.toString()).bind("at", at.toEpochMilli());
            for (int i = 0; i < chunk.size(); i++) {
              bind(insert, i, chunk.get(i));
            }
            insert.execute();
          }
        });
  }

  private static Update bind(Update u, int i, ChangeLog.Change c) {
    return u.bind("a" + i, c.articleId())
        .bind("action" + i, c.action().code())
        .bind("v" + i, c.version())
        .bind("keys" + i, String.join(" ", new java.util.TreeSet<>(c.keys())));
  }

  @Override
  public long latestSeq() {
    return jdbi.withHandle(
        h -> h.createQuery("SELECT COALESCE(MAX(seq), 0) FROM change_log").mapTo(Long.class).one());
  }

  @Override
  public List<ChangeEntry> after(long seq, int limit) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT * FROM change_log WHERE seq > :seq ORDER BY seq LIMIT :limit")
                .bind("seq", seq)
                .bind("limit", limit)
                .map(
                    (rs, ctx) ->
                        new ChangeEntry(
                            rs.getLong("seq"),
                            rs.getLong("article_id"),
                            ChangeAction.valueOf(rs.getString("action").toUpperCase(Locale.ROOT)),
                            rs.getInt("version"),
                            Instant.ofEpochMilli(rs.getLong("at")),
                            keys(rs.getString("cache_keys"))))
                .list());
  }

  private static Set<String> keys(String column) {
    return column == null || column.isBlank()
        ? Set.of()
        : Set.copyOf(Arrays.asList(column.trim().split(" +")));
  }
}
