package org.dateline.newsroom.workflow.jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.dateline.newsroom.editor.format.DraftJson;
import org.dateline.newsroom.workflow.Stage;
import org.dateline.newsroom.workflow.Story;

/** A story read from its row in {@code stories}, with its author's and editor's names. */
final class StoryRows {
  static final String SELECT =
      """
      SELECT s.*, c.name AS created_by_name, e.name AS editing_name
      FROM stories s JOIN users c ON c.id = s.created_by LEFT JOIN users e ON e.id = s.editing_by
      """;

  private StoryRows() {}

  static Story story(ResultSet rs) throws SQLException {
    long editingBy = rs.getLong("editing_by");
    Optional<Story.Editing> editing =
        rs.wasNull()
            ? Optional.empty()
            : Optional.of(
                new Story.Editing(
                    editingBy,
                    rs.getString("editing_name"),
                    Instant.ofEpochMilli(rs.getLong("editing_since"))));
    long article = rs.getLong("article_id");
    Optional<Long> articleId = rs.wasNull() ? Optional.empty() : Optional.of(article);
    return new Story(
        rs.getLong("id"),
        articleId,
        Stage.ofCode(rs.getString("stage")),
        rs.getInt("version"),
        DraftJson.read(rs.getString("draft")),
        rs.getLong("created_by"),
        rs.getString("created_by_name"),
        Instant.ofEpochMilli(rs.getLong("created_at")),
        rs.getLong("updated_by"),
        Instant.ofEpochMilli(rs.getLong("updated_at")),
        optionalInstant(rs, "scheduled_at"),
        optionalInstant(rs, "embargo_until"),
        editing,
        rs.getString("edition"),
        Optional.ofNullable(rs.getString("translation_group")),
        optionalLong(rs, "translated_from"));
  }

  private static Optional<Long> optionalLong(ResultSet rs, String column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? Optional.empty() : Optional.of(v);
  }

  private static Optional<Instant> optionalInstant(ResultSet rs, String column)
      throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(v));
  }
}
