package org.dateline.newsroom.workflow;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Port: the desk's lists over newsroom stories and the public stories that have none yet. */
public interface DeskRepository {
  /** Newest first, at most {@code limit}, after the query's cursor. */
  List<DeskEntry> live(LiveQuery query, int limit);

  /** Stories per stage, of one author or of everyone, of one edition (its code) or of all. */
  Map<Stage, Integer> countsByStage(Optional<Long> authorId, Optional<String> edition);

  /** Public stories now (with or without a newsroom story), of one edition or of all. */
  int countPublished(Optional<String> edition);

  /** Public stories that have no newsroom story yet, of one edition or of all. */
  int countPublishedWithoutStory(Optional<String> edition);

  /** Notes that the user has the story open at {@code at} (a heartbeat). */
  void present(long storyId, long userId, java.time.Instant at);

  /** The user left the story. */
  void left(long storyId, long userId);

  /** Who else has had the story open since {@code since}, by name, first comer first. */
  List<String> presentSince(long storyId, long exceptUserId, java.time.Instant since);
}
