package org.dateline.search.jdbi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.article.ArticleState;
import org.dateline.search.IndexedStories;
import org.dateline.search.IndexedStory;
import org.dateline.shared.Text;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The rebuild's reader (decision 0122): three statements per batch (the rows' columns the index
 * takes, the bylines' names, the topics' names), each body's JSON read for its text only ({@link
 * BodyPieces}). The text is made what an {@link org.dateline.article.Article} holds ({@link
 * Text#line}, as its records do), so a story read here equals {@link IndexedStory#of} of the same
 * story read as an article ({@code IndexedStoriesIT}).
 */
final class JdbiIndexedStories implements IndexedStories {
  /** The batch's last id bounds the bylines and topics read with it. */
  private static final String RANGE =
      " > :after AND %s <= (SELECT MAX(id) FROM (SELECT id FROM articles WHERE id > :after"
          + " ORDER BY id LIMIT :limit) batch)";

  private final Jdbi jdbi;

  JdbiIndexedStories(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public List<IndexedStory> after(long afterId, int limit) {
    return jdbi.withHandle(h -> read(h, afterId, limit));
  }

  private static List<IndexedStory> read(Handle h, long afterId, int limit) {
    Map<Long, List<String>> authors =
        names(
            h,
            "SELECT b.article_id, au.name FROM article_bylines b"
                + " JOIN authors au ON au.id = b.author_id WHERE b.article_id"
                + RANGE.formatted("b.article_id")
                + " ORDER BY b.article_id, b.position",
            afterId,
            limit);
    Map<Long, List<String>> tags =
        names(
            h,
            "SELECT at.article_id, t.name FROM article_tags at"
                + " JOIN tags t ON t.id = at.tag_id WHERE at.article_id"
                + RANGE.formatted("at.article_id")
                + " ORDER BY at.article_id, at.position",
            afterId,
            limit);
    return h.createQuery(
            "SELECT a.id, a.slug, a.state, a.first_published_at, a.language, a.edition,"
                + " a.headline, a.summary, a.body, s.name FROM articles a"
                + " LEFT JOIN sections s ON s.id = a.section_id"
                + " WHERE a.id > :after ORDER BY a.id LIMIT :limit")
        .bind("after", afterId)
        .bind("limit", limit)
        .map(
            (rs, ctx) -> {
              long id = rs.getLong(1);
              String edition = rs.getString(6);
              return new IndexedStory(
                  id,
                  rs.getString(2),
                  ArticleState.ofCode(rs.getString(3)),
                  Instant.ofEpochMilli(rs.getLong(4)),
                  rs.getString(5),
                  edition == null ? "" : edition,
                  Text.line(rs.getString(7)),
                  Text.line(rs.getString(8)),
                  BodyPieces.read(rs.getString(9)),
                  authors.getOrDefault(id, List.of()),
                  tags.getOrDefault(id, List.of()),
                  Optional.ofNullable(rs.getString(10)));
            })
        .list();
  }

  /** Names per story, in their order, from a statement of (story id, name). */
  private static Map<Long, List<String>> names(Handle h, String sql, long afterId, int limit) {
    Map<Long, List<String>> out = new HashMap<>();
    h.createQuery(sql)
        .bind("after", afterId)
        .bind("limit", limit)
        .map(
            (r, c) -> {
              out.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(r.getString(2));
              return 0;
            })
        .forEach(x -> {});
    return out;
  }
}
