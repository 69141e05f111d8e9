package org.dateline.newsroom.workflow.jdbi;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.newsroom.workflow.DeskQuery;
import org.dateline.newsroom.workflow.Stage;
import org.dateline.newsroom.workflow.Story;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * The lists of newsroom stories behind {@link JdbiStoryRepository}: a desk tab (one stage), the
 * counts by stage, what is due or upcoming, the followers' walks (changed since, by id) and a
 * translation group. Reads only.
 */
final class JdbiStoryLists {
  private final Jdbi jdbi;

  JdbiStoryLists(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  public List<Story> desk(DeskQuery query, int limit) {
    return jdbi.withHandle(
        h -> tab(h, StoryRows.SELECT, query, limit).map((rs, ctx) -> StoryRows.story(rs)).list());
  }

  /**
   * A desk tab's statement over {@code select} (which names {@code stories} {@code s}): the stories
   * of one stage, section, edition, author and headline words, newest change first.
   */
  static Query tab(Handle h, String select, DeskQuery query, int limit) {
    StringBuilder sql = new StringBuilder(select).append(" WHERE s.stage = :stage");
    query.section().ifPresent(s -> sql.append(" AND s.section = :section"));
    query.edition().ifPresent(e -> sql.append(" AND s.edition = :edition"));
    query.authorId().ifPresent(a -> sql.append(" AND s.created_by = :author"));
    query
        .headline()
        .ifPresent(q -> sql.append(" AND LOWER(s.headline) LIKE :headline ESCAPE '\\'"));
    sql.append(" ORDER BY s.updated_at DESC, s.id DESC LIMIT :limit");
    Query q =
        h.createQuery(sql.toString()).bind("stage", query.stage().code()).bind("limit", limit);
    query.section().ifPresent(s -> q.bind("section", s));
    query.edition().ifPresent(e -> q.bind("edition", e));
    query.authorId().ifPresent(a -> q.bind("author", a));
    query
        .headline()
        .ifPresent(
            text ->
                q.bind(
                    "headline",
                    "%"
                        + text.toLowerCase(java.util.Locale.ROOT)
                            .replace("\\", "\\\\")
                            .replace("%", "\\%")
                            .replace("_", "\\_")
                        + "%"));
    return q;
  }

  public Map<Stage, Integer> countsByStage() {
    Map<Stage, Integer> counts = new EnumMap<>(Stage.class);
    for (Stage s : Stage.values()) {
      counts.put(s, 0);
    }
    jdbi.useHandle(
        h ->
            // The counts the store keeps (decision 0096): newsroom stories are the rows of an
            // author.
            h.createQuery(
                    "SELECT kind, SUM(n) AS n FROM desk_counts WHERE author <> 0 GROUP BY kind")
                .map((rs, ctx) -> Map.entry(Stage.ofCode(rs.getString("kind")), rs.getInt("n")))
                .forEach(e -> counts.put(e.getKey(), e.getValue())));
    return counts;
  }

  public List<Story> due(Instant now) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    StoryRows.SELECT
                        + " WHERE (s.stage = 'scheduled' AND s.scheduled_at <= :now) OR (s.stage = 'embargoed' AND s.embargo_until <= :now)"
                        + " ORDER BY s.id")
                .bind("now", now.toEpochMilli())
                .map((rs, ctx) -> StoryRows.story(rs))
                .list());
  }

  public List<Story> changedSince(Instant since, int limit) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    StoryRows.SELECT
                        + " WHERE s.updated_at >= :since ORDER BY s.updated_at, s.id LIMIT :l")
                .bind("since", since.toEpochMilli())
                .bind("l", limit)
                .map((rs, ctx) -> StoryRows.story(rs))
                .list());
  }

  public List<Story> after(long afterId, int limit) {
    return jdbi.withHandle(
        h ->
            h.createQuery(StoryRows.SELECT + " WHERE s.id > :after ORDER BY s.id LIMIT :l")
                .bind("after", afterId)
                .bind("l", limit)
                .map((rs, ctx) -> StoryRows.story(rs))
                .list());
  }

  public List<Story> upcoming(Optional<Long> author, int limit) {
    String sql =
        StoryRows.SELECT
            + " WHERE s.stage IN ('scheduled', 'embargoed')"
            + (author.isPresent() ? " AND s.created_by = :author" : "")
            + " ORDER BY COALESCE(s.scheduled_at, s.embargo_until), s.id LIMIT :l";
    return jdbi.withHandle(
        h -> {
          Query q = h.createQuery(sql).bind("l", limit);
          author.ifPresent(a -> q.bind("author", a));
          return q.map((rs, ctx) -> StoryRows.story(rs)).list();
        });
  }

  public List<Story> inTranslationGroup(String group) {
    return jdbi.withHandle(
        h ->
            h.createQuery(StoryRows.SELECT + " WHERE s.translation_group = :g ORDER BY s.id")
                .bind("g", group)
                .map((rs, ctx) -> StoryRows.story(rs))
                .list());
  }
}
