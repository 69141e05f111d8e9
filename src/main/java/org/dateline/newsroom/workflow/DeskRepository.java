package org.dateline.newsroom.workflow;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Port: the desk's lists over newsroom stories and the public stories that have none yet. */
public interface DeskRepository {
  /** Newest first, at most {@code limit}, after the query's cursor. */
  List<DeskEntry> live(LiveQuery query, int limit);

  /** Stories per stage, of one author or of everyone. */
  Map<Stage, Integer> countsByStage(Optional<Long> authorId);

  /** Public stories now (with or without a newsroom story). */
  int countPublished();

  /** Public stories that have no newsroom story yet. */
  int countPublishedWithoutStory();
}
