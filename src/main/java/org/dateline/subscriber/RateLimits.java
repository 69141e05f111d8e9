package org.dateline.subscriber;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per subscriber in this process's memory (with N nodes the limit is per node): it
 * holds up to two seconds' worth of requests and refills at the subscriber's rate. No store write
 * per request. Thread-safe.
 */
final class RateLimits {
  private final Clock clock;
  private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();

  RateLimits(Clock clock) {
    this.clock = clock;
  }

  /** Takes one token; when none is left, the seconds until one is (at least 1). */
  Optional<Long> take(Subscriber s) {
    return buckets
        .computeIfAbsent(s.id(), id -> new Bucket(s.ratePerSecond(), clock.millis()))
        .take(s.ratePerSecond(), clock.millis());
  }

  void forget(long subscriberId) {
    buckets.remove(subscriberId);
  }

  private static final class Bucket {
    private double tokens;
    private long last;

    Bucket(int rate, long now) {
      this.tokens = 2.0 * rate;
      this.last = now;
    }

    synchronized Optional<Long> take(int rate, long now) {
      double capacity = 2.0 * rate;
      tokens = Math.min(capacity, tokens + Math.max(0, now - last) * rate / 1000.0);
      last = Math.max(last, now);
      if (tokens >= 1) {
        tokens -= 1;
        return Optional.empty();
      }
      return Optional.of(Math.max(1, (long) Math.ceil((1 - tokens) / rate)));
    }
  }
}
