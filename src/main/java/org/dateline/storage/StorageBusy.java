package org.dateline.storage;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The store could not take a write in time (a long queue of writers, another process holding the
 * database's write lock or the rows, or a database that cannot be reached just now); nothing was
 * written. The web answers 503 with Retry-After: the user may simply try again.
 */
public final class StorageBusy extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * PostgreSQL's SQL states that mean "try again": the lock wait ran out (55P03), a serialization
   * failure or deadlock (40001, 40P01), the server shutting down, crashed or starting (57P01-03).
   * Class 08 (connection exceptions) counts too.
   */
  private static final Set<String> RETRYABLE =
      Set.of("55P03", "40001", "40P01", "57P01", "57P02", "57P03");

  private final boolean unreachable;

  public StorageBusy(String message, @Nullable Throwable cause) {
    this("The database is busy: " + message + ".", cause, false);
  }

  private StorageBusy(String message, @Nullable Throwable cause, boolean unreachable) {
    super(message, cause);
    this.unreachable = unreachable;
  }

  /** Whether the database could not be reached at all (rather than being busy). */
  public boolean unreachable() {
    return unreachable;
  }

  /**
   * What {@code failure} means for the user when it is a database that is away or busy for a while
   * (a lost connection, a restart, a lock wait that ran out), anywhere in its cause chain; empty
   * for any other failure.
   */
  public static Optional<StorageBusy> of(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof StorageBusy busy) {
        return Optional.of(busy);
      }
      if (t instanceof SQLTransientConnectionException) {
        return Optional.of(
            new StorageBusy("The database cannot be reached: " + t.getMessage(), failure, true));
      }
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        if (state.startsWith("08") || state.startsWith("57P")) {
          return Optional.of(
              new StorageBusy(
                  "The database cannot be reached: " + sql.getMessage(), failure, true));
        }
        if (RETRYABLE.contains(state)) {
          return Optional.of(
              new StorageBusy("The database is busy: " + sql.getMessage(), failure, false));
        }
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return Optional.empty();
  }
}
