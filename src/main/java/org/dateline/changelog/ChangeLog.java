package org.dateline.changelog;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;

/**
 * Facade: the ordered record of every publish, update and kill. Writers call {@link #record} inside
 * the transaction of the change; readers poll {@link #latestSeq()} or {@link #after}. Listeners in
 * this process hear of a new sequence number after commit. Thread-safe.
 */
public final class ChangeLog {
  private final ChangeLogRepository repository;
  private final Clock clock;
  private final List<LongConsumer> listeners = new CopyOnWriteArrayList<>();

  public ChangeLog(ChangeLogRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  /** A change to record: the story, what happened, its version, the cache keys it touches. */
  public record Change(long articleId, ChangeAction action, int version, Set<String> keys) {
    public Change {
      keys = Set.copyOf(keys);
    }
  }

  /** Appends an entry; call inside the transaction that makes the change. */
  public long record(long articleId, ChangeAction action, int version, Set<String> keys) {
    return repository.append(new Change(articleId, action, version, keys), clock.instant());
  }

  /** Appends many entries in order; call inside the transaction that makes the changes. */
  public void recordAll(List<Change> changes) {
    if (!changes.isEmpty()) {
      repository.appendAll(changes, clock.instant());
    }
  }

  /** Tells this process's listeners that the log reached {@code seq}; call after commit. */
  public void committed(long seq) {
    listeners.forEach(l -> l.accept(seq));
  }

  public void onCommit(LongConsumer listener) {
    listeners.add(listener);
  }

  public long latestSeq() {
    return repository.latestSeq();
  }

  public List<ChangeEntry> after(long seq, int limit) {
    return repository.after(seq, limit);
  }
}
