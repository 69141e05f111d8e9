package org.dateline.storage;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.transaction.DelegatingTransactionHandler;
import org.jdbi.v3.core.transaction.TransactionHandler;
import org.sqlite.SQLiteConfig.TransactionMode;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * SQLite's one writer, made explicit: every Jdbi transaction on the store waits its turn in this
 * process's fair queue, then begins {@code IMMEDIATE}, so it holds the database's write lock from
 * its first statement to its commit. A transaction therefore never reads a snapshot that another
 * writer makes stale, and never tries to upgrade a read lock into a write lock, which is where
 * SQLite answers {@code SQLITE_BUSY} or {@code SQLITE_BUSY_SNAPSHOT} at once, without waiting. The
 * queue serves writers in arrival order (SQLite's own busy handler polls, so a waiting writer could
 * lose every round); against other processes on the same file (an import from the command line) the
 * connection's busy timeout still applies. A writer that cannot start in time gets {@link
 * StorageBusy}. Thread-safe: one instance per handle ({@link #specialize}), one lock per {@link
 * Database}. See decision 0008.
 */
final class WriteQueue extends DelegatingTransactionHandler {
  private final ReentrantLock turn;
  private final Duration patience;
  private boolean holding;

  WriteQueue(TransactionHandler delegate, ReentrantLock turn, Duration patience) {
    super(delegate);
    this.turn = turn;
    this.patience = patience;
  }

  @Override
  public TransactionHandler specialize(Handle handle) throws SQLException {
    return new WriteQueue(getDelegate().specialize(handle), turn, patience);
  }

  @Override
  public void begin(Handle handle) {
    if (holding || getDelegate().isInTransaction(handle)) {
      getDelegate().begin(handle); // already begun: the delegate joins
      return;
    }
    waitForTurn();
    try {
      SQLiteConnection connection = handle.getConnection().unwrap(SQLiteConnection.class);
      connection.getConnectionConfig().setTransactionMode(TransactionMode.IMMEDIATE);
      try {
        getDelegate().begin(handle);
      } finally {
        // The driver begins its next transaction right after each commit; that one must not
        // take the write lock (it is closed at once when Jdbi restores auto-commit).
        connection.getConnectionConfig().setTransactionMode(TransactionMode.DEFERRED);
      }
    } catch (SQLException | RuntimeException e) {
      leave();
      if (busy(e)) {
        throw new StorageBusy("another process held the database's write lock too long", e);
      }
      throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
    }
  }

  @Override
  public void commit(Handle handle) {
    try {
      getDelegate().commit(handle);
    } finally {
      leave();
    }
  }

  @Override
  public void rollback(Handle handle) {
    try {
      getDelegate().rollback(handle);
    } finally {
      leave();
    }
  }

  private void waitForTurn() {
    boolean got;
    try {
      got = turn.tryLock(patience.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StorageBusy("interrupted while waiting to write", e);
    }
    if (!got) {
      throw new StorageBusy("no turn to write within " + patience.toSeconds() + " s", null);
    }
    holding = true;
  }

  private void leave() {
    if (holding) {
      holding = false;
      turn.unlock();
    }
  }

  /** Whether SQLite said busy (any of its busy codes), anywhere in the cause chain. */
  static boolean busy(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLiteException s
          && (s.getResultCode() == SQLiteErrorCode.SQLITE_BUSY
              || s.getResultCode() == SQLiteErrorCode.SQLITE_BUSY_SNAPSHOT
              || s.getResultCode() == SQLiteErrorCode.SQLITE_BUSY_TIMEOUT)) {
        return true;
      }
    }
    return false;
  }
}
