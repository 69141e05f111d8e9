package org.dateline.ingest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Port: the providers, their state and their log. */
public interface ProviderRepository {
  /** Adds a provider; empty when the name is taken. */
  Optional<Provider> add(
      String name,
      FeedFormat format,
      Provider.SourceKind kind,
      String source,
      @Nullable String keyHash,
      int intervalSeconds,
      Instant at);

  Optional<Provider> find(String name);

  Optional<Provider> find(long id);

  /** The stored key hash of a push provider. */
  Optional<String> keyHash(String name);

  List<Provider> all();

  boolean setPaused(String name, boolean paused, Instant at);

  /** Marks a provider trusted (its items may be published by a rule) or not. */
  boolean setTrusted(String name, boolean trusted, Instant at);

  /** Removes a provider with its items and log; false when there is none of that name. */
  boolean remove(String name);

  /** A fetch went well: resets failures, adds to today's items, schedules the next fetch. */
  void succeeded(long id, Instant at, String day, int items, Instant nextPoll);

  /**
   * A fetch failed: keeps the reason and schedules the next try; {@code counts} adds it to the
   * failures in a row (the backoff), a refused file of a folder does not.
   */
  void failed(long id, Instant at, String reason, Instant nextPoll, boolean counts);

  /** Keeps a feed's validators for the next conditional GET. */
  void validators(long id, String etag, String lastModified);

  /** Appends a line to the provider's log. */
  void log(long id, Instant at, String line);

  /** The provider's newest log lines, newest first. */
  List<String> log(long id, int limit);
}
