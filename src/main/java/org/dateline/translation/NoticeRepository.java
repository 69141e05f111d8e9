package org.dateline.translation;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Port: the translations' notices. */
public interface NoticeRepository {
  /** Adds a notice on {@code storyId}, numbered after its last one. */
  void add(long storyId, long sourceId, Notice.Kind kind, String note, Instant at);

  /** The open notices on these stories, newest first. */
  List<Notice> open(Set<Long> storyIds);

  /** Every open notice, newest first, at most {@code limit}. */
  List<Notice> open(int limit);

  /** Dismisses an open notice; false when there is none such open. */
  boolean dismiss(long storyId, int n, long userId, Instant at);
}
