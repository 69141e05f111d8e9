package org.dateline.testing;

import java.time.Duration;

/**
 * Waits for what a test expects to come true, looking every 50 ms, and fails naming it once the
 * patience given has passed: a bound that keeps a broken build from hanging, never a timing the
 * test asserts.
 */
public final class Await {
  private Await() {}

  /** A condition that may throw (a query, an HTTP request). */
  public interface Check {
    boolean holds() throws Exception;
  }

  public static void until(Check condition, String what, Duration patience) throws Exception {
    long deadline = System.nanoTime() + patience.toNanos();
    while (!condition.holds()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not seen within " + patience.toSeconds() + " s: " + what);
      }
      Thread.sleep(50);
    }
  }
}
