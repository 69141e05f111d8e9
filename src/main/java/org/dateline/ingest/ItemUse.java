package org.dateline.ingest;

import java.time.Instant;
import java.util.Optional;

/**
 * A use of an incoming item: a newsroom draft made from it, or a public story published from it, by
 * an editor or by a rule (then {@code ruleId}).
 *
 * @param version the item's version key ({@link Incoming#versionKey})
 */
public record ItemUse(
    long itemId,
    String version,
    Kind kind,
    String edition,
    Optional<Long> storyId,
    Optional<Long> articleId,
    Optional<Long> ruleId,
    Optional<Long> userId,
    Instant at) {

  /** What was made of the item. */
  public enum Kind {
    DRAFT,
    PUBLISHED;

    public String word() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Kind of(String word) {
      return valueOf(word.toUpperCase(java.util.Locale.ROOT));
    }
  }
}
