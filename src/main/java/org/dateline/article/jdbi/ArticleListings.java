package org.dateline.article.jdbi;

import static org.dateline.article.jdbi.ArticleRows.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.article.ArticleHeadline;
import org.dateline.article.ArticleId;
import org.dateline.article.ArticleRepository;
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
  static final String SUMMARY_COLUMNS =
      """
      a.id, a.slug, a.headline, a.summary, a.first_published_at, a.updated_at, a.lead_photo,
      a.edition, s.name AS section_name, s.slug AS section_slug
      """;

  private final Jdbi jdbi;

  ArticleListings(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  List<ArticleSummary> page(Listing asked, PageRequest request) {
    boolean ascending = request.after().isPresent();
    Optional<Cursor> cursor = ascending ? request.after() : request.before();
    String sql = cut(asked, cursor.isPresent(), ascending, "t", "cid", ":limit");
    return jdbi.withHandle(
        h -> {
          Query q = filtered(h.createQuery(sql), asked).bind("limit", request.size() + 1);
          cursor.ifPresent(c -> q.bind("t", c.publishedMillis()).bind("cid", c.id()));
          return q.map((rs, ctx) -> summary(rs)).list();
        });
  }

  /**
   * A page cut at a cursor and the story standing at the cursor's position, in one statement
   * (decision 0123): before a cursor, the oldest story at or after it; after one, the newest at or
   * before it. The page's rows come newest first before a cursor, oldest first after one.
   */
  ArticleRepository.PageAt pageAt(Listing asked, PageRequest request) {
    boolean ascending = request.after().isPresent();
    Cursor c = (ascending ? request.after() : request.before()).orElseThrow();
    // The position is found the other way from the cursor, itself included.
    String sql =
        "SELECT 1 AS part, p.* FROM ("
            + cut(asked, true, !ascending, "pt", "pid", "1")
            + ") p UNION ALL SELECT 2 AS part, r.* FROM ("
            + cut(asked, true, ascending, "t", "cid", ":limit")
            + ") r";
    return jdbi.withHandle(
        h -> {
          Query q =
              filtered(h.createQuery(sql), asked)
                  .bind("limit", request.size() + 1)
                  .bind("t", c.publishedMillis())
                  .bind("cid", c.id())
                  .bind("pt", c.publishedMillis())
                  .bind("pid", ascending ? c.id() + 1 : c.id() - 1);
          Optional<ArticleSummary> at = Optional.empty();
          List<ArticleSummary> rows = new ArrayList<>();
          for (Map.Entry<Integer, ArticleSummary> row :
              q.map((rs, ctx) -> Map.entry(rs.getInt("part"), summary(rs))).list()) {
            if (row.getKey() == 1) {
              at = Optional.of(row.getValue());
            } else {
              rows.add(row.getValue());
            }
          }
          // A union keeps no order of its own: the page's rows are put back in theirs.
          Comparator<ArticleSummary> order =
              Comparator.comparing(ArticleSummary::firstPublishedAt)
                  .thenComparing(s -> s.id().value());
          rows.sort(ascending ? order : order.reversed());
          return new ArticleRepository.PageAt(at, rows);
        });
  }

  /**
   * The statement of a list's page: its stories newest first ({@code ascending}: oldest first),
   * strictly after the cursor bound as {@code :T} and {@code :ID} in that order when {@code
   * cursored}, at most {@code limit} (a parameter or a number).
   */
  private static String cut(
      Listing asked,
      boolean cursored,
      boolean ascending,
      String timeParam,
      String idParam,
      String limit) {
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
    if (cursored) {
      String cmp = ascending ? ">" : "<";
      String t = ":" + timeParam;
      // The first bound is implied by the second; it is there for PostgreSQL, which reads no index
      // range from an OR and would walk the list from its start to the cursor (decision 0091).
      sql.append("AND a.first_published_at ")
          .append(cmp)
          .append("= ")
          .append(t)
          .append(" AND (a.first_published_at ")
          .append(cmp)
          .append(' ')
          .append(t)
          .append(" OR (a.first_published_at = ")
          .append(t)
          .append(" AND a.id ")
          .append(cmp)
          .append(" :")
          .append(idParam)
          .append(")) ");
    }
    String dir = ascending ? "ASC" : "DESC";
    return sql.append("ORDER BY a.first_published_at ")
        .append(dir)
        .append(", a.id ")
        .append(dir)
        .append(" LIMIT ")
        .append(limit)
        .toString();
  }

  /** The query with the list's own parameters bound: its filter, edition and time range. */
  private static Query filtered(Query q, Listing asked) {
    Listing listing = asked instanceof Listing.InEdition e ? e.listing() : asked;
    if (asked instanceof Listing.InEdition e) {
      q.bind("edition", e.edition());
    }
    filterId(listing).ifPresent(f -> q.bind("filter", f));
    if (listing instanceof Listing.Between b) {
      q.bind("from", b.from().toEpochMilli()).bind("until", b.until().toEpochMilli());
    }
    return q;
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

  static ArticleSummary summary(ResultSet rs) throws SQLException {
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
