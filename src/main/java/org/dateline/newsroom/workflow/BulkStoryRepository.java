package org.dateline.newsroom.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dateline.newsroom.editor.Draft;

/** Port: many new newsroom stories at once, for generated stores (benchmarks, decision 0091). */
public interface BulkStoryRepository {
  /**
   * Stores the stories in one transaction, each at version 1 with its first revision, in the
   * default edition.
   */
  void insertAll(List<NewStory> stories);

  /**
   * A story to store: its draft, the draft's fingerprint in the default edition (decision 0132;
   * empty when it cannot be published yet), its stage, who wrote it and when.
   */
  record NewStory(
      Draft draft, Optional<String> fingerprint, Stage stage, long userId, Instant at) {}
}
