package org.dateline.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Whether this server should get traffic ({@code /readyz}): the store answers a query, its
 * migrations were applied at start, every change-log follower is within {@link #MAX_LAG} entries of
 * the log's head, and the server is not shutting down. Thread-safe.
 */
public final class Readiness {
  /**
   * How far a follower may trail the log's head and still count as following: a bulk import is
   * applied in batches, a follower that stopped falls behind for good.
   */
  public static final long MAX_LAG = 1000;

  /** One check's outcome, with a short reason for operators. */
  public record Check(String name, boolean ok, String detail) {}

  /** All checks; ready when each is ok. */
  public record Report(boolean ready, List<Check> checks) {}

  /**
   * A change-log follower, by name, with its current position; one that does not {@code gate}
   * readiness is only measured (the CDN purge: a CDN outage must not take every node out).
   */
  public record Follower(String name, LongSupplier position, boolean gates) {
    public Follower(String name, LongSupplier position) {
      this(name, position, true);
    }
  }

  private final LongSupplier head;
  private final boolean migrated;
  private final List<Follower> followers = new java.util.concurrent.CopyOnWriteArrayList<>();
  private volatile boolean stopping;

  /**
   * {@code head} reads the log's newest sequence number from the store (the reachability probe);
   * {@code migrated} says the store's migrations were applied when it opened.
   */
  public Readiness(LongSupplier head, boolean migrated) {
    this.head = head;
    this.migrated = migrated;
  }

  public void follow(Follower follower) {
    followers.add(follower);
  }

  /** From now on not ready: the server is shutting down and lets its balancer drain it. */
  public void stopping() {
    stopping = true;
  }

  /** The followers' lag behind {@code latest}, by name (for metrics). */
  public List<Follower> followers() {
    return List.copyOf(followers);
  }

  public Report check() {
    List<Check> checks = new ArrayList<>();
    long latest = -1;
    try {
      latest = head.getAsLong();
      checks.add(new Check("store", true, "reachable"));
    } catch (RuntimeException e) {
      checks.add(new Check("store", false, "unreachable: " + e.getClass().getSimpleName()));
    }
    checks.add(new Check("migrations", migrated, migrated ? "applied" : "not applied at start"));
    for (Follower f : followers) {
      if (!f.gates()) {
        continue;
      }
      if (latest < 0) {
        checks.add(new Check("follower " + f.name(), false, "log head unknown"));
        continue;
      }
      long lag = Math.max(0, latest - f.position().getAsLong());
      checks.add(new Check("follower " + f.name(), lag <= MAX_LAG, lag + " entries behind"));
    }
    checks.add(new Check("shutdown", !stopping, stopping ? "shutting down" : "running"));
    return new Report(checks.stream().allMatch(Check::ok), List.copyOf(checks));
  }
}
