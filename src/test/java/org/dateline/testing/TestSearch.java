package org.dateline.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import org.dateline.Wiring;
import org.dateline.search.Search;
import org.dateline.search.jdbi.SearchTables;
import org.dateline.search.lucene.LuceneSearch;

/**
 * A {@link Search} of its own over an application's store, as {@code SearchParts} builds the
 * application's: a Lucene index in {@code folder} (opened there, or made), the application's
 * articles, change log and newsroom stories, and the store's story texts and related lists. For the
 * tests that open an index beside the application's (a crash, a rebuild, one that follows only when
 * told). The caller closes it.
 */
public final class TestSearch {
  private TestSearch() {}

  /** A search whose index is in {@code folder}, reading dates in {@code zone}. */
  public static Search over(Wiring w, Path folder, ZoneId zone) {
    return new Search(
        LuceneSearch.open(folder, zone, Clock.systemUTC()),
        w.articles(),
        w.changeLog(),
        w.stories(),
        SearchTables.storyTexts(w.database().jdbi()),
        SearchTables.relatedLists(w.database().jdbi()));
  }
}
