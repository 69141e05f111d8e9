package org.dateline.storage;

import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/**
 * Runs a unit of work in one database transaction. Repositories that use {@code jdbi.withHandle}
 * inside it join the same handle (Jdbi binds the open handle to the thread), so a change and its
 * change-log entry commit together or not at all.
 */
public final class Transactions {
  private final Jdbi jdbi;

  public Transactions(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  public <T> T inTransaction(Supplier<T> work) {
    return jdbi.inTransaction(handle -> work.get());
  }
}
