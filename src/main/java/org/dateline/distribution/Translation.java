package org.dateline.distribution;

import java.util.Optional;

/**
 * The translation group a story belongs to (decision 0078): {@code group} identifies the set of
 * translations of one story (as the store keeps it, {@code urn:dateline:translation:<uuid>});
 * {@code source} is the published story this one was translated from, absent for the original.
 */
public record Translation(String group, Optional<Source> source) {
  /** The original a translation was made from: its guid, public URL and language. */
  public record Source(String guid, String url, String language) {}

  public Translation {
    if (group.isBlank()) {
      throw new IllegalArgumentException("a translation group needs an identifier");
    }
  }
}
