package org.dateline.article.jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.article.Article;
import org.dateline.article.ArticleContent;
import org.dateline.article.ArticleId;
import org.dateline.article.ArticleState;
import org.dateline.article.Author;
import org.dateline.article.Block;
import org.dateline.article.Dateline;
import org.dateline.article.Presentation;
import org.dateline.article.Tag;
import org.dateline.article.format.BodyJson;
import org.dateline.section.Section;
import org.jdbi.v3.core.Handle;

/** One story read from its row in {@code articles} with its bylines, tags and section. */
final class ArticleRows {
  private ArticleRows() {}

  static Optional<Article> load(Handle h, String where, Object key) {
    return h.createQuery(
            "SELECT a.*, s.slug AS s_slug, s.name AS s_name, s.position AS s_position "
                + "FROM articles a LEFT JOIN sections s ON s.id = a.section_id WHERE "
                + where)
        .bind("key", key)
        .map((rs, ctx) -> article(h, rs))
        .findOne();
  }

  /**
   * The stories of any state after {@code afterId}, in id order, at most {@code limit}: three
   * queries for the whole batch (rows, bylines, tags) instead of three per story.
   */
  static List<Article> after(Handle h, long afterId, int limit) {
    // The batch's last id bounds the bylines and tags read with it.
    String range =
        " > :after AND %s <= (SELECT MAX(id) FROM (SELECT id FROM articles WHERE id > :after"
            + " ORDER BY id LIMIT :limit) batch)";
    Map<Long, List<Author>> authors = new HashMap<>();
    h.createQuery(
            "SELECT b.article_id, au.id, au.slug, au.name FROM article_bylines b"
                + " JOIN authors au ON au.id = b.author_id WHERE b.article_id"
                + range.formatted("b.article_id")
                + " ORDER BY b.article_id, b.position")
        .bind("after", afterId)
        .bind("limit", limit)
        .map(
            (r, c) -> {
              authors
                  .computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                  .add(new Author(r.getLong(2), r.getString(3), r.getString(4)));
              return 0;
            })
        .forEach(x -> {});
    Map<Long, List<Tag>> tags = new HashMap<>();
    h.createQuery(
            "SELECT at.article_id, t.id, t.slug, t.name FROM article_tags at"
                + " JOIN tags t ON t.id = at.tag_id WHERE at.article_id"
                + range.formatted("at.article_id")
                + " ORDER BY at.article_id, at.position")
        .bind("after", afterId)
        .bind("limit", limit)
        .map(
            (r, c) -> {
              tags.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                  .add(new Tag(r.getLong(2), r.getString(3), r.getString(4)));
              return 0;
            })
        .forEach(x -> {});
    return h.createQuery(
            "SELECT a.*, s.slug AS s_slug, s.name AS s_name, s.position AS s_position "
                + "FROM articles a LEFT JOIN sections s ON s.id = a.section_id"
                + " WHERE a.id > :after ORDER BY a.id LIMIT :limit")
        .bind("after", afterId)
        .bind("limit", limit)
        .map(
            (rs, ctx) -> {
              long id = rs.getLong("id");
              return article(
                  rs, authors.getOrDefault(id, List.of()), tags.getOrDefault(id, List.of()));
            })
        .list();
  }

