package org.dateline.newsroom.workflow;

import java.util.Optional;
import org.dateline.edition.Editions;
import org.dateline.newsroom.editor.Draft;

/**
 * A draft's fingerprint, stored beside it (decision 0129): the draft as public content in its
 * edition's language, fingerprinted as the public record's {@code content_hash} is, so that a
 * published story's desk row tells its changes not published by comparing two columns. Empty when
 * the draft cannot be published yet (such a draft differs from any live copy, as {@link LiveCopies}
 * says). Thread-safe (holds no state of its own).
 */
final class DraftFingerprints {
  private final Editions editions;

  DraftFingerprints(Editions editions) {
    this.editions = editions;
  }

  /** The fingerprint of a draft of a story in the edition of this code. */
  Optional<String> of(Draft draft, String edition) {
    try {
      // in the edition's language, as a publish makes it and LiveCopies compares it (decision 0068)
      return Optional.of(draft.toContent(editions.of(edition).language()).fingerprint());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
