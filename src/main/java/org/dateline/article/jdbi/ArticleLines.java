package org.dateline.article.jdbi;

import static org.dateline.article.jdbi.ArticleRows.instant;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.article.ArticleId;
import org.dateline.article.ArticleLine;
import org.dateline.article.ArticleState;
import org.jdbi.v3.core.Jdbi;

/** The desk's lines of public stories, for {@link JdbiArticleRepository} (decision 0120). */
final class ArticleLines {
  private final Jdbi jdbi;

  ArticleLines(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /**
   * The lines of these stories, any state, by id: their rows with their sections' names, then their
   * bylines, two statements by primary key and never a body (decision 0120).
   */
  Map<ArticleId, ArticleLine> lines(Collection<ArticleId> ids) {
    List<Long> keys = ids.stream().map(ArticleId::value).distinct().toList();
    return jdbi.withHandle(
        h -> {
          Map<Long, List<String>> bylines = new HashMap<>();
          h.createQuery(
                  "SELECT b.article_id, au.name FROM article_bylines b"
                      + " JOIN authors au ON au.id = b.author_id WHERE b.article_id IN (<ids>)"
                      + " ORDER BY b.article_id, b.position")
              .bindList("ids", keys)
              .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2)))
              .forEach(
                  e ->
                      bylines
                          .computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                          .add(e.getValue()));
          Map<ArticleId, ArticleLine> found = new HashMap<>();
          h.createQuery(
                  """
                  SELECT a.id, a.slug, a.headline, s.name AS section_name, a.state,
                    a.first_published_at, a.updated_at, a.edition
                  FROM articles a LEFT JOIN sections s ON s.id = a.section_id
                  WHERE a.id IN (<ids>)
                  """)
              .bindList("ids", keys)
              .map(
                  (rs, ctx) -> {
                    long id = rs.getLong("id");
                    Instant first = Instant.ofEpochMilli(rs.getLong("first_published_at"));
                    return new ArticleLine(
                        new ArticleId(id),
                        rs.getString("slug"),
                        rs.getString("headline"),
                        Optional.ofNullable(rs.getString("section_name")),
                        bylines.getOrDefault(id, List.of()),
                        ArticleState.ofCode(rs.getString("state")),
                        instant(rs, "updated_at").orElse(first),
                        rs.getString("edition"));
                  })
              .forEach(l -> found.put(l.id(), l));
          return found;
        });
  }
}
