package org.dateline.translation;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * A notice on a translation's desk: the story it translates (or another of its group), {@code
 * source}, was corrected or killed at {@code at}, with the correction's note or the kill's reason.
 * Open until someone dismisses it.
 */
public record Notice(
    long storyId,
    int n,
    long sourceId,
    Kind kind,
    String note,
    Instant at,
    Optional<Long> dismissedBy,
    Optional<Instant> dismissedAt) {

  /** What happened to the source. */
  public enum Kind {
    CORRECTED,
    KILLED;

    /** {@code corrected} or {@code killed}, as stored. */
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Kind of(String code) {
      return valueOf(code.toUpperCase(Locale.ROOT));
    }
  }

  public boolean open() {
    return dismissedAt.isEmpty();
  }
}
