package org.dateline.changelog.jdbi;

import java.time.Instant;
import java.util.List;
import org.dateline.changelog.ChangeAction;
import org.dateline.changelog.ChangeEntry;
import org.dateline.changelog.ChangeLogRepository;
import org.dateline.storage.Counters;
import org.jdbi.v3.core.Jdbi;

/**
 * The change log in the {@code change_log} table. Appends are serialized: each first bumps the
 * {@value #APPENDS} counter, whose row stays locked until the transaction ends, so sequence numbers
 * are handed out in commit order even where transactions overlap (PostgreSQL), and a reader that
 * follows the log by {@code seq} never sees a lower number commit after a higher one (decision
 * 0008).
 */
final class JdbiChangeLogRepository implements ChangeLogRepository {
  static final String APPENDS = "change_log.appends";
  private final Jdbi jdbi;

  JdbiChangeLogRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public long append(long articleId, ChangeAction action, int version, Instant at) {
    return jdbi.inTransaction(
        h -> {
          Counters.bump(h, APPENDS); // the lock that orders appends, held until commit
          return h.createUpdate(
                  "INSERT INTO change_log(article_id, action, version, at) VALUES (:a, :action, :v, :at)")
              .bind("a", articleId)
              .bind("action", action.code())
              .bind("v", version)
              .bind("at", at.toEpochMilli())
              .executeAndReturnGeneratedKeys("seq")
              .mapTo(Long.class)
              .one();
        });
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
                            ChangeAction.valueOf(
                                rs.getString("action").toUpperCase(java.util.Locale.ROOT)),
                            rs.getInt("version"),
                            Instant.ofEpochMilli(rs.getLong("at"))))
                .list());
  }
}
