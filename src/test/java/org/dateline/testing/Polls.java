package org.dateline.testing;

import java.time.Duration;

/**
 * Waiting on the change-log poller's event rather than on the clock: a change made by another
 * process before {@link #after} is seen by the second look the poller finishes after it (the first
 * may have started before the change).
 */
public final class Polls {
  /** Far longer than two looks take on any machine; reaching it is a failure, not a measure. */
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  private Polls() {}

  /** Waits until the poller of {@code app} has finished two looks after the call began. */
  public static void after(TestApp app) throws InterruptedException {
    long target = app.wiring().polls() + 2;
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (app.wiring().polls() < target) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the change-log poller made no two looks in " + PATIENCE);
      }
      Thread.sleep(10);
    }
  }
}
