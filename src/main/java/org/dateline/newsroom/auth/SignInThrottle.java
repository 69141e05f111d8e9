package org.dateline.newsroom.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import org.dateline.shared.Hashes;
import org.dateline.storage.Transactions;

/**
 * Keeps password guessers slow without locking anyone out (decision 0009). Every attempt is counted
 * in its buckets <em>before</em> the password is checked, in one transaction, so parallel attempts
 * see each other; a bucket evaluates its first few attempts at once, then each further attempt only
 * after an exponentially growing delay (1 s, 2 s, 4 s ... at most 15 minutes). A browser that
 * signed in to the account before (a valid device cookie) has a bucket of its own, which guesses
 * from elsewhere never touch. State lives in the database, so every process sees the same counts.
 * Thread-safe.
 */
final class SignInThrottle {
  /** Attempts from a device that signed in to this account before. */
  static final int FREE_PER_DEVICE = 5;

  /** Attempts on one account from one unknown client (its address). */
  static final int FREE_PER_ACCOUNT_AND_CLIENT = 5;

  /** Attempts on one account from all unknown clients together (guessing from many addresses). */
  static final int FREE_PER_ACCOUNT = 20;

  /** Attempts from one unknown client on all accounts together (one password tried on many). */
  static final int FREE_PER_CLIENT = 20;

  /** Checks of a signed-in user's current password (before a password change). */
  static final int FREE_PASSWORD_CHECKS = 5;

  static final Duration FIRST_DELAY = Duration.ofSeconds(1);
  static final Duration MAX_DELAY = Duration.ofMinutes(15);

  /** A bucket without an attempt for this long starts again from zero. */
  static final Duration FORGET_AFTER = Duration.ofHours(1);

  /**
   * A counter of attempts; {@code own} buckets belong to one client and are forgotten when it
   * succeeds, shared ones only take the successful attempt back.
   */
  record Bucket(String name, int free, boolean own) {}

  /** Refused: nothing was counted; {@code seconds} until the next attempt is evaluated. */
  private static final class MustWait extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient long seconds;

    MustWait(long seconds) {
      super(null, null, false, false);
      this.seconds = seconds;
    }
  }

  private final ThrottleRepository repository;
  private final Transactions tx;
  private final Clock clock;

  SignInThrottle(ThrottleRepository repository, Transactions tx, Clock clock) {
    this.repository = repository;
    this.tx = tx;
    this.clock = clock;
  }

  /** The buckets of a sign-in from a device that signed in to this account before. */
  static List<Bucket> knownDevice(String deviceId) {
    return List.of(new Bucket("device:" + deviceId, FREE_PER_DEVICE, true));
  }

  /** The buckets of a sign-in from a client without a device cookie for the account. */
  static List<Bucket> unknownClient(String account, String client) {
    return List.of(
        new Bucket("account+client:" + account + "\n" + client, FREE_PER_ACCOUNT_AND_CLIENT, true),
        new Bucket("account:" + account, FREE_PER_ACCOUNT, false),
        new Bucket("client:" + client, FREE_PER_CLIENT, false));
  }

  /** The bucket of a signed-in user's current-password checks. */
  static List<Bucket> passwordCheck(long userId) {
    return List.of(new Bucket("password-check:" + userId, FREE_PASSWORD_CHECKS, true));
  }

  /**
   * Counts an attempt in every bucket, all or none: 0 when it may be evaluated now, else the
   * seconds to wait (and nothing was counted).
   */
  long claim(List<Bucket> buckets) {
    Instant now = clock.instant();
    try {
      tx.inTransaction(
          () -> {
            repository.forgetIdleSince(now.minus(FORGET_AFTER));
            long wait = 0;
            for (Bucket b : buckets) {
              String key = key(b);
              OptionalInt failures = repository.count(key, now);
              if (failures.isEmpty()) {
                Instant next = repository.nextAt(key).orElse(now);
                wait = Math.max(wait, secondsUntil(now, next));
              } else {
                Duration delay = delay(failures.getAsInt(), b.free());
                // A free attempt moves nothing: writing "next at now" would refuse a concurrent
                // attempt whose clock was read a moment earlier (it counts in after this one).
                if (!delay.isZero()) {
                  repository.delayUntil(key, now.plus(delay));
                }
              }
            }
            if (wait > 0) {
              throw new MustWait(wait); // rolls back what this attempt counted
            }
            return null;
          });
      return 0;
    } catch (MustWait e) {
      return e.seconds;
    }
  }

  /** The attempt was right: its client starts afresh; shared buckets take it back. */
  void succeeded(List<Bucket> buckets) {
    tx.inTransaction(
        () -> {
          for (Bucket b : buckets) {
            if (b.own()) {
              repository.forget(key(b));
            } else {
              repository.uncount(key(b));
            }
          }
          return null;
        });
  }

  /** The wait after {@code failures} counted attempts: none within the free ones, then doubling. */
  static Duration delay(int failures, int free) {
    if (failures < free) {
      return Duration.ZERO;
    }
    int doublings = Math.min(failures - free, 30);
    Duration d = FIRST_DELAY.multipliedBy(1L << doublings);
    return d.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : d;
  }

  /** "8 seconds", "1 minute", "15 minutes": the wait as the message says it. */
  static String describe(long seconds) {
    if (seconds < 60) {
      return seconds + (seconds == 1 ? " second" : " seconds");
    }
    long minutes = (seconds + 59) / 60;
    return minutes + (minutes == 1 ? " minute" : " minutes");
  }

  private static long secondsUntil(Instant now, Instant next) {
    long millis = Duration.between(now, next).toMillis();
    return millis <= 0 ? 0 : (millis + 999) / 1000;
  }

  private static String key(Bucket b) {
    return Hashes.sha256(b.name());
  }
}
