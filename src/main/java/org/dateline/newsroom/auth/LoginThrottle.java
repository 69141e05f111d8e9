package org.dateline.newsroom.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts failed logins per account and per client and says how long to wait once there were too
 * many in the window. Thread-safe (synchronized); bounded memory.
 */
final class LoginThrottle {
  static final int PER_ACCOUNT = 5;
  static final int PER_CLIENT = 20;
  static final Duration WINDOW = Duration.ofMinutes(15);
  private static final int TRACKED = 20_000;

  private final Clock clock;
  private final Map<String, Deque<Instant>> failures =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
          return size() > TRACKED;
        }
      };

  LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /** Seconds to wait before another try for this account or client; 0 when free to try. */
  synchronized long waitSeconds(String account, String client) {
    return Math.max(wait("a:" + account, PER_ACCOUNT), wait("c:" + client, PER_CLIENT));
  }

  synchronized void failed(String account, String client) {
    Instant now = clock.instant();
    failures.computeIfAbsent("a:" + account, k -> new ArrayDeque<>()).addLast(now);
    failures.computeIfAbsent("c:" + client, k -> new ArrayDeque<>()).addLast(now);
  }

  synchronized void succeeded(String account) {
    failures.remove("a:" + account);
  }

  private long wait(String key, int limit) {
    Deque<Instant> times = failures.get(key);
    if (times == null) {
      return 0;
    }
    Instant now = clock.instant();
    while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
      times.pollFirst();
    }
    if (times.size() < limit) {
      return 0;
    }
    return Math.max(1, Duration.between(now, times.peekFirst().plus(WINDOW)).toSeconds() + 1);
  }
}
