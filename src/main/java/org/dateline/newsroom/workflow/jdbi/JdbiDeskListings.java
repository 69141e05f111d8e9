package org.dateline.newsroom.workflow.jdbi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.newsroom.workflow.DeskCursor;
import org.dateline.newsroom.workflow.DeskEntry;
import org.dateline.newsroom.workflow.DeskQuery;
import org.dateline.newsroom.workflow.DeskRepository;
import org.dateline.newsroom.workflow.DeskStory;
import org.dateline.newsroom.workflow.LiveQuery;
import org.dateline.newsroom.workflow.Stage;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * The desk's Published and All tabs: {@code stories} with the public stories of {@code articles}
 * (read only, decision 0035), keyset-paginated. Published walks the public stories by publication
 * time (the index {@code articles_latest}); All merges the newest stories by last change with the
 * newest public stories that have no newsroom story, each side cut to the page size first. A
 * cursor's condition repeats its time as a bound of its own, so PostgreSQL reads an index range
 * instead of walking from the top (decision 0091); the All tab's stories are read through {@code
 * stories_recent}.
 */
final class JdbiDeskListings implements DeskRepository {
  /**
   * The desk's counts, this feature's table: written only by the store's triggers on {@code
   * stories} and {@code articles} (V33, decision 0096), in the transaction of every write; read
   * here.
   */
  static final String COUNTS_TABLE = "desk_counts";

  /** The kinds of {@code desk_counts} rows that count public stories (the others are stages). */
  private static final String PUBLIC = "public";

  private static final String UNCLAIMED = "unclaimed";
  private final Jdbi jdbi;
  private final DeskStoryRows rows;

  JdbiDeskListings(Jdbi jdbi) {
    this.jdbi = jdbi;
    this.rows = new DeskStoryRows(jdbi);
  }

  @Override
  public Map<Long, DeskStory> rows(Collection<Long> ids) {
    return rows.rows(ids);
  }

  @Override
  public List<DeskStory> tab(DeskQuery query, int limit) {
    return rows.tab(query, limit);
  }

  @Override
  public List<DeskEntry> live(LiveQuery query, int limit) {
    String sql = query.publishedOnly() ? published(query) : all(query);
    return jdbi.withHandle(
        h -> {
          Query q = h.createQuery(sql).bind("limit", limit);
          query.section().ifPresent(s -> q.bind("section", s));
          query.sectionId().ifPresent(s -> q.bind("sectionId", s));
          query.edition().ifPresent(e -> q.bind("edition", e));
          query.authorId().ifPresent(a -> q.bind("author", a));
          query
              .after()
              .ifPresent(
                  c -> {
                    q.bind("at", c.at());
                    q.bind("k", c.key());
                  });
          return q.map(
                  (rs, ctx) -> {
                    long story = rs.getLong("story_id");
                    Optional<Long> storyId = rs.wasNull() ? Optional.empty() : Optional.of(story);
                    long article = rs.getLong("article_id");
                    Optional<Long> articleId =
                        rs.wasNull() ? Optional.empty() : Optional.of(article);
                    return new DeskEntry(
                        storyId, articleId, new DeskCursor(rs.getLong("at"), rs.getLong("k")));
                  })
              .list();
        });
  }

  private static String published(LiveQuery query) {
    StringBuilder sql =
        new StringBuilder(
            """
            SELECT s.id AS story_id, a.id AS article_id, a.first_published_at AS at, a.id AS k
            FROM articles a LEFT JOIN stories s ON s.article_id = a.id
            WHERE a.state = 'published'
            """);
    query.sectionId().ifPresent(x -> sql.append(" AND a.section_id = :sectionId"));
    query.edition().ifPresent(x -> sql.append(" AND a.edition = :edition"));
    query.authorId().ifPresent(x -> sql.append(" AND s.created_by = :author"));
    query
        .after()
        .ifPresent(
            c ->
                sql.append(
                    " AND a.first_published_at <= :at"
                        + " AND (a.first_published_at < :at OR (a.first_published_at = :at AND a.id < :k))"));
    return sql.append(" ORDER BY a.first_published_at DESC, a.id DESC LIMIT :limit").toString();
  }

