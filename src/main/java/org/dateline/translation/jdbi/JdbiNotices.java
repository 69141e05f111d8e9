package org.dateline.translation.jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dateline.translation.Notice;
import org.dateline.translation.NoticeRepository;
import org.jdbi.v3.core.Jdbi;

/** The notices in {@code translation_notices}, numbered per story (decision 0076). Portable SQL. */
final class JdbiNotices implements NoticeRepository {
  private final Jdbi jdbi;

  JdbiNotices(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public void add(long storyId, long sourceId, Notice.Kind kind, String note, Instant at) {
    jdbi.useTransaction(
        h ->
            h.createUpdate(
                    """
                    INSERT INTO translation_notices (story_id, n, source_id, kind, note, at)
                    VALUES (:story,
                      (SELECT COALESCE(MAX(n), 0) + 1 FROM translation_notices WHERE story_id = :story),
                      :source, :kind, :note, :at)
                    """)
                .bind("story", storyId)
                .bind("source", sourceId)
                .bind("kind", kind.code())
                .bind("note", note)
                .bind("at", at.toEpochMilli())
                .execute());
  }

  @Override
  public List<Notice> open(Set<Long> storyIds) {
    if (storyIds.isEmpty()) {
      return List.of();
    }
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    """
                    SELECT * FROM translation_notices
                    WHERE dismissed_at IS NULL AND story_id IN (<ids>)
                    ORDER BY at DESC, story_id, n DESC
                    """)
                .bindList("ids", List.copyOf(storyIds))
                .map((rs, ctx) -> notice(rs))
                .list());
  }

  @Override
  public List<Notice> open(int limit) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    """
                    SELECT * FROM translation_notices WHERE dismissed_at IS NULL
                    ORDER BY at DESC, story_id, n DESC LIMIT :limit
                    """)
                .bind("limit", limit)
                .map((rs, ctx) -> notice(rs))
                .list());
  }

  @Override
  public boolean dismiss(long storyId, int n, long userId, Instant at) {
    return jdbi.inTransaction(
            h ->
                h.createUpdate(
                        """
                        UPDATE translation_notices SET dismissed_by = :user, dismissed_at = :at
                        WHERE story_id = :story AND n = :n AND dismissed_at IS NULL
                        """)
                    .bind("user", userId)
                    .bind("at", at.toEpochMilli())
                    .bind("story", storyId)
                    .bind("n", n)
                    .execute())
        > 0;
  }

  private static Notice notice(ResultSet rs) throws SQLException {
    long by = rs.getLong("dismissed_by");
    Optional<Long> dismissedBy = rs.wasNull() ? Optional.empty() : Optional.of(by);
    long when = rs.getLong("dismissed_at");
    Optional<Instant> dismissedAt =
        rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(when));
    return new Notice(
        rs.getLong("story_id"),
        rs.getInt("n"),
        rs.getLong("source_id"),
        Notice.Kind.of(rs.getString("kind")),
        rs.getString("note"),
        Instant.ofEpochMilli(rs.getLong("at")),
        dismissedBy,
        dismissedAt);
  }
}
