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

  /**
   * The stories of {@code listing} that belong to one edition (decision 0068): its All News, its
   * date archive, or an author's or topic's stories in it. A list of a section needs no edition: a
   * section belongs to one.
   */
  record InEdition(String edition, Listing listing) implements Listing {
    public InEdition {
      if (listing instanceof InEdition) {
        throw new IllegalArgumentException("a list is in one edition");
      }
    }
  }

  /** {@code listing} narrowed to the stories of {@code edition}. */
  static Listing inEdition(String edition, Listing listing) {
    return new InEdition(edition, listing);
  }
}
