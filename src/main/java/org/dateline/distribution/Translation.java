package org.dateline.distribution;

import java.util.Optional;

/**
 * The language editions a story belongs to (for a later issue: today no story has one). {@code
 * group} identifies the set of translations of one story; {@code source} is the story this one was
 * translated from, absent for the original.
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
