package org.dateline.ingest;

import java.time.Instant;
import java.util.Optional;

/**
 * A partner agency or bureau whose feed comes in: its name, format and source, and how its last
 * fetches went (the state the desk and {@code provider list} show).
 *
 * @param source the folder's path or the feed's URL; empty for a push provider
 * @param failures failed fetches in a row (each doubles the wait before the next, up to an hour)
 * @param trusted whether a routing rule may publish its items without an editor (decision 0070)
 */
public record Provider(
    long id,
    String name,
    FeedFormat format,
    SourceKind kind,
    String source,
    int intervalSeconds,
    boolean paused,
    Optional<Instant> lastSuccess,
    Optional<Instant> lastErrorAt,
    String lastError,
    int failures,
    Instant nextPollAt,
    String itemsDay,
    int itemsToday,
    String etag,
    String lastModified,
    boolean trusted) {

  /** Where a provider's items come from. */
  public enum SourceKind {
    FOLDER,
    URL,
    PUSH;

    /** The word the store and the command line use. */
    public String word() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The kind a stored word names. */
    public static SourceKind of(String word) {
      return valueOf(word.toUpperCase(java.util.Locale.ROOT));
    }
  }

  /** Items taken today (UTC), 0 when the last count was on another day. */
  public int itemsOn(String day) {
    return day.equals(itemsDay) ? itemsToday : 0;
  }
}
