package org.dateline.newsroom.workflow.jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.newsroom.editor.Draft;
import org.dateline.newsroom.editor.Revision;
import org.dateline.newsroom.editor.format.DraftJson;
import org.dateline.newsroom.workflow.Action;
import org.dateline.newsroom.workflow.AuditEntry;
import org.dateline.newsroom.workflow.DeskQuery;
import org.dateline.newsroom.workflow.Stage;
import org.dateline.newsroom.workflow.Story;
import org.dateline.newsroom.workflow.StoryRepository;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * Stories in {@code stories}, versions in {@code story_revisions}, the trail in {@code audit_log}.
 */
final class JdbiStoryRepository implements StoryRepository {
  private static final String SELECT = StoryRows.SELECT;
  private final Jdbi jdbi;

  JdbiStoryRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public long insert(
      Draft draft,
      Stage stage,
      long userId,
      Instant at,
      Optional<Long> articleId,
      Optional<String> edition) {
    return jdbi.inTransaction(
        h -> {
          long id =
              h.createUpdate(
                      """
                      INSERT INTO stories(article_id, stage, version, headline, section, draft, created_by, created_at,
                        updated_by, updated_at, edition)
                      VALUES (:article, :stage, 1, :headline, :section, :draft, :user, :at, :user, :at,
                        COALESCE((SELECT a.edition FROM articles a WHERE a.id = :article),
                          (SELECT code FROM editions WHERE code = :edition),
                          (SELECT code FROM editions WHERE is_default = 1)))
                      """)
                  .bind("article", articleId.orElse(null))
                  .bind("edition", edition.orElse(null))
                  .bind("stage", stage.code())
                  .bind("headline", draft.headline())
                  .bind("section", draft.section())
                  .bind("draft", DraftJson.write(draft))
                  .bind("user", userId)
                  .bind("at", at.toEpochMilli())
                  .executeAndReturnGeneratedKeys("id")
                  .mapTo(Long.class)
                  .one();
          insertRevision(h, id, 1, draft, userId, at, "created");
          return id;
        });
  }

  @Override
  public long insertTranslation(
      Draft draft, long userId, Instant at, String edition, String group, long from) {
    return jdbi.inTransaction(
        h -> {
          long id =
              h.createUpdate(
                      """
                      INSERT INTO stories(stage, version, headline, section, draft, created_by, created_at,
                        updated_by, updated_at, edition, translation_group, translated_from)
                      VALUES ('draft', 1, :headline, :section, :draft, :user, :at, :user, :at,
                        :edition, :group, :from)
                      """)
                  .bind("headline", draft.headline())
                  .bind("section", draft.section())
                  .bind("draft", DraftJson.write(draft))
                  .bind("user", userId)
                  .bind("at", at.toEpochMilli())
                  .bind("edition", edition)
                  .bind("group", group)
                  .bind("from", from)
                  .executeAndReturnGeneratedKeys("id")
                  .mapTo(Long.class)
                  .one();
          insertRevision(h, id, 1, draft, userId, at, "translated from story " + from);
          return id;
        });
  }

  @Override
  public void setTranslationGroup(long id, String group) {
    jdbi.useTransaction(
        h ->
            h.createUpdate(
                    "UPDATE stories SET translation_group = :g WHERE id = :id AND translation_group IS NULL")
                .bind("g", group)
                .bind("id", id)
                .execute());
  }

  @Override
  public List<Story> inTranslationGroup(String group) {
    return jdbi.withHandle(
        h ->
            h.createQuery(SELECT + " WHERE s.translation_group = :g ORDER BY s.id")
                .bind("g", group)
                .map((rs, ctx) -> StoryRows.story(rs))
                .list());
  }

