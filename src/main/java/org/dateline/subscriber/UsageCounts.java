package org.dateline.subscriber;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The wire's requests per subscriber and day (UTC), for {@link Subscribers}: counted in memory on
 * every request, written to the store in one batch by {@link #flush}, read back per day.
 * Thread-safe: counting never waits on the store.
 */
final class UsageCounts {
  private final SubscriberRepository repository;
  private final Clock clock;
  private final Map<Long, Map<LocalDate, LongAdder>> counts = new ConcurrentHashMap<>();

  UsageCounts(SubscriberRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  /** Counts one request of the subscriber, today. */
  void count(long subscriberId) {
    counts
        .computeIfAbsent(subscriberId, id -> new ConcurrentHashMap<>())
        .computeIfAbsent(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), d -> new LongAdder())
        .increment();
  }

  /** Writes what was counted since the last flush in one batch. */
  void flush() {
    Map<Long, Map<LocalDate, Long>> drained = new HashMap<>();
    counts.forEach(
        (id, days) ->
            days.forEach(
                (day, adder) -> {
                  long n = adder.sumThenReset();
                  if (n > 0) {
                    drained.computeIfAbsent(id, x -> new HashMap<>()).merge(day, n, Long::sum);
                  }
                }));
    if (!drained.isEmpty()) {
      repository.addUsage(drained);
    }
  }

  /** Requests per day over the last {@code days} days, newest first, stored ones only. */
  List<Usage> stored(long subscriberId, int days) {
    return repository.usage(
        subscriberId, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(days - 1L));
  }
}
