package org.dateline.newsroom.workflow.jdbi;

import java.time.Instant;
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

/**
 * Stories in {@code stories}, versions in {@code story_revisions}, the trail in {@code audit_log}:
 * the writes and a story by id here; its versions and trail in {@link JdbiStoryHistory}, the lists
 * (a desk tab, counts, due, upcoming, the followers' walks) in {@link JdbiStoryLists}.
 */
final class JdbiStoryRepository implements StoryRepository {
  private static final String SELECT = StoryRows.SELECT;
  private final Jdbi jdbi;
  private final JdbiStoryLists lists;
  private final JdbiStoryHistory history;

  JdbiStoryRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
    this.lists = new JdbiStoryLists(jdbi);
    this.history = new JdbiStoryHistory(jdbi);
  }

  @Override
  public long insert(
      Draft draft,
      Optional<String> fingerprint,
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
                      INSERT INTO stories(article_id, stage, version, headline, section, draft,
                        draft_fingerprint, created_by, created_at, updated_by, updated_at, edition)
                      VALUES (:article, :stage, 1, :headline, :section, :draft, :fingerprint, :user,
                        :at, :user, :at,
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
                  .bind("fingerprint", fingerprint.orElse(null))
                  .bind("user", userId)
                  .bind("at", at.toEpochMilli())
                  .executeAndReturnGeneratedKeys("id")
                  .mapTo(Long.class)
                  .one();
          JdbiStoryHistory.insertRevision(h, id, 1, draft, userId, at, "created");
          return id;
        });
  }

  @Override
  public long insertTranslation(
      Draft draft,
      Optional<String> fingerprint,
      long userId,
      Instant at,
      String edition,
      String group,
      long from) {
    return jdbi.inTransaction(
        h -> {
          long id =
              h.createUpdate(
                      """
                      INSERT INTO stories(stage, version, headline, section, draft, draft_fingerprint,
                        created_by, created_at, updated_by, updated_at, edition, translation_group,
                        translated_from)
                      VALUES ('draft', 1, :headline, :section, :draft, :fingerprint, :user, :at, :user,
                        :at, :edition, :group, :from)
                      """)
                  .bind("headline", draft.headline())
                  .bind("section", draft.section())
                  .bind("draft", DraftJson.write(draft))
                  .bind("fingerprint", fingerprint.orElse(null))
                  .bind("user", userId)
                  .bind("at", at.toEpochMilli())
                  .bind("edition", edition)
                  .bind("group", group)
                  .bind("from", from)
                  .executeAndReturnGeneratedKeys("id")
                  .mapTo(Long.class)
                  .one();
          JdbiStoryHistory.insertRevision(
              h, id, 1, draft, userId, at, "translated from story " + from);
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
      long id,
      int expected,
      Draft draft,
      Optional<String> fingerprint,
      long userId,
      Instant at,
      String note) {
    return jdbi.inTransaction(
        h -> {
          int changed =
              h.createUpdate(
                      """
                      UPDATE stories SET version = version + 1, draft = :draft,
                        draft_fingerprint = :fingerprint, headline = :headline, section = :section,
                        updated_by = :user, updated_at = :at
                      WHERE id = :id AND version = :expected
                      """)
                  .bind("draft", DraftJson.write(draft))
                  .bind("fingerprint", fingerprint.orElse(null))
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
          JdbiStoryHistory.insertRevision(h, id, expected + 1, draft, userId, at, note);
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
      Optional<String> fingerprint,
      Instant at,
      long userId) {
    jdbi.useTransaction(
        h ->
            h.createUpdate(
                    """
                    UPDATE stories SET stage = :stage, scheduled_at = :sched, embargo_until = :emb,
                      article_id = COALESCE(:article, article_id),
                      draft_fingerprint = COALESCE(:fingerprint, draft_fingerprint),
                      updated_at = :at, updated_by = :user
                    WHERE id = :id
                    """)
                .bind("stage", stage.code())
                .bind("sched", scheduledAt.map(Instant::toEpochMilli).orElse(null))
                .bind("emb", embargoUntil.map(Instant::toEpochMilli).orElse(null))
                .bind("article", articleId.orElse(null))
                .bind("fingerprint", fingerprint.orElse(null))
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
  public List<Story> inTranslationGroup(String group) {
    return lists.inTranslationGroup(group);
  }

  @Override
  public List<Revision> revisions(long id) {
    return history.revisions(id);
  }

  @Override
  public Optional<Revision> revision(long id, int version) {
    return history.revision(id, version);
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
    history.audit(storyId, userId, action, from, to, at, detail);
  }

  @Override
  public List<AuditEntry> auditTrail(long storyId) {
    return history.auditTrail(storyId);
  }

  @Override
  public List<Story> desk(DeskQuery query, int limit) {
    return lists.desk(query, limit);
  }

  @Override
  public Map<Stage, Integer> countsByStage() {
    return lists.countsByStage();
  }

  @Override
  public List<Story> due(Instant now) {
    return lists.due(now);
  }

  @Override
  public List<Story> changedSince(Instant since, int limit) {
    return lists.changedSince(since, limit);
  }

  @Override
  public List<Story> after(long afterId, int limit) {
    return lists.after(afterId, limit);
  }

  @Override
  public List<Story> upcoming(Optional<Long> author, int limit) {
    return lists.upcoming(author, limit);
  }
}
