package org.dateline.changelog;

import java.time.Clock;
import java.util.List;
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

  /** Appends an entry; call inside the transaction that makes the change. */
  public long record(long articleId, ChangeAction action, int version) {
    return repository.append(articleId, action, version, clock.instant());
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
