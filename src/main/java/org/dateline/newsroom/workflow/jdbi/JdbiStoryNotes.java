package org.dateline.newsroom.workflow.jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dateline.newsroom.auth.Role;
import org.dateline.newsroom.workflow.NoteRepository;
import org.dateline.newsroom.workflow.Stage;
import org.dateline.newsroom.workflow.StoryNote;
import org.jdbi.v3.core.Jdbi;

/** The notes threads in {@code story_notes}, with their authors' names from {@code users}. */
final class JdbiStoryNotes implements NoteRepository {
  private static final String SELECT =
      """
      SELECT n.*, u.name AS author_name
      FROM story_notes n JOIN users u ON u.id = n.author_id
      """;
  private final Jdbi jdbi;

  JdbiStoryNotes(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public void add(
      long storyId, long authorId, Role role, StoryNote.Kind kind, String text, Instant at) {
    jdbi.useTransaction(
        h ->
            h.createUpdate(
                    """
                    INSERT INTO story_notes(story_id, n, author_id, author_role, kind, body, at)
                    SELECT :story, COALESCE(MAX(n), 0) + 1, :author, :role, :kind, :body, :at
                    FROM story_notes WHERE story_id = :story
                    """)
                .bind("story", storyId)
                .bind("author", authorId)
                .bind("role", role.code())
                .bind("kind", kind.code())
                .bind("body", text)
                .bind("at", at.toEpochMilli())
                .execute());
  }

  @Override
  public List<StoryNote> of(long storyId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(SELECT + " WHERE n.story_id = :story ORDER BY n.n")
                .bind("story", storyId)
                .map((rs, ctx) -> note(rs))
                .list());
  }

  @Override
  public Optional<StoryNote> lastReturn(long storyId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    SELECT
                        + " WHERE n.story_id = :story AND n.kind = :kind ORDER BY n.n DESC LIMIT 1")
                .bind("story", storyId)
                .bind("kind", StoryNote.Kind.RETURN.code())
                .map((rs, ctx) -> note(rs))
                .findOne());
  }

  @Override
  public List<StoryNote.Returned> returnedTo(long authorId, int limit) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    """
                    SELECT n.*, u.name AS author_name, s.headline AS headline
                    FROM story_notes n JOIN users u ON u.id = n.author_id
                    JOIN stories s ON s.id = n.story_id
                        WHERE s.created_by = :author AND s.stage = :draft AND n.kind = :kind
                          AND n.n = (SELECT MAX(m.n) FROM story_notes m
                                     WHERE m.story_id = n.story_id AND m.kind = :kind)
                        ORDER BY n.at DESC, n.story_id DESC
                        LIMIT :limit
                        """)
                .bind("author", authorId)
                .bind("draft", Stage.DRAFT.code())
                .bind("kind", StoryNote.Kind.RETURN.code())
                .bind("limit", limit)
                .map(
                    (rs, ctx) ->
                        new StoryNote.Returned(
                            rs.getLong("story_id"), rs.getString("headline"), note(rs)))
                .list());
  }

  private static StoryNote note(ResultSet rs) throws SQLException {
    return new StoryNote(
        rs.getLong("story_id"),
        rs.getInt("n"),
        rs.getLong("author_id"),
        rs.getString("author_name"),
        Role.ofCode(rs.getString("author_role")),
        StoryNote.Kind.ofCode(rs.getString("kind")),
        rs.getString("body"),
        Instant.ofEpochMilli(rs.getLong("at")));
  }
}
