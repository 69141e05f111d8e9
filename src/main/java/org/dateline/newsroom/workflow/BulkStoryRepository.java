package org.dateline.newsroom.workflow;

import java.time.Instant;
import java.util.List;
import org.dateline.newsroom.editor.Draft;

/** Port: many new newsroom stories at once, for generated stores (benchmarks, decision 0091). */
public interface BulkStoryRepository {
  /**
   * Stores the stories in one transaction, each at version 1 with its first revision, in the
   * default edition.
   */
  void insertAll(List<NewStory> stories);

  /** A story to store: its draft and stage, who wrote it and when. */
  record NewStory(Draft draft, Stage stage, long userId, Instant at) {}
}