  /** The stories of these ids, by id: three queries for them all (rows, bylines, tags). */
  static Map<ArticleId, Article> byIds(Handle h, Collection<ArticleId> ids) {
    List<Long> keys = ids.stream().map(ArticleId::value).distinct().toList();
    Map<Long, List<Author>> authors = new HashMap<>();
    h.createQuery(
            "SELECT b.article_id, au.id, au.slug, au.name FROM article_bylines b"
                + " JOIN authors au ON au.id = b.author_id WHERE b.article_id IN (<ids>)"
                + " ORDER BY b.article_id, b.position")
        .bindList("ids", keys)
        .map(
            (r, c) ->
                Map.entry(r.getLong(1), new Author(r.getLong(2), r.getString(3), r.getString(4))))
        .forEach(
            e -> authors.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    Map<Long, List<Tag>> tags = new HashMap<>();
    h.createQuery(
            "SELECT at.article_id, t.id, t.slug, t.name FROM article_tags at"
                + " JOIN tags t ON t.id = at.tag_id WHERE at.article_id IN (<ids>)"
                + " ORDER BY at.article_id, at.position")
        .bindList("ids", keys)
        .map(
            (r, c) ->
                Map.entry(r.getLong(1), new Tag(r.getLong(2), r.getString(3), r.getString(4))))
        .forEach(e -> tags.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    Map<ArticleId, Article> found = new HashMap<>();
    h.createQuery(
            "SELECT a.*, s.slug AS s_slug, s.name AS s_name, s.position AS s_position "
                + "FROM articles a LEFT JOIN sections s ON s.id = a.section_id"
                + " WHERE a.id IN (<ids>)")
        .bindList("ids", keys)
        .map(
            (rs, ctx) -> {
              long id = rs.getLong("id");
              return article(
                  rs, authors.getOrDefault(id, List.of()), tags.getOrDefault(id, List.of()));
            })
        .forEach(a -> found.put(a.id(), a));
    return found;
  }

  private static Article article(Handle h, ResultSet rs) throws SQLException {
    long id = rs.getLong("id");
    List<Author> authors =
        h.createQuery(
                """
                SELECT au.id, au.slug, au.name FROM article_bylines b
                JOIN authors au ON au.id = b.author_id
                WHERE b.article_id = :id ORDER BY b.position
                """)
            .bind("id", id)
            .map((r, c) -> new Author(r.getLong(1), r.getString(2), r.getString(3)))
            .list();
    List<Tag> tags =
        h.createQuery(
                """
                SELECT t.id, t.slug, t.name FROM article_tags at
                JOIN tags t ON t.id = at.tag_id
                WHERE at.article_id = :id ORDER BY at.position
                """)
            .bind("id", id)
            .map((r, c) -> new Tag(r.getLong(1), r.getString(2), r.getString(3)))
            .list();
    return article(rs, authors, tags);
  }

  static Article article(ResultSet rs, List<Author> authors, List<Tag> tags) throws SQLException {
    return article(rs, () -> new Names(authors, tags));
  }

  /** A story's bylines and topics, in their order. */
  record Names(List<Author> authors, List<Tag> tags) {}

  /** Reads a story's names once its own columns are read (it may move the result set on). */
  interface NamesReader {
    Names read() throws SQLException;
  }

  /**
   * The story of the result set's current row, built once: its columns are read first, then its
   * names from {@code names}, which may read further rows (a story's bylines and topics joined to
   * it, {@link OneStory}).
   */
  static Article article(ResultSet rs, NamesReader names) throws SQLException {
    long id = rs.getLong("id");
    Optional<Dateline> dateline =
        rs.getString("dateline_place") == null
            ? Optional.empty()
            : Optional.of(
                new Dateline(
                    rs.getString("dateline_place"),
                    rs.getString("dateline_date"),
                    rs.getString("dateline_source")));
    long sectionId = rs.getLong("section_id");
    Optional<Section> section =
        rs.wasNull()
            ? Optional.empty()
            : Optional.of(
                new Section(
                    sectionId,
                    rs.getString("s_slug"),
                    rs.getString("s_name"),
                    rs.getInt("s_position")));
    String headline = rs.getString("headline");
    String summary = rs.getString("summary");
    String language = rs.getString("language");
    List<Block> body = BodyJson.read(rs.getString("body"));
    int urgency = rs.getInt("urgency");
    Presentation presentation =
        new Presentation(
            rs.getString("chosen_slug"),
            rs.getString("seo_title"),
            rs.getString("seo_description"),
            Presentation.relatedOf(rs.getString("related_picks")));
    String slug = rs.getString("slug");
    ArticleState state = ArticleState.ofCode(rs.getString("state"));
    Instant firstPublished = Instant.ofEpochMilli(rs.getLong("first_published_at"));
    Optional<Instant> updated = instant(rs, "updated_at");
    int version = rs.getInt("version");
    Optional<String> sourceKey = Optional.ofNullable(rs.getString("source_key"));
    Optional<Instant> embargo = instant(rs, "embargo_until");
    String correctionText = rs.getString("correction");
    Optional<Article.Correction> correction =
        correctionText == null
            ? Optional.empty()
            : Optional.of(
                new Article.Correction(
                    correctionText, Instant.ofEpochMilli(rs.getLong("corrected_at"))));
    String edition = rs.getString("edition");
    Names n = names.read();
    ArticleContent content =
        new ArticleContent(
            headline,
            summary,
            language,
            section.map(Section::name).orElse(""),
            n.authors().stream().map(Author::name).toList(),
            dateline,
            body,
            n.tags().stream().map(Tag::name).toList(),
            urgency,
            presentation);
    return new Article(
        new ArticleId(id),
        slug,
        content,
        section,
        n.authors(),
        n.tags(),
        state,
        firstPublished,
        updated,
        version,
        sourceKey,
        embargo,
        correction,
        edition);
  }

  static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(v));
  }
}