  private static String all(LiveQuery query) {
    StringBuilder stories =
        new StringBuilder(
            """
            SELECT s.id AS story_id, s.article_id AS article_id, s.updated_at AS at, -s.id AS k
            FROM stories s WHERE 1 = 1
            """);
    query.section().ifPresent(x -> stories.append(" AND s.section = :section"));
    query.edition().ifPresent(x -> stories.append(" AND s.edition = :edition"));
    query.authorId().ifPresent(x -> stories.append(" AND s.created_by = :author"));
    query
        .after()
        .ifPresent(
            c ->
                stories.append(
                    " AND s.updated_at <= :at"
                        + " AND (s.updated_at < :at OR (s.updated_at = :at AND -s.id < :k))"));
    stories.append(" ORDER BY s.updated_at DESC, s.id ASC LIMIT :limit");
    if (query.authorId().isPresent()) {
      // An author's stories are newsroom stories only.
      return stories.toString();
    }
    StringBuilder articles =
        new StringBuilder(
            """
            SELECT CAST(NULL AS BIGINT) AS story_id, a.id AS article_id, a.first_published_at AS at,
              a.id AS k
            FROM articles a
            WHERE a.state = 'published'
              AND NOT EXISTS (SELECT 1 FROM stories o WHERE o.article_id = a.id)
            """);
    if (query.section().isPresent()) {
      // A name no section has matches no public story.
      articles.append(
          query.sectionId().isPresent() ? " AND a.section_id = :sectionId" : " AND 1 = 0");
    }
    query.edition().ifPresent(x -> articles.append(" AND a.edition = :edition"));
    query
        .after()
        .ifPresent(
            c ->
                articles.append(
                    " AND a.first_published_at <= :at"
                        + " AND (a.first_published_at < :at OR (a.first_published_at = :at AND a.id < :k))"));
    articles.append(" ORDER BY a.first_published_at DESC, a.id DESC LIMIT :limit");
    return "SELECT * FROM ("
        + stories
        + ") x UNION ALL SELECT * FROM ("
        + articles
        + ") y ORDER BY at DESC, k DESC LIMIT :limit";
  }

  @Override
  public Tally tally(Optional<Long> authorId, Optional<String> edition) {
    Map<Stage, Integer> byStage = new EnumMap<>(Stage.class);
    for (Stage s : Stage.values()) {
      byStage.put(s, 0);
    }
    int[] published = {0, 0};
    jdbi.useHandle(
        h -> {
          // Kept by the store's triggers in every write's transaction (V33, decision 0096): a few
          // rows per edition and author, never the stories themselves.
          Query q =
              h.createQuery(
                  "SELECT kind, SUM(n) AS n FROM "
                      + COUNTS_TABLE
                      + " WHERE "
                      + (authorId.isPresent() ? "author = :author" : "1 = 1")
                      + (edition.isPresent() ? " AND edition = :edition" : "")
                      + " GROUP BY kind");
          authorId.ifPresent(a -> q.bind("author", a));
          edition.ifPresent(e -> q.bind("edition", e));
          q.map((rs, ctx) -> Map.entry(rs.getString("kind"), rs.getInt("n")))
              .forEach(
                  e -> {
                    switch (e.getKey()) {
                      case PUBLIC -> published[0] = e.getValue();
                      case UNCLAIMED -> published[1] = e.getValue();
                      default -> byStage.put(Stage.ofCode(e.getKey()), e.getValue());
                    }
                  });
        });
    return new Tally(byStage, published[0], published[1]);
  }

  @Override
  public void present(long storyId, long userId, Instant at) {
    jdbi.useTransaction(
        h ->
            h.createUpdate(
                    """
                    INSERT INTO story_presence(story_id, user_id, seen_at) VALUES (:s, :u, :at)
                    ON CONFLICT (story_id, user_id) DO UPDATE SET seen_at = excluded.seen_at
                    """)
                .bind("s", storyId)
                .bind("u", userId)
                .bind("at", at.toEpochMilli())
                .execute());
  }

  @Override
  public void left(long storyId, long userId) {
    jdbi.useTransaction(
        h ->
            h.createUpdate("DELETE FROM story_presence WHERE story_id = :s AND user_id = :u")
                .bind("s", storyId)
                .bind("u", userId)
                .execute());
  }

  @Override
  public List<String> presentSince(long storyId, long exceptUserId, Instant since) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    """
                    SELECT u.name FROM story_presence p JOIN users u ON u.id = p.user_id
                    WHERE p.story_id = :s AND p.user_id <> :u AND p.seen_at >= :since
                    ORDER BY p.seen_at, u.id
                    """)
                .bind("s", storyId)
                .bind("u", exceptUserId)
                .bind("since", since.toEpochMilli())
                .mapTo(String.class)
                .list());
  }

  @Override
  public Map<Long, List<String>> presentSince(
      Collection<Long> storyIds, long exceptUserId, Instant since) {
    if (storyIds.isEmpty()) {
      return Map.of();
    }
    Map<Long, List<String>> names = new HashMap<>();
    jdbi.useHandle(
        h ->
            h.createQuery(
                    """
                    SELECT p.story_id, u.name FROM story_presence p JOIN users u ON u.id = p.user_id
                    WHERE p.story_id IN (<ids>) AND p.user_id <> :u AND p.seen_at >= :since
                    ORDER BY p.story_id, p.seen_at, u.id
                    """)
                .bindList("ids", List.copyOf(storyIds))
                .bind("u", exceptUserId)
                .bind("since", since.toEpochMilli())
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .forEach(
                    e ->
                        names
                            .computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                            .add(e.getValue())));
    return names;
  }
}
