package org.dateline.ingest;

import java.util.List;
import java.util.Optional;

/** Port: the incoming items, one per (provider, guid). */
public interface IncomingRepository {
  /** The stored item of a provider's guid, to compare versions (callers hold the write lock). */
  Optional<Stored> find(long providerId, String guid);

  /** Stores a first version; false when (provider, guid) exists already (a concurrent insert). */
  boolean insert(Stored row);

  /** Replaces the stored version of (provider, guid). */
  void update(Stored row);

  /** The newest items, of one provider or all, newest change first. */
  List<IncomingRow> newest(Optional<Long> providerId, int limit);

  /** An item as stored: identity, what decides newer, and the item as JSON. */
  record Stored(
      long providerId,
      String guid,
      long version,
      Optional<Long> versionAt,
      String contentHash,
      IncomingState state,
      String headline,
      int urgency,
      String language,
      String itemJson,
      String notice,
      long receivedAt,
      long updatedAt,
      long expiresAt) {}
}
