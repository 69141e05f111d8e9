package org.dateline.changelog;

import java.util.List;

/** Port: the durable, ordered change log. */
public interface ChangeLogRepository {
  long append(long articleId, ChangeAction action, int version, java.time.Instant at);

  long latestSeq();

  List<ChangeEntry> after(long seq, int limit);
}
