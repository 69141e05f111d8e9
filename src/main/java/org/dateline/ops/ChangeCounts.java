package org.dateline.ops;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.List;
import org.dateline.changelog.ChangeAction;
import org.dateline.changelog.ChangeEntry;
import org.dateline.changelog.ChangeLog;

/**
 * Counts the change log's entries by action for metrics ({@code dateline_changes_total}, so
 * publishes are {@code action="published"}), whichever process wrote them: a follower like the
 * others, from the log's head at start. Thread-safe: one catch-up at a time.
 */
public final class ChangeCounts {
  private final ChangeLog changeLog;
  private final Counter changes;
  private long position;

  public ChangeCounts(ChangeLog changeLog, PrometheusRegistry registry) {
    this.changeLog = changeLog;
    this.changes =
        Counter.builder()
            .name("dateline_changes_total")
            .help("Story changes in the change log since this process started, by action")
            .labelNames("action")
            .register(registry);
    for (ChangeAction a : ChangeAction.values()) {
      changes.labelValues(a.code()); // every action shows, at zero until it happens
    }
    this.position = changeLog.latestSeq();
  }

  /** Counts the entries written since the last call. */
  public synchronized void catchUp() {
    for (List<ChangeEntry> batch = changeLog.after(position, 1000);
        !batch.isEmpty();
        batch = changeLog.after(position, 1000)) {
      for (ChangeEntry e : batch) {
        changes.labelValues(e.action().code()).inc();
        position = e.seq();
      }
    }
  }

  public synchronized long position() {
    return position;
  }
}
