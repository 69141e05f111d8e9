package org.dateline.search.jdbi;

import org.dateline.search.IndexedStories;
import org.dateline.search.RelatedLists;
import org.dateline.search.StoryTexts;
import org.jdbi.v3.core.Jdbi;

/**
 * The one public class of this adapter: hands the composition root search's ports on the store; the
 * implementation stays package-private.
 */
public final class SearchTables {
  private SearchTables() {}

  /** The {@link StoryTexts} over {@code jdbi}. */
  public static StoryTexts storyTexts(Jdbi jdbi) {
    return new JdbiStoryTexts(jdbi);
  }

  /** The rebuild's reader of every stored story as the index takes it (decision 0122). */
  public static IndexedStories indexedStories(Jdbi jdbi) {
    return new JdbiIndexedStories(jdbi);
  }

  /** The {@link RelatedLists} kept over {@code jdbi} (decision 0102). */
  public static RelatedLists relatedLists(Jdbi jdbi) {
    return new JdbiRelatedLists(jdbi);
  }
}
