package org.dateline.article.jdbi;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dateline.article.Article;
import org.dateline.article.Author;
import org.dateline.article.Tag;
import org.jdbi.v3.core.Handle;

/**
 * One story read by id in a single statement, with its section, bylines and topics: what a cold
 * article page reads first (decision 0111), where {@link ArticleRows} reads a batch in three.
 */
final class OneStory {
  private OneStory() {}

  /**
   * The story of this id in one statement (a round trip on PostgreSQL): its row, then a row per
   * byline and topic, in their order, each repeating the story's columns (a cold article page reads
   * its story so, decision 0111).
   */
  static Optional<Article> byId(Handle h, long id) {
    return h.createQuery(
            "SELECT a.*, s.slug AS s_slug, s.name AS s_name, s.position AS s_position,"
                + " n.n_kind, n.n_id, n.n_slug, n.n_name"
                + " FROM articles a LEFT JOIN sections s ON s.id = a.section_id"
                + " LEFT JOIN (SELECT 1 AS n_kind, b.position AS n_pos, au.id AS n_id,"
                + " au.slug AS n_slug, au.name AS n_name"
                + " FROM article_bylines b JOIN authors au ON au.id = b.author_id"
                + " WHERE b.article_id = :id"
                + " UNION ALL SELECT 2, at.position, t.id, t.slug, t.name"
                + " FROM article_tags at JOIN tags t ON t.id = at.tag_id"
                + " WHERE at.article_id = :id) n ON 1 = 1"
                + " WHERE a.id = :id ORDER BY n.n_kind, n.n_pos")
        .bind("id", id)
        .scanResultSet(
            (rows, ctx) -> {
              ResultSet rs = rows.get();
              if (!rs.next()) {
                return Optional.<Article>empty();
              }
              // The story's columns are read once, from the first row (its body parsed once), then
              // its names from every row, and the story is built once with them.
              return Optional.of(
                  ArticleRows.article(
                      rs,
                      () -> {
                        List<Author> authors = new ArrayList<>();
                        List<Tag> tags = new ArrayList<>();
                        do {
                          int kind = rs.getInt("n_kind");
                          if (kind == 1) {
                            authors.add(
                                new Author(
                                    rs.getLong("n_id"),
                                    rs.getString("n_slug"),
                                    rs.getString("n_name")));
                          } else if (kind == 2) {
                            tags.add(
                                new Tag(
                                    rs.getLong("n_id"),
                                    rs.getString("n_slug"),
                                    rs.getString("n_name")));
                          }
                        } while (rs.next());
                        return new ArticleRows.Names(List.copyOf(authors), List.copyOf(tags));
                      }));
            });
  }
}
