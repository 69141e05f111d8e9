package org.dateline.newsroom.workflow.jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dateline.newsroom.editor.Draft;
import org.dateline.newsroom.editor.Revision;
import org.dateline.newsroom.editor.format.DraftJson;
import org.dateline.newsroom.workflow.Action;
import org.dateline.newsroom.workflow.AuditEntry;
import org.dateline.newsroom.workflow.Stage;
import org.jdbi.v3.core.Jdbi;

/**
 * The versions of newsroom stories ({@code story_revisions}) and their audit trail ({@code
 * audit_log}) behind {@link JdbiStoryRepository}.
 */
final class JdbiStoryHistory {
  private final Jdbi jdbi;

  JdbiStoryHistory(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  public List<Revision> revisions(long id) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT r.*, u.name FROM story_revisions r JOIN users u ON u.id = r.saved_by WHERE story_id = :id ORDER BY version DESC")
                .bind("id", id)
                .map((rs, ctx) -> revision(rs))
                .list());
  }

  public Optional<Revision> revision(long id, int version) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT r.*, u.name FROM story_revisions r JOIN users u ON u.id = r.saved_by WHERE story_id = :id AND version = :v")
                .bind("id", id)
                .bind("v", version)
                .map((rs, ctx) -> revision(rs))
                .findOne());
  }

  public void audit(
      long storyId,
      Optional<Long> userId,
      Action action,
      Stage from,
      Stage to,
      Instant at,
      String detail) {
    jdbi.useTransaction(
        h ->
            h.createUpdate(
                    """
                    INSERT INTO audit_log(story_id, user_id, action, from_stage, to_stage, at, detail)
                    VALUES (:s, :u, :a, :f, :t, :at, :d)
                    """)
                .bind("s", storyId)
                .bind("u", userId.orElse(null))
                .bind("a", action.code())
                .bind("f", from.code())
                .bind("t", to.code())
                .bind("at", at.toEpochMilli())
                .bind("d", detail)
                .execute());
  }

  public List<AuditEntry> auditTrail(long storyId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT a.*, u.name FROM audit_log a LEFT JOIN users u ON u.id = a.user_id WHERE story_id = :s ORDER BY a.id")
                .bind("s", storyId)
                .map(
                    (rs, ctx) ->
                        new AuditEntry(
                            rs.getLong("story_id"),
                            rs.getString("name") == null ? "scheduler" : rs.getString("name"),
                            Action.ofCode(rs.getString("action")),
                            Stage.ofCode(rs.getString("from_stage")),
                            Stage.ofCode(rs.getString("to_stage")),
                            Instant.ofEpochMilli(rs.getLong("at")),
                            rs.getString("detail")))
                .list());
  }

  private static Revision revision(ResultSet rs) throws SQLException {
    return new Revision(
        rs.getLong("story_id"),
        rs.getInt("version"),
        DraftJson.read(rs.getString("draft")),
        rs.getLong("saved_by"),
        rs.getString("name"),
        Instant.ofEpochMilli(rs.getLong("saved_at")),
        rs.getString("note"));
  }

  static void insertRevision(
      org.jdbi.v3.core.Handle h,
      long id,
      int version,
      Draft draft,
      long userId,
      Instant at,
      String note) {
    h.createUpdate(
            "INSERT INTO story_revisions(story_id, version, draft, saved_by, saved_at, note) VALUES (:id, :v, :d, :u, :at, :note)")
        .bind("id", id)
        .bind("v", version)
        .bind("d", DraftJson.write(draft))
        .bind("u", userId)
        .bind("at", at.toEpochMilli())
        .bind("note", note == null ? "" : note)
        .execute();
  }
}
