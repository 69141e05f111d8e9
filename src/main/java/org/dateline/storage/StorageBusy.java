package org.dateline.storage;

/**
 * The store could not start a write in time (a long queue of writers, or another process holding
 * the database's write lock); nothing was written. The web answers 503 with Retry-After: the user
 * may simply try again.
 */
public final class StorageBusy extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StorageBusy(String message, Throwable cause) {
    super("The database is busy: " + message + ".", cause);
  }
}
