package org.dateline.ingest;

import java.time.Instant;
import java.util.Optional;

/**
 * Decides whether an item that arrives again replaces the stored one: the version number when both
 * have one and they differ, else the version time when both have one and they differ, else the
 * content (a different text is a correction; the same text is a duplicate). Pure.
 */
final class VersionRule {
  private VersionRule() {}

  static boolean isNewer(
      long storedVersion,
      Optional<Instant> storedTime,
      String storedHash,
      long version,
      Optional<Instant> time,
      String hash) {
    if (storedVersion > 0 && version > 0 && storedVersion != version) {
      return version > storedVersion;
    }
    if (storedTime.isPresent() && time.isPresent() && !storedTime.get().equals(time.get())) {
      return time.get().isAfter(storedTime.get());
    }
    return !storedHash.equals(hash);
  }
}
