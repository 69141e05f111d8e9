package org.dateline.delivery;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When to try again: {@code base × 2^(attempts−1)} up to {@code cap}, of which a random half to all
 * is waited (jitter, so receivers that come back are not hit by everyone at once); never before a
 * {@code Retry-After} the receiver sent (seconds or an HTTP date), at most an hour.
 */
final class Backoff {
  static final Duration MAX_RETRY_AFTER = Duration.ofHours(1);
  private final Duration base;
  private final Duration cap;
  private final RandomGenerator random;

  Backoff(Duration base, Duration cap, RandomGenerator random) {
    this.base = base;
    this.cap = cap;
    this.random = random;
  }

  Instant next(Instant now, int attempts, Optional<String> retryAfter) {
    long exp = base.toMillis() << Math.min(Math.max(attempts - 1, 0), 30);
    long full = Math.min(cap.toMillis(), exp < 0 ? Long.MAX_VALUE : exp);
    long wait;
    synchronized (random) {
      wait = full / 2 + (full > 1 ? random.nextLong(full / 2 + 1) : 0);
    }
    Instant at = now.plusMillis(Math.max(wait, 0));
    Optional<Instant> asked = retryAfter.flatMap(v -> retryAfter(now, v));
    return asked.filter(a -> a.isAfter(at)).orElse(at);
  }

  static Optional<Instant> retryAfter(Instant now, String value) {
    String v = value.strip();
    Instant at;
    if (v.matches("[0-9]{1,9}")) {
      at = now.plusSeconds(Long.parseLong(v));
    } else {
      try {
        at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }
    Instant latest = now.plus(MAX_RETRY_AFTER);
    return Optional.of(at.isAfter(latest) ? latest : at);
  }
}
