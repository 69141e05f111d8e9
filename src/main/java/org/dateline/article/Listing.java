package org.dateline.article;

/** Which public stories a list holds. */
public sealed interface Listing {
  /** Every public story: "All News". */
  record All() implements Listing {}

  record InSection(long sectionId) implements Listing {}

  record ByAuthor(long authorId) implements Listing {}

  record ByTag(long tagId) implements Listing {}

  /**
   * Every public story first published in {@code [from, until)}: a day or a month of the date
   * archive (its cache key is All News's: every change of a public story touches it).
   */
  record Between(java.time.Instant from, java.time.Instant until) implements Listing {}
}
