package org.dateline.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.dateline.storage.Transactions;
import org.jspecify.annotations.Nullable;

/**
 * Group commit for units of work that arrive at once on several threads (pushes, feeds): each
 * caller queues its unit and waits for the committer's turn; whoever gets the turn stores every
 * unit queued by then in one transaction, so concurrent pushes share one commit — one fsync on
 * SQLite — instead of each waiting for its own (decision 0089). A caller returns only once its own
 * unit is committed: what a push acknowledges is on disk, as before. If the shared transaction
 * fails, each of its units is stored in its own, so a failing unit fails alone, for its own caller.
 * A caller alone commits alone, at once. Thread-safe.
 */
final class GroupCommit {
  /** The most units in one transaction, so the write lock is held a bounded time. */
  static final int MAX_UNITS = 100;

  private final Transactions transactions;
  private final ReentrantLock turn = new ReentrantLock(true);
  private final ConcurrentLinkedQueue<Unit<?>> queued = new ConcurrentLinkedQueue<>();

  GroupCommit(Transactions transactions) {
    this.transactions = transactions;
  }

  /** Runs {@code work} in a transaction, possibly shared with other callers' work; its result. */
  <T> T run(Supplier<T> work) {
    Unit<T> mine = new Unit<>(work);
    queued.add(mine);
    turn.lock(); // waits while another caller commits; its batch may take this unit along
    try {
      while (!mine.done) {
        commitQueued();
      }
    } finally {
      turn.unlock();
    }
    return mine.result();
  }

  /** Callers waiting for their turn now (tests wait on it). */
  int waiting() {
    return turn.getQueueLength();
  }

  /** Stores up to {@link #MAX_UNITS} queued units in one transaction (each alone on failure). */
  private void commitQueued() {
    List<Unit<?>> batch = new ArrayList<>();
    for (Unit<?> u = queued.poll(); u != null; u = queued.poll()) {
      batch.add(u);
      if (batch.size() >= MAX_UNITS) {
        break;
      }
    }
    if (batch.size() > 1) {
      try {
        List<Object> results =
            transactions.inTransaction(
                () -> {
                  List<Object> out = new ArrayList<>();
                  for (Unit<?> u : batch) {
                    out.add(u.work.get());
                  }
                  return out;
                });
        for (int i = 0; i < batch.size(); i++) {
          batch.get(i).succeeded(results.get(i));
        }
        return;
      } catch (RuntimeException | StackOverflowError e) {
        // one unit failed the lot: each in its own transaction, the failing one fails alone
      }
    }
    for (Unit<?> u : batch) {
      try {
        u.succeeded(transactions.inTransaction(u.work::get));
      } catch (RuntimeException e) {
        u.failed(e);
      } catch (Error e) {
        // never leave a waiting caller without an answer: its unit was taken off the queue
        u.failed(new IllegalStateException("storing failed: " + e, e));
      }
    }
  }

  /** One caller's work and, once committed, its result or failure (read under the turn's lock). */
  private static final class Unit<T> {
    private final Supplier<T> work;
    private boolean done;
    private @Nullable Object result;
    private @Nullable RuntimeException failure;

    Unit(Supplier<T> work) {
      this.work = work;
    }

    void succeeded(@Nullable Object value) {
      result = value;
      done = true;
    }

    void failed(RuntimeException e) {
      failure = e;
      done = true;
    }

    @SuppressWarnings({"unchecked", "NullAway"}) // the value came from this unit's own work
    T result() {
      if (failure != null) {
        throw failure;
      }
      return (T) result;
    }
  }
}
