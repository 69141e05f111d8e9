package org.dateline.article.jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.dateline.article.Article;
import org.dateline.article.ArticleContent;
import org.dateline.article.ArticleHeadline;
import org.dateline.article.ArticleId;
import org.dateline.article.ArticleRepository;
import org.dateline.article.ArticleState;
import org.dateline.article.ArticleSummary;
import org.dateline.article.Author;
import org.dateline.article.Cursor;
import org.dateline.article.Dateline;
import org.dateline.article.Listing;
import org.dateline.article.PageRequest;
import org.dateline.article.PublishedCounts;
import org.dateline.article.RelatedCandidate;
import org.dateline.article.Tag;
import org.dateline.article.format.BodyJson;
import org.dateline.section.Section;
import org.dateline.shared.Slugs;
import org.dateline.shared.Text;
import org.dateline.storage.IntervalCounts;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * Stories in {@code articles}, with {@code article_bylines}, {@code article_tags}, authors, tags.
 */
final class JdbiArticleRepository implements ArticleRepository {
  private static final String SUMMARY_COLUMNS =
      """
      a.id, a.slug, a.headline, a.summary, a.first_published_at, a.updated_at, a.lead_photo,
      s.name AS section_name, s.slug AS section_slug
      """;

  /**
   * A public story with this author or tag: names of embargoed and killed stories are not public.
   */
  private static final String PUBLIC_LINK =
      "SELECT 1 FROM %s l JOIN articles pa ON pa.id = l.article_id"
          + " WHERE l.%s = %s.id AND pa.state = 'published'";

  private final Jdbi jdbi;
  private final JdbiRelatedStories related;
  private final JdbiArticleBatches batches;

  JdbiArticleRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
    this.related = new JdbiRelatedStories(jdbi);
    this.batches = new JdbiArticleBatches(jdbi);
  }

  @Override
  public Optional<Article> byId(ArticleId id) {
    return jdbi.withHandle(h -> load(h, "a.id = :key", id.value()));
  }

  @Override
  public Optional<Article> bySourceKey(String sourceKey) {
    return jdbi.withHandle(h -> load(h, "a.source_key = :key", sourceKey));
  }

  private Optional<Article> load(Handle h, String where, Object key) {
    return h.createQuery(
            "SELECT a.*, s.slug AS s_slug, s.name AS s_name, s.position AS s_position "
                + "FROM articles a LEFT JOIN sections s ON s.id = a.section_id WHERE "
                + where)
        .bind("key", key)
        .map((rs, ctx) -> article(h, rs))
        .findOne();
  }

  private Article article(Handle h, ResultSet rs) throws SQLException {
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
    ArticleContent content =
        new ArticleContent(
            rs.getString("headline"),
            rs.getString("summary"),
            rs.getString("language"),
            section.map(Section::name).orElse(""),
            authors.stream().map(Author::name).toList(),
            dateline,
            BodyJson.read(rs.getString("body")),
            tags.stream().map(Tag::name).toList(),
            rs.getInt("urgency"));
    return new Article(
        new ArticleId(id),
        rs.getString("slug"),
        content,
        section,
        authors,
        tags,
        ArticleState.ofCode(rs.getString("state")),
        Instant.ofEpochMilli(rs.getLong("first_published_at")),
        instant(rs, "updated_at"),
        rs.getInt("version"),
        Optional.ofNullable(rs.getString("source_key")),
        instant(rs, "embargo_until"),
        Optional.ofNullable(rs.getString("correction"))
            .map(
                text ->
                    new Article.Correction(
                        text, Instant.ofEpochMilli(longOrZero(rs, "corrected_at")))));
  }

  private static long longOrZero(ResultSet rs, String column) {
    try {
      return rs.getLong(column);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(v));
  }

  @Override
  public ArticleId insert(NewArticle a) {
    return jdbi.inTransaction(
        h -> {
          long id =
              bindRow(
                      h.createUpdate(
                          """
                          INSERT INTO articles(source_key, slug, language, section_id, headline, summary,
                            dateline_place, dateline_date, dateline_source, body, lead_photo, urgency, state,
                            first_published_at, updated_at, version, content_hash, created_at, embargo_until,
                            correction, corrected_at)
                          VALUES (:source_key, :slug, :language, :section_id, :headline, :summary,
                            :dateline_place, :dateline_date, :dateline_source, :body, :lead_photo, :urgency, :state,
                            :first_published_at, :updated_at, :version, :content_hash, :created_at, :embargo_until,
                            :correction, :corrected_at)
                          """),
                      a)
                  .executeAndReturnGeneratedKeys("id")
                  .mapTo(Long.class)
                  .one();
          writeNames(h, id, a);
          return new ArticleId(id);
        });
  }

  @Override
  public void update(ArticleId id, NewArticle a) {
    jdbi.useTransaction(
        h -> {
          bindRow(
                  h.createUpdate(
                      """
                      UPDATE articles SET source_key = :source_key, slug = :slug, language = :language,
                        section_id = :section_id, headline = :headline, summary = :summary,
                        dateline_place = :dateline_place, dateline_date = :dateline_date,
                        dateline_source = :dateline_source, body = :body, lead_photo = :lead_photo,
                        urgency = :urgency, state = :state, first_published_at = :first_published_at,
                        updated_at = :updated_at, version = :version, content_hash = :content_hash,
                        embargo_until = :embargo_until, correction = :correction, corrected_at = :corrected_at
                      WHERE id = :id
                      """),
                  a)
              .bind("id", id.value())
              .execute();
          h.createUpdate("DELETE FROM article_bylines WHERE article_id = :id")
              .bind("id", id.value())
              .execute();
          h.createUpdate("DELETE FROM article_tags WHERE article_id = :id")
              .bind("id", id.value())
              .execute();
          writeNames(h, id.value(), a);
        });
  }

  private static org.jdbi.v3.core.statement.Update bindRow(
      org.jdbi.v3.core.statement.Update u, NewArticle a) {
    ArticleContent c = a.content();
    return u.bind("source_key", a.sourceKey().orElse(null))
        .bind("slug", a.slug())
        .bind("language", c.language())
        .bind("section_id", a.sectionId().orElse(null))
        .bind("headline", c.headline())
        .bind("summary", c.summary())
        .bind("dateline_place", c.dateline().map(Dateline::place).orElse(null))
        .bind("dateline_date", c.dateline().map(Dateline::date).orElse(null))
        .bind("dateline_source", c.dateline().map(Dateline::source).orElse(null))
        .bind("body", BodyJson.write(c.body()))
        .bind("lead_photo", BodyJson.writePhoto(c.leadPhoto()).orElse(null))
        .bind("urgency", c.urgency())
        .bind("state", a.state().code())
        .bind("first_published_at", a.firstPublishedAt().toEpochMilli())
        .bind("updated_at", a.updatedAt().map(Instant::toEpochMilli).orElse(null))
        .bind("version", a.version())
        .bind("content_hash", c.fingerprint())
        .bind("created_at", a.createdAt().toEpochMilli())
        .bind("embargo_until", a.embargoUntil().map(Instant::toEpochMilli).orElse(null))
        .bind("correction", a.correction().map(Article.Correction::text).orElse(null))
        .bind("corrected_at", a.correction().map(note -> note.at().toEpochMilli()).orElse(null));
  }

  private static void writeNames(Handle h, long articleId, NewArticle a) {
    ArticleContent c = a.content();
    int position = 0;
    for (String name : c.bylines()) {
      long authorId = ensureName(h, "authors", name);
      h.createUpdate(
              "INSERT INTO article_bylines(article_id, author_id, position) VALUES (:a, :n, :p) ON CONFLICT DO NOTHING")
          .bind("a", articleId)
          .bind("n", authorId)
          .bind("p", position++)
          .execute();
    }
    position = 0;
    for (String name : c.tags()) {
      long tagId = ensureName(h, "tags", name);
      h.createUpdate(
              "INSERT INTO article_tags(article_id, tag_id, position, published_at) VALUES (:a, :n, :p, :at) ON CONFLICT DO NOTHING")
          .bind("a", articleId)
          .bind("n", tagId)
          .bind("p", position++)
          .bind("at", a.firstPublishedAt().toEpochMilli())
          .execute();
    }
  }

  /**
   * The id of the author or tag with this name, known by its normalized text ({@link Text#key}),
   * created when new with a slug of its own: the name's slug, or that slug with -2, -3... when a
   * different name already has it.
   */
  static long ensureName(Handle h, String table, String name) {
    String key = Text.key(name);
    String base = Slugs.orEmpty(name).isEmpty() ? fallbackSlug(table) : Slugs.orEmpty(name);
    for (int n = 1; ; n++) {
      Optional<Long> existing =
          h.createQuery("SELECT id FROM " + table + " WHERE name_key = :key")
              .bind("key", key)
              .mapTo(Long.class)
              .findOne();
      if (existing.isPresent()) {
        return existing.get();
      }
      if (n > 10_000) {
        throw new IllegalStateException("no free slug for the name " + name + " in " + table);
      }
      // Nothing is inserted when the slug is taken (by another name): try the next one.
      h.createUpdate(
              "INSERT INTO "
                  + table
                  + "(slug, name, name_key) VALUES (:slug, :name, :key) ON CONFLICT DO NOTHING")
          .bind("slug", n == 1 ? base : base + "-" + n)
          .bind("name", name)
          .bind("key", key)
          .execute();
    }
  }

  private static String fallbackSlug(String table) {
    return table.equals("authors") ? "author" : "topic";
  }

  @Override
  public void changeState(ArticleId id, ArticleState state, Instant at) {
    jdbi.useHandle(
        h ->
            h.createUpdate("UPDATE articles SET state = :state WHERE id = :id")
                .bind("state", state.code())
                .bind("id", id.value())
                .execute());
  }

  @Override
  public void lift(ArticleId id, Instant at) {
    jdbi.useTransaction(
        h -> {
          h.createUpdate(
                  "UPDATE articles SET state = 'published', first_published_at = :at, embargo_until = NULL WHERE id = :id")
              .bind("at", at.toEpochMilli())
              .bind("id", id.value())
              .execute();
          // The topics' index of publication times follows (related stories read it).
          h.createUpdate("UPDATE article_tags SET published_at = :at WHERE article_id = :id")
              .bind("at", at.toEpochMilli())
              .bind("id", id.value())
              .execute();
        });
  }

  @Override
  public List<ArticleSummary> page(Listing listing, PageRequest request) {
    StringBuilder sql =
        new StringBuilder("SELECT ").append(SUMMARY_COLUMNS).append(" FROM articles a ");
    if (listing instanceof Listing.ByAuthor) {
      sql.append("JOIN article_bylines f ON f.article_id = a.id AND f.author_id = :filter ");
    } else if (listing instanceof Listing.ByTag) {
      sql.append("JOIN article_tags f ON f.article_id = a.id AND f.tag_id = :filter ");
    }
    sql.append("LEFT JOIN sections s ON s.id = a.section_id WHERE a.state = 'published' ");
    if (listing instanceof Listing.InSection) {
      sql.append("AND a.section_id = :filter ");
    }
    if (listing instanceof Listing.Between) {
      // A range of articles_latest (state, first_published_at, id): keyset pages as for All News.
      sql.append("AND a.first_published_at >= :from AND a.first_published_at < :until ");
    }
    boolean ascending = request.after().isPresent();
    Optional<Cursor> cursor = ascending ? request.after() : request.before();
    if (cursor.isPresent()) {
      String cmp = ascending ? ">" : "<";
      sql.append("AND (a.first_published_at ")
          .append(cmp)
          .append(" :t OR (a.first_published_at = :t AND a.id ")
          .append(cmp)
          .append(" :cid)) ");
    }
    String dir = ascending ? "ASC" : "DESC";
    sql.append("ORDER BY a.first_published_at ")
        .append(dir)
        .append(", a.id ")
        .append(dir)
        .append(" LIMIT :limit");
    return jdbi.withHandle(
        h -> {
          Query q = h.createQuery(sql.toString()).bind("limit", request.size() + 1);
          filterId(listing).ifPresent(f -> q.bind("filter", f));
          if (listing instanceof Listing.Between b) {
            q.bind("from", b.from().toEpochMilli()).bind("until", b.until().toEpochMilli());
          }
          cursor.ifPresent(c -> q.bind("t", c.publishedMillis()).bind("cid", c.id()));
          return q.map((rs, ctx) -> summary(rs)).list();
        });
  }

  private static Optional<Long> filterId(Listing listing) {
    if (listing instanceof Listing.InSection s) {
      return Optional.of(s.sectionId());
    } else if (listing instanceof Listing.ByAuthor a) {
      return Optional.of(a.authorId());
    } else if (listing instanceof Listing.ByTag t) {
      return Optional.of(t.tagId());
    }
    return Optional.empty();
  }

  private static ArticleSummary summary(ResultSet rs) throws SQLException {
    return new ArticleSummary(
        new ArticleId(rs.getLong("id")),
        rs.getString("slug"),
        rs.getString("headline"),
        rs.getString("summary"),
        Optional.ofNullable(rs.getString("section_name")),
        Optional.ofNullable(rs.getString("section_slug")),
        Instant.ofEpochMilli(rs.getLong("first_published_at")),
        instant(rs, "updated_at"),
        BodyJson.readPhoto(rs.getString("lead_photo")));
  }

  @Override
  public List<Appended> appendAll(List<NewArticle> articles) {
    return batches.append(articles);
  }

  @Override
  public List<RelatedCandidate> relatedCandidates(ArticleId id, int perList) {
    return related.candidates(id, perList);
  }

  @Override
  public Optional<Author> authorBySlug(String slug) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT id, slug, name FROM authors au WHERE slug = :slug AND EXISTS ("
                        + PUBLIC_LINK.formatted("article_bylines", "author_id", "au")
                        + ")")
                .bind("slug", slug)
                .map((r, c) -> new Author(r.getLong(1), r.getString(2), r.getString(3)))
                .findOne());
  }

  @Override
  public Optional<Tag> tagBySlug(String slug) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT id, slug, name FROM tags t WHERE slug = :slug AND EXISTS ("
                        + PUBLIC_LINK.formatted("article_tags", "tag_id", "t")
                        + ")")
                .bind("slug", slug)
                .map((r, c) -> new Tag(r.getLong(1), r.getString(2), r.getString(3)))
                .findOne());
  }

  @Override
  public long countPublic() {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT COUNT(*) FROM articles WHERE state = 'published'")
                .mapTo(Long.class)
                .one());
  }

  @Override
  public List<ArticleId> idsAfter(long afterId, int limit) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT id FROM articles WHERE id > :after ORDER BY id LIMIT :limit")
                .bind("after", afterId)
                .bind("limit", limit)
                .mapTo(Long.class)
                .map(ArticleId::new)
                .list());
  }

  @Override
  public long countAll() {
    return jdbi.withHandle(
        h -> h.createQuery("SELECT COUNT(*) FROM articles").mapTo(Long.class).one());
  }

  @Override
  public boolean showsPhoto(String src) {
    // The address as a LIKE pattern: '!' escapes the wildcards '_' and '%' and itself.
    String pattern = "%" + src.replace("!", "!!").replace("_", "!_").replace("%", "!%") + "%";
    return jdbi.withHandle(
        h ->
            h.createQuery(
                        "SELECT COUNT(*) FROM articles WHERE state = 'published'"
                            + " AND (body LIKE :p ESCAPE '!' OR lead_photo LIKE :p ESCAPE '!')")
                    .bind("p", pattern)
                    .mapTo(Long.class)
                    .one()
                > 0);
  }

  @Override
  public List<ArticleHeadline> headlines(Collection<ArticleId> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT id, slug, headline, state FROM articles WHERE id IN (<ids>)")
                .bindList("ids", ids.stream().map(ArticleId::value).toList())
                .map(
                    (rs, ctx) ->
                        new ArticleHeadline(
                            new ArticleId(rs.getLong("id")),
                            rs.getString("slug"),
                            rs.getString("headline"),
                            ArticleState.ofCode(rs.getString("state"))))
                .list());
  }

  @Override
  public List<ArticleSummary> publicSummaries(Collection<ArticleId> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbi.withHandle(
        h ->
            // The state is checked in Java: with it in the WHERE clause SQLite reads the state
            // index (every published story) instead of looking the ids up by primary key.
            h
                .createQuery(
                    "SELECT "
                        + SUMMARY_COLUMNS
                        + ", a.state FROM articles a LEFT JOIN sections s ON s.id = a.section_id"
                        + " WHERE a.id IN (<ids>)")
                .bindList("ids", ids.stream().map(ArticleId::value).toList())
                .map(
                    (rs, ctx) ->
                        ArticleState.PUBLISHED.code().equals(rs.getString("state"))
                            ? Optional.of(summary(rs))
                            : Optional.<ArticleSummary>empty())
                .list()
                .stream()
                .flatMap(Optional::stream)
                .toList());
  }

  @Override
  public List<PublishedCounts> publishedCounts(List<Instant> bounds) {
    String sql =
        "SELECT s.name AS section_name, "
            + IntervalCounts.columns("a.first_published_at", bounds)
            + """
             FROM articles a LEFT JOIN sections s ON s.id = a.section_id
            WHERE (a.state = 'published' OR (a.state = 'killed' AND a.embargo_until IS NULL)) AND \
            """
            + IntervalCounts.window("a.first_published_at", bounds)
            + """
             GROUP BY s.id, s.name, s.position
            ORDER BY CASE WHEN s.id IS NULL THEN 1 ELSE 0 END, s.position, s.id
            """;
    return jdbi.withHandle(
        h ->
            IntervalCounts.bind(h.createQuery(sql), bounds)
                .map(
                    (rs, ctx) ->
                        new PublishedCounts(
                            Optional.ofNullable(rs.getString("section_name")),
                            IntervalCounts.read(rs, bounds)))
                .list());
  }
}
