package org.dateline.article;

/** Which public stories a list holds. */
public sealed interface Listing {
  /** Every public story: "All News". */
  record All() implements Listing {}

  record InSection(long sectionId) implements Listing {}

  record ByAuthor(long authorId) implements Listing {}

  record ByTag(long tagId) implements Listing {}
}
