package org.dateline.wire;

/**
 * The newest change-log sequence number this process knows of, and a way to wait for a newer one:
 * raised by the after-commit listener (this process's writes, at once) and by the poller (other
 * processes' writes, within half a second). Thread-safe.
 */
public final class ChangeSignal {
  private long latest;

  /** Says the log reached {@code seq} (never goes back). */
  public synchronized void raise(long seq) {
    if (seq > latest) {
      latest = seq;
      notifyAll();
    }
  }

  public synchronized long latest() {
    return latest;
  }

  /**
   * Waits until the log is beyond {@code seq} or {@code millis} passed; returns the newest number.
   */
  public synchronized long awaitBeyond(long seq, long millis) throws InterruptedException {
    long deadline = System.nanoTime() + millis * 1_000_000L;
    while (latest <= seq) {
      long left = (deadline - System.nanoTime()) / 1_000_000L;
      if (left <= 0) {
        break;
      }
      wait(left);
    }
    return latest;
  }
}
