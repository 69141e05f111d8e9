package org.dateline.article.jdbi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.article.ArticleId;
import org.dateline.article.ArticleState;
import org.dateline.article.ArticleTranslation;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The translation groups of public records, read from the newsroom's {@code stories} (a read model
 * of {@code newsroom.workflow}, decision 0077): a story's group is its newsroom story's {@code
 * translation_group}, and the group's public records are the articles of the group's stories.
 * Nothing is copied onto {@code articles}, so a group made after a story went out (translating a
 * published story) is seen at once.
 */
final class JdbiTranslations {
  /**
   * How the workflow keys the public record of a newsroom story ({@code Story.sourceKey}): while a
   * first publication is being written, the story does not name its article yet, but the article
   * already carries this key.
   */
  private static final String STORY_KEY = "story:";

  private static final String MEMBER_COLUMNS =
      "a.id, a.slug, a.headline, a.edition, a.language, a.state,"
          + " CASE WHEN m.translated_from IS NULL THEN 1 ELSE 0 END AS original";

  private final Jdbi jdbi;

  JdbiTranslations(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** Every public record of the story's translation group, itself included, by id. */
  List<ArticleTranslation> of(ArticleId id) {
    return jdbi.withHandle(
        h ->
            group(h, id)
                .map(
                    g ->
                        h.createQuery(
                                "SELECT "
                                    + MEMBER_COLUMNS
                                    + " FROM stories m JOIN articles a ON a.id = m.article_id"
                                    + " WHERE m.translation_group = :g ORDER BY a.id")
                            .bind("g", g)
                            .map((rs, ctx) -> member(rs, ctx))
                            .list())
                .orElse(List.of()));
  }

  /**
   * The same, in one statement, for a story whose source key is known (read with it): its group is
   * its newsroom story's, found by article, else by the newsroom story its key names.
   */
  List<ArticleTranslation> of(ArticleId id, Optional<String> sourceKey) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT "
                        + MEMBER_COLUMNS
                        + " FROM stories m JOIN articles a ON a.id = m.article_id"
                        + " WHERE m.translation_group = COALESCE("
                        + "(SELECT translation_group FROM stories WHERE article_id = :id),"
                        + " (SELECT translation_group FROM stories WHERE id = :story))"
                        + " ORDER BY a.id")
                .bind("id", id.value())
                .bind("story", sourceKey.flatMap(JdbiTranslations::storyId).orElse(-1L))
                .map((rs, ctx) -> member(rs, ctx))
                .list());
  }

  /**
   * For each story with {@code fromId <= id <= toId} that has a translation group, every public
   * record of its group (itself included), by id.
   */
  Map<ArticleId, List<ArticleTranslation>> inIdRange(long fromId, long toId) {
    Map<ArticleId, List<ArticleTranslation>> groups = new HashMap<>();
    jdbi.useHandle(
        h ->
            h.createQuery(
                    "SELECT s.article_id AS for_id, "
                        + MEMBER_COLUMNS
                        + " FROM stories s JOIN stories m ON m.translation_group = s.translation_group"
                        + " JOIN articles a ON a.id = m.article_id"
                        + " WHERE s.article_id BETWEEN :from AND :to"
                        + " AND s.translation_group IS NOT NULL ORDER BY s.article_id, a.id")
                .bind("from", fromId)
                .bind("to", toId)
                .map((rs, ctx) -> Map.entry(new ArticleId(rs.getLong("for_id")), member(rs, ctx)))
                .forEach(
                    e ->
                        groups
                            .computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                            .add(e.getValue())));
    return groups;
  }

  /** The story's translation group: its newsroom story's, found by article or by source key. */
  private static Optional<String> group(Handle h, ArticleId id) {
    Optional<String> byArticle =
        h.createQuery(
                "SELECT translation_group FROM stories"
                    + " WHERE article_id = :id AND translation_group IS NOT NULL")
            .bind("id", id.value())
            .mapTo(String.class)
            .findOne();
    if (byArticle.isPresent()) {
      return byArticle;
    }
    Optional<Long> story =
        h.createQuery("SELECT source_key FROM articles WHERE id = :id")
            .bind("id", id.value())
            .mapTo(String.class)
            .findOne()
            .flatMap(JdbiTranslations::storyId);
    return story.flatMap(
        s ->
            h.createQuery(
                    "SELECT translation_group FROM stories"
                        + " WHERE id = :s AND translation_group IS NOT NULL")
                .bind("s", s)
                .mapTo(String.class)
                .findOne());
  }

  /** The newsroom story id in a source key {@code story:N}; empty for any other key. */
  static Optional<Long> storyId(String sourceKey) {
    if (sourceKey == null || !sourceKey.startsWith(STORY_KEY)) {
      return Optional.empty();
    }
    return org.dateline.shared.Ids.parse(sourceKey.substring(STORY_KEY.length()));
  }

  static ArticleTranslation member(java.sql.ResultSet rs, StatementContext ctx)
      throws java.sql.SQLException {
    return new ArticleTranslation(
        new ArticleId(rs.getLong("id")),
        rs.getString("slug"),
        rs.getString("headline"),
        rs.getString("edition") == null ? "" : rs.getString("edition"),
        rs.getString("language"),
        ArticleState.ofCode(rs.getString("state")),
        rs.getInt("original") == 1);
  }
}
