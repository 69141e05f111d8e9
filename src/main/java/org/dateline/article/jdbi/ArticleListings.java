package org.dateline.article.jdbi;

import static org.dateline.article.jdbi.ArticleRows.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.article.ArticleHeadline;
import org.dateline.article.ArticleId;
import org.dateline.article.ArticleLine;
import org.dateline.article.ArticleState;
import org.dateline.article.ArticleSummary;
import org.dateline.article.Cursor;
import org.dateline.article.Listing;
import org.dateline.article.PageRequest;
import org.dateline.article.format.BodyJson;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * Public lists of stories (by section, author, topic, or all), pages by cursor, and lookups by id.
 */
final class ArticleListings {
  private static final String SUMMARY_COLUMNS =
      """
      a.id, a.slug, a.headline, a.summary, a.first_published_at, a.updated_at, a.lead_photo,
      a.edition, s.name AS section_name, s.slug AS section_slug
      """;

  private final Jdbi jdbi;

  ArticleListings(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  List<ArticleSummary> page(Listing asked, PageRequest request) {
    Optional<String> edition =
        asked instanceof Listing.InEdition e ? Optional.of(e.edition()) : Optional.empty();
    Listing listing = asked instanceof Listing.InEdition e ? e.listing() : asked;
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
    if (edition.isPresent()) {
      // A range of articles_edition_latest (edition, state, first_published_at, id).
      sql.append("AND a.edition = :edition ");
    }
    if (listing instanceof Listing.Between) {
      // A range of articles_latest (state, first_published_at, id): keyset pages as for All News.
      sql.append("AND a.first_published_at >= :from AND a.first_published_at < :until ");
    }
    boolean ascending = request.after().isPresent();
    Optional<Cursor> cursor = ascending ? request.after() : request.before();
    if (cursor.isPresent()) {
      String cmp = ascending ? ">" : "<";
      // The first bound is implied by the second; it is there for PostgreSQL, which reads no index
      // range from an OR and would walk the list from its start to the cursor (decision 0091).
      sql.append("AND a.first_published_at ")
          .append(cmp)
          .append("= :t AND (a.first_published_at ")
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
          edition.ifPresent(e -> q.bind("edition", e));
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
        BodyJson.readPhoto(rs.getString("lead_photo")),
        rs.getString("edition"));
  }

  List<ArticleHeadline> headlines(Collection<ArticleId> ids) {
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

  /** A few stories whose address has this slug now (by the index {@code articles_slug}). */
  List<ArticleHeadline> withSlug(String slug) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT id, slug, headline, state FROM articles WHERE slug = :slug ORDER BY id"
                        + " LIMIT 20")
                .bind("slug", slug)
                .map(
                    (rs, ctx) ->
                        new ArticleHeadline(
                            new ArticleId(rs.getLong("id")),
                            rs.getString("slug"),
                            rs.getString("headline"),
                            ArticleState.ofCode(rs.getString("state"))))
                .list());
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

  List<ArticleSummary> publicSummaries(Collection<ArticleId> ids) {
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
}
