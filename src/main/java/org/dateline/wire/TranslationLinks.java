package org.dateline.wire;

import java.util.Optional;

/**
 * Port: what the store says about the translations of a public story (decision 0078): the
 * translation group of its newsroom story and, when that story was translated from another whose
 * public record is published, that record's id, slug and language.
 */
public interface TranslationLinks {
  /** The story's group and source, or empty when its newsroom story is in no translation group. */
  Optional<Link> of(long articleId);

  /** A story's translation group and, for a translation of a published story, that story. */
  record Link(String group, Optional<Source> source) {}

  /**
   * The published story a translation was made from: its public id, slug, language and edition (the
   * code: where its canonical address is).
   */
  record Source(long articleId, String slug, String language, String edition) {}
}
