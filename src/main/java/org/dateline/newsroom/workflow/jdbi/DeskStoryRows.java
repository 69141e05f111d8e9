package org.dateline.newsroom.workflow.jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.newsroom.workflow.DeskQuery;
import org.dateline.newsroom.workflow.DeskStory;
import org.dateline.newsroom.workflow.Stage;
import org.jdbi.v3.core.Jdbi;
import org.jspecify.annotations.Nullable;

/**
 * The desk's rows of newsroom stories behind {@link JdbiDeskListings}: a row's columns (headline,
 * section, stage, author, times), never the draft of a story that is not published. A published
 * story whose stored draft fingerprint equals its public record's {@code content_hash} has no
 * changes not published: its row takes the public headline, and neither the draft nor the public
 * record is read further (decision 0129); any other published story's draft is read with it, whole,
 * to tell its changes not published as before (decision 0109).
 */
final class DeskStoryRows {
  /**
   * The columns {@link StoryRows#story} reads, the draft only of a published story not known to be
   * unchanged. Known unchanged: its public record is public and was made from the draft as it is
   * now (the same fingerprint); two primary-key probes of {@code articles} per published row, none
   * for the others. A story without a stored fingerprint (a store older than V35) is not known.
   */
  private static final String SELECT =
      """
      SELECT s.id, s.article_id, s.stage, s.version, s.headline, s.section,
        CASE WHEN s.stage = 'published' THEN
          (SELECT a.headline FROM articles a WHERE a.id = s.article_id AND a.state = 'published'
            AND a.content_hash = s.draft_fingerprint) END AS unchanged_live,
        CASE WHEN s.stage = 'published' AND NOT EXISTS
          (SELECT 1 FROM articles a WHERE a.id = s.article_id AND a.state = 'published'
            AND a.content_hash = s.draft_fingerprint) THEN s.draft END AS draft,
        s.created_by, c.name AS created_by_name, s.created_at, s.updated_by, s.updated_at,
        s.scheduled_at, s.embargo_until, s.editing_by, e.name AS editing_name, s.editing_since,
        s.edition, s.translation_group, s.translated_from
      FROM stories s JOIN users c ON c.id = s.created_by LEFT JOIN users e ON e.id = s.editing_by
      """;

  private final Jdbi jdbi;

  DeskStoryRows(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** The rows of these stories that exist, in one read, by id. */
  Map<Long, DeskStory> rows(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    Map<Long, DeskStory> found = new HashMap<>();
    jdbi.useHandle(
        h ->
            h.createQuery(SELECT + " WHERE s.id IN (<ids>)")
                .bindList("ids", List.copyOf(ids))
                .map((rs, ctx) -> row(rs))
                .forEach(s -> found.put(s.id(), s)));
    return found;
  }

  /** A stage tab's rows, newest change first. */
  List<DeskStory> tab(DeskQuery query, int limit) {
    return jdbi.withHandle(
        h -> JdbiStoryLists.tab(h, SELECT, query, limit).map((rs, ctx) -> row(rs)).list());
  }

  private static DeskStory row(ResultSet rs) throws SQLException {
    Stage stage = Stage.ofCode(rs.getString("stage"));
    long article = rs.getLong("article_id");
    Optional<Long> articleId = rs.wasNull() ? Optional.empty() : Optional.of(article);
    @Nullable String unchanged = rs.getString("unchanged_live");
    return new DeskStory(
        rs.getLong("id"),
        articleId,
        stage,
        rs.getString("headline"),
        rs.getString("section"),
        rs.getLong("created_by"),
        rs.getString("created_by_name"),
        Instant.ofEpochMilli(rs.getLong("updated_at")),
        rs.getString("edition"),
        Optional.ofNullable(unchanged),
        stage == Stage.PUBLISHED && unchanged == null
            ? Optional.of(StoryRows.story(rs))
            : Optional.empty());
  }
}
