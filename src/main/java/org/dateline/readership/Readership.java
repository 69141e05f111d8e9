package org.dateline.readership;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import org.dateline.article.ArticleId;
import org.dateline.readership.ViewRepository.HourOfStory;

/**
 * Views of public stories (decision 0044). A view is counted in memory, per story and hour: no
 * write per view, nothing about the reader kept (no cookie, no address; known bots are not
 * counted). {@link #refresh} adds the counts to the store and recomputes the most viewed stories of
 * the last 24 hours, which pages show until the next refresh (bounded staleness); listeners hear
 * when that list changed. Thread-safe.
 */
public final class Readership {
  /** The most viewed list covers this many hours, the current one included. */
  public static final int HOURS = 24;

  /** How many stories the most viewed list holds (pages drop what is not public any more). */
  public static final int KEPT = 20;

  /** At most this many story-hours wait in memory; views of further ones are not counted. */
  static final int MAX_PENDING = 50_000;

  /** Hours older than this are forgotten: the list needs a day; a week leaves room to look. */
  static final Duration KEEP = Duration.ofDays(7);

  private final ViewRepository repository;
  private final Clock clock;
  private final Object flushing = new Object();
  private volatile Map<HourOfStory, LongAdder> pending = new ConcurrentHashMap<>();
  private volatile List<ArticleId> mostViewed = List.of();
  private final List<Consumer<List<ArticleId>>> listeners = new CopyOnWriteArrayList<>();

  public Readership(ViewRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  /**
   * Counts one view of story {@code id} by a client with this User-Agent; false when not counted (a
   * known bot, or too many stories waiting for the next flush).
   */
  public boolean count(ArticleId id, String userAgent) {
    if (Bots.isBot(userAgent)) {
      return false;
    }
    long hour = clock.instant().truncatedTo(ChronoUnit.HOURS).toEpochMilli();
    Map<HourOfStory, LongAdder> counts = pending;
    HourOfStory key = new HourOfStory(id.value(), hour);
    LongAdder n = counts.get(key);
    if (n == null) {
      if (counts.size() >= MAX_PENDING) {
        return false;
      }
      n = counts.computeIfAbsent(key, k -> new LongAdder());
    }
    n.increment();
    return true;
  }

  /** Adds the views counted since the last flush to the store, one row per story and hour. */
  public void flush() {
    synchronized (flushing) {
      Map<HourOfStory, LongAdder> taken = pending;
      pending = new ConcurrentHashMap<>();
      Map<HourOfStory, Long> counts = new HashMap<>();
      taken.forEach((k, v) -> counts.put(k, v.sum()));
      counts.values().removeIf(v -> v == 0);
      if (!counts.isEmpty()) {
        try {
          repository.add(counts);
        } catch (RuntimeException e) {
          // Kept for the next flush rather than lost.
          counts.forEach((k, v) -> pending.computeIfAbsent(k, x -> new LongAdder()).add(v));
          throw e;
        }
      }
    }
  }

  /**
   * Flushes, forgets old hours and recomputes the most viewed list; listeners hear of it when the
   * list changed. Returns the list.
   */
  public List<ArticleId> refresh() {
    flush();
    Instant hour = clock.instant().truncatedTo(ChronoUnit.HOURS);
    repository.forget(hour.minus(KEEP).toEpochMilli());
    List<ArticleId> top =
        repository.top(hour.minus(Duration.ofHours(HOURS - 1L)).toEpochMilli(), KEPT).stream()
            .map(ArticleId::new)
            .toList();
    if (!top.equals(mostViewed)) {
      mostViewed = top;
      listeners.forEach(l -> l.accept(top));
    }
    return top;
  }

  /**
   * The most viewed stories of the last {@value #HOURS} hours as of the last refresh, most first;
   * any state (callers show only what is public now).
   */
  public List<ArticleId> mostViewed() {
    return mostViewed;
  }

  /** Hears the new list whenever a refresh changed it. */
  public void onChange(Consumer<List<ArticleId>> listener) {
    listeners.add(listener);
  }
}
