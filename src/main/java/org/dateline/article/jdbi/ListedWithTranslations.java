package org.dateline.article.jdbi;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.dateline.article.ArticleId;
import org.dateline.article.ArticleState;
import org.dateline.article.ArticleSummary;
import org.dateline.article.ArticleTranslation;
import org.dateline.article.ListedStories;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * The stories a cold article page lists and its translation group, in one statement (decision
 * 0123): on PostgreSQL every statement is a round trip, and these two were the page's third and
 * fourth. A {@code UNION ALL} of the two reads of {@code articles}, each by key as before: the
 * listed stories by primary key, the group's members through {@code stories} (a read model of
 * {@code newsroom.workflow}, as in {@link JdbiTranslations}).
 */
final class ListedWithTranslations {
  private ListedWithTranslations() {}

  /** The group's members, with the columns of a summary that the union's first part reads. */
  private static final String MEMBERS =
      "SELECT 2 AS part, a.id, a.slug, a.headline, NULL AS summary, a.first_published_at,"
          + " NULL AS updated_at, NULL AS lead_photo, a.edition, NULL AS section_name,"
          + " NULL AS section_slug, a.state, a.language,"
          + " CASE WHEN m.translated_from IS NULL THEN 1 ELSE 0 END AS original"
          + " FROM stories m JOIN articles a ON a.id = m.article_id"
          + " WHERE m.translation_group = COALESCE("
          + "(SELECT translation_group FROM stories WHERE article_id = :id),"
          + " (SELECT translation_group FROM stories WHERE id = :story))";

  static ListedStories read(
      Handle h, Collection<ArticleId> ids, ArticleId story, Optional<String> sourceKey) {
    String sql =
        ids.isEmpty()
            ? MEMBERS
            : "SELECT 1 AS part, "
                + ArticleListings.SUMMARY_COLUMNS
                + ", a.state, a.language, 0 AS original"
                + " FROM articles a LEFT JOIN sections s ON s.id = a.section_id"
                + " WHERE a.id IN (<ids>) UNION ALL "
                + MEMBERS;
    Query q =
        h.createQuery(sql)
            .bind("id", story.value())
            .bind("story", sourceKey.flatMap(JdbiTranslations::storyId).orElse(-1L));
    if (!ids.isEmpty()) {
      q.bindList("ids", ids.stream().map(ArticleId::value).toList());
    }
    List<ArticleSummary> listed = new ArrayList<>();
    List<ArticleTranslation> translations = new ArrayList<>();
    q.scanResultSet(
        (rows, ctx) -> {
          var rs = rows.get();
          while (rs.next()) {
            if (rs.getInt("part") == 2) {
              translations.add(JdbiTranslations.member(rs, ctx));
            } else if (ArticleState.PUBLISHED.code().equals(rs.getString("state"))) {
              // The state is checked here, not in the WHERE clause, so SQLite reads by key.
              listed.add(ArticleListings.summary(rs));
            }
          }
          return listed.size();
        });
    translations.sort(Comparator.comparingLong(t -> t.id().value()));
    return new ListedStories(listed, translations);
  }
}
