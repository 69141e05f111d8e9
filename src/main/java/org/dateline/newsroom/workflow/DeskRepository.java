package org.dateline.newsroom.workflow;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Port: the desk's lists over newsroom stories and the public stories that have none yet. */
public interface DeskRepository {
  /** Newest first, at most {@code limit}, after the query's cursor. */
  List<DeskEntry> live(LiveQuery query, int limit);

  /**
   * The desk's counts of one author's stories or of everyone's (with the public stories then), of
   * one edition (its code) or of all, as the store keeps them (decision 0096): one read of a few
   * rows, whatever the size of the store.
   */
  Tally tally(Optional<Long> authorId, Optional<String> edition);

  /**
   * Stories per stage, public stories now (with or without a newsroom story) and public stories
   * that have no newsroom story yet (both zero when counting one author's).
   */
  record Tally(Map<Stage, Integer> byStage, int published, int unclaimed) {}

  /**
   * The desk rows of the stories of these ids that exist, in one read, by id: without the draft of
   * a story that is not published (decision 0109).
   */
  Map<Long, DeskStory> rows(Collection<Long> ids);

  /** A stage tab's rows, newest change first, at most {@code limit}. */
  List<DeskStory> tab(DeskQuery query, int limit);

  /** Notes that the user has the story open at {@code at} (a heartbeat). */
  void present(long storyId, long userId, Instant at);

  /** The user left the story. */
  void left(long storyId, long userId);

  /** Who else has had the story open since {@code since}, by name, first comer first. */
  List<String> presentSince(long storyId, long exceptUserId, Instant since);

  /**
   * Who else has had each of these stories open since {@code since}, by story id (stories nobody
   * else is in are absent), names first comer first; one read for them all.
   */
  Map<Long, List<String>> presentSince(Collection<Long> storyIds, long exceptUserId, Instant since);
}
