package org.dateline.changelog;

import java.time.Instant;
import java.util.List;

/** Port: the durable, ordered change log. */
public interface ChangeLogRepository {
  long append(ChangeLog.Change change, Instant at);

  /** Appends many entries at once (multi-row inserts), in order. */
  void appendAll(List<ChangeLog.Change> changes, Instant at);

  long latestSeq();

  List<ChangeEntry> after(long seq, int limit);
}
