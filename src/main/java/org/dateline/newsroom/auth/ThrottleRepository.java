package org.dateline.newsroom.auth;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Port: the sign-in throttle's buckets, shared by every process on the store. Buckets are named by
 * a hash; callers run the methods inside one transaction where they must be atomic together.
 */
public interface ThrottleRepository {
  /**
   * Counts an attempt in the bucket if it may be evaluated now ({@code next_at <= now}), creating
   * the bucket at the first attempt; answers the failures counted so far, this one included, or
   * empty when the bucket must still wait. The check and the count are one conditional statement,
   * so concurrent attempts cannot both pass it.
   */
  OptionalInt count(String bucket, Instant now);

  /** When the bucket's next attempt may be evaluated; empty when there is no such bucket. */
  Optional<Instant> nextAt(String bucket);

  void delayUntil(String bucket, Instant next);

  /** Forgets the bucket (a success from its client). */
  void forget(String bucket);

  /** Takes one counted attempt back (it was a success), keeping any wait already set. */
  void uncount(String bucket);

  /** Forgets buckets without an attempt since {@code cutoff}. */
  void forgetIdleSince(Instant cutoff);

  /** The secret that signs device cookies, made on first use and the same for every process. */
  String deviceKey();
}
