package org.dateline.newsroom.workflow.jdbi;

import java.util.List;
import org.dateline.newsroom.editor.format.DraftJson;
import org.dateline.newsroom.workflow.BulkStoryRepository;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * New stories in batches: one prepared batch into {@code stories}, then their first revisions in
 * one {@code INSERT ... SELECT} (the stories of this transaction that have none yet).
 */
final class JdbiBulkStories implements BulkStoryRepository {
  private final Jdbi jdbi;

  JdbiBulkStories(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public void insertAll(List<NewStory> stories) {
    if (stories.isEmpty()) {
      return;
    }
    jdbi.useTransaction(
        h -> {
          long before =
              h.createQuery("SELECT COALESCE(MAX(id), 0) FROM stories").mapTo(Long.class).one();
          PreparedBatch batch =
              h.prepareBatch(
                  """
                  INSERT INTO stories(stage, version, headline, section, draft, draft_fingerprint,
                    created_by, created_at, updated_by, updated_at, edition)
                  VALUES (:stage, 1, :headline, :section, :draft, :fingerprint, :user, :at, :user,
                    :at, (SELECT code FROM editions WHERE is_default = 1))
                  """);
          for (NewStory s : stories) {
            batch
                .bind("stage", s.stage().code())
                .bind("headline", s.draft().headline())
                .bind("section", s.draft().section())
                .bind("draft", DraftJson.write(s.draft()))
                .bind("fingerprint", s.fingerprint().orElse(null))
                .bind("user", s.userId())
                .bind("at", s.at().toEpochMilli())
                .add();
          }
          batch.execute();
          h.createUpdate(
                  """
                  INSERT INTO story_revisions(story_id, version, draft, saved_by, saved_at, note)
                  SELECT s.id, 1, s.draft, s.created_by, s.created_at, 'generated'
                  FROM stories s
                  WHERE s.id > :before
                    AND NOT EXISTS (SELECT 1 FROM story_revisions r WHERE r.story_id = s.id)
                  """)
              .bind("before", before)
              .execute();
        });
  }
}