  private static void insertRevision(
      org.jdbi.v3.core.Handle h,
      long id,
      int version,
      Draft draft,
      long userId,
      Instant at,
      String note) {
    h.createUpdate(
            "INSERT INTO story_revisions(story_id, version, draft, saved_by, saved_at, note) VALUES (:id, :v, :d, :u, :at, :note)")
        .bind("id", id)
        .bind("v", version)
        .bind("d", DraftJson.write(draft))
        .bind("u", userId)
        .bind("at", at.toEpochMilli())
        .bind("note", note == null ? "" : note)
        .execute();
  }

  @Override
  public Optional<Story> byId(long id) {
    return jdbi.withHandle(
        h ->
            h.createQuery(SELECT + " WHERE s.id = :id")
                .bind("id", id)
                .map((rs, ctx) -> StoryRows.story(rs))
                .findOne());
  }

  @Override
  public Optional<Story> byArticle(long articleId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(SELECT + " WHERE s.article_id = :a")
                .bind("a", articleId)
                .map((rs, ctx) -> StoryRows.story(rs))
                .findOne());
  }

  @Override
  public boolean lock(long id) {
    // A write that changes nothing: portable, and it holds the row until the transaction ends.
    return jdbi.inTransaction(
            h ->
                h.createUpdate("UPDATE stories SET version = version WHERE id = :id")
                    .bind("id", id)
                    .execute())
        > 0;
  }

  @Override
  public boolean saveVersion(
      long id, int expected, Draft draft, long userId, Instant at, String note) {
    return jdbi.inTransaction(
        h -> {
          int changed =
              h.createUpdate(
                      """
                      UPDATE stories SET version = version + 1, draft = :draft, headline = :headline, section = :section,
                        updated_by = :user, updated_at = :at
                      WHERE id = :id AND version = :expected
                      """)
                  .bind("draft", DraftJson.write(draft))
                  .bind("headline", draft.headline())
                  .bind("section", draft.section())
                  .bind("user", userId)
                  .bind("at", at.toEpochMilli())
                  .bind("id", id)
                  .bind("expected", expected)
                  .execute();
          if (changed == 0) {
            return false;
          }
          insertRevision(h, id, expected + 1, draft, userId, at, note);
          return true;
        });
  }

  @Override
  public void setStage(
      long id,
      Stage stage,
      Optional<Instant> scheduledAt,
      Optional<Instant> embargoUntil,
      Optional<Long> articleId,
      Instant at,
      long userId) {
    jdbi.useTransaction(
        h ->
            h.createUpdate(
                    """
                    UPDATE stories SET stage = :stage, scheduled_at = :sched, embargo_until = :emb,
                      article_id = COALESCE(:article, article_id), updated_at = :at, updated_by = :user
                    WHERE id = :id
                    """)
                .bind("stage", stage.code())
                .bind("sched", scheduledAt.map(Instant::toEpochMilli).orElse(null))
                .bind("emb", embargoUntil.map(Instant::toEpochMilli).orElse(null))
                .bind("article", articleId.orElse(null))
                .bind("at", at.toEpochMilli())
                .bind("user", userId)
                .bind("id", id)
                .execute());
  }

  @Override
  public void setEditing(long id, long userId, Instant at) {
    jdbi.useTransaction(
        h ->
            h.createUpdate("UPDATE stories SET editing_by = :u, editing_since = :at WHERE id = :id")
                .bind("u", userId)
                .bind("at", at.toEpochMilli())
                .bind("id", id)
                .execute());
  }

  @Override
  public List<Revision> revisions(long id) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT r.*, u.name FROM story_revisions r JOIN users u ON u.id = r.saved_by WHERE story_id = :id ORDER BY version DESC")
                .bind("id", id)
                .map((rs, ctx) -> revision(rs))
                .list());
  }

  @Override
  public Optional<Revision> revision(long id, int version) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT r.*, u.name FROM story_revisions r JOIN users u ON u.id = r.saved_by WHERE story_id = :id AND version = :v")
                .bind("id", id)
                .bind("v", version)
                .map((rs, ctx) -> revision(rs))
                .findOne());
  }

  private static Revision revision(ResultSet rs) throws SQLException {
    return new Revision(
        rs.getLong("story_id"),
        rs.getInt("version"),
        DraftJson.read(rs.getString("draft")),
        rs.getLong("saved_by"),
        rs.getString("name"),
        Instant.ofEpochMilli(rs.getLong("saved_at")),
        rs.getString("note"));
  }

  @Override
  public void audit(
      long storyId,
      Optional<Long> userId,
      Action action,
      Stage from,
      Stage to,
      Instant at,
      String detail) {
    jdbi.useTransaction(
        h ->
            h.createUpdate(
                    """
                    INSERT INTO audit_log(story_id, user_id, action, from_stage, to_stage, at, detail)
                    VALUES (:s, :u, :a, :f, :t, :at, :d)
                    """)
                .bind("s", storyId)
                .bind("u", userId.orElse(null))
                .bind("a", action.code())
                .bind("f", from.code())
                .bind("t", to.code())
                .bind("at", at.toEpochMilli())
                .bind("d", detail)
                .execute());
  }

  @Override
  public List<AuditEntry> auditTrail(long storyId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT a.*, u.name FROM audit_log a LEFT JOIN users u ON u.id = a.user_id WHERE story_id = :s ORDER BY a.id")
                .bind("s", storyId)
                .map(
                    (rs, ctx) ->
                        new AuditEntry(
                            rs.getLong("story_id"),
                            rs.getString("name") == null ? "scheduler" : rs.getString("name"),
                            Action.ofCode(rs.getString("action")),
                            Stage.ofCode(rs.getString("from_stage")),
                            Stage.ofCode(rs.getString("to_stage")),
                            Instant.ofEpochMilli(rs.getLong("at")),
                            rs.getString("detail")))
                .list());
  }

  @Override
  public List<Story> desk(DeskQuery query, int limit) {
    StringBuilder sql = new StringBuilder(SELECT).append(" WHERE s.stage = :stage");
    query.section().ifPresent(s -> sql.append(" AND s.section = :section"));
    query.edition().ifPresent(e -> sql.append(" AND s.edition = :edition"));
    query.authorId().ifPresent(a -> sql.append(" AND s.created_by = :author"));
    query
        .headline()
        .ifPresent(q -> sql.append(" AND LOWER(s.headline) LIKE :headline ESCAPE '\\'"));
    sql.append(" ORDER BY s.updated_at DESC, s.id DESC LIMIT :limit");
    return jdbi.withHandle(
        h -> {
          Query q =
              h.createQuery(sql.toString())
                  .bind("stage", query.stage().code())
                  .bind("limit", limit);
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
          return q.map((rs, ctx) -> StoryRows.story(rs)).list();
        });
  }

  @Override
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

  @Override
  public List<Story> due(Instant now) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    SELECT
                        + " WHERE (s.stage = 'scheduled' AND s.scheduled_at <= :now) OR (s.stage = 'embargoed' AND s.embargo_until <= :now)"
                        + " ORDER BY s.id")
                .bind("now", now.toEpochMilli())
                .map((rs, ctx) -> StoryRows.story(rs))
                .list());
  }

  @Override
  public List<Story> changedSince(Instant since, int limit) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    SELECT + " WHERE s.updated_at >= :since ORDER BY s.updated_at, s.id LIMIT :l")
                .bind("since", since.toEpochMilli())
                .bind("l", limit)
                .map((rs, ctx) -> StoryRows.story(rs))
                .list());
  }

  @Override
  public List<Story> after(long afterId, int limit) {
    return jdbi.withHandle(
        h ->
            h.createQuery(SELECT + " WHERE s.id > :after ORDER BY s.id LIMIT :l")
                .bind("after", afterId)
                .bind("l", limit)
                .map((rs, ctx) -> StoryRows.story(rs))
                .list());
  }

  @Override
  public List<Story> upcoming(Optional<Long> author, int limit) {
    String sql =
        SELECT
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
}
