package org.dateline.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/**
 * Runs a unit of work in one database transaction. Repositories that use {@code jdbi.withHandle}
 * inside it join the same handle (Jdbi binds the open handle to the thread), and nested units join
 * the outer one, so a change and its change-log entry commit together or not at all. {@link
 * #afterCommit} defers work (telling caches) until the outermost unit committed. On SQLite a unit
 * takes the write lock at its start, in arrival order ({@link WriteQueue}); a unit that changes a
 * row it read first locks that row first (for example {@code StoryRepository.lock}), so the same
 * code stays correct where transactions overlap (decision 0008).
 */
public final class Transactions {
  private final Jdbi jdbi;
  private final ThreadLocal<List<Runnable>> pending = new ThreadLocal<>();

  public Transactions(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  public <T> T inTransaction(Supplier<T> work) {
    if (pending.get() != null) {
      return work.get(); // joins the outer unit
    }
    List<Runnable> after = new ArrayList<>();
    pending.set(after);
    T result;
    try {
      result = jdbi.inTransaction(handle -> work.get());
    } finally {
      pending.remove();
    }
    after.forEach(Runnable::run);
    return result;
  }

  /**
   * Runs {@code action} after the current unit commits (at once outside a unit; never on rollback).
   */
  public void afterCommit(Runnable action) {
    List<Runnable> after = pending.get();
    if (after == null) {
      action.run();
    } else {
      after.add(action);
    }
  }
}
