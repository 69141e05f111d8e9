package org.dateline;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.dateline.ops.Readiness;
import org.dateline.search.Reindex;
import org.dateline.search.Search;
import org.dateline.search.SearchIndex;
import org.dateline.search.jdbi.SearchTables;
import org.dateline.search.lucene.LuceneSearch;

/** Search over the index in the data folder: the one a server follows, and its rebuilding. */
final class SearchParts {
  private SearchParts() {}

  /** A server's search, and when it follows the change log (its index open and caught up). */
  record Started(Search search, CompletableFuture<Void> following) {}

  /**
   * The search index follows the change log: at once after a commit here, and every quarter second
   * for other processes and for a rebuilt index (decision 0029). The index opens and catches up on
   * {@code starter} while the caller builds the rest of the server (decision 0112): the search is
   * usable at once, its calls waiting for the open index.
   */
  static Started start(Features features, Executor starter) {
    var config = features.config();
    var store = features.store();
    var editions = store.editions();
    var changeLog = store.changeLog();
    var zone = editions.current().zone();
    CompletableFuture<SearchIndex> opening =
        CompletableFuture.supplyAsync(
            () -> LuceneSearch.open(searchDir(config), zone, features.clock()), starter);
    var search =
        new Search(
            new OpeningIndex(opening),
            store.articles(),
            changeLog,
            features.newsroom().stories(),
            SearchTables.storyTexts(store.database().jdbi()),
            SearchTables.relatedLists(store.database().jdbi()));
    CompletableFuture<Void> following =
        opening.thenRun(
            () -> {
              // A few entries behind: caught up now. Far behind (an index being built for an
              // existing store): the follower thread catches up in the background, the site
              // answers meanwhile and /readyz says "not ready" until the index follows (0090).
              if (changeLog.latestSeq() - search.position() <= Readiness.MAX_LAG) {
                search.catchUp();
              }
              search.start(250);
              changeLog.onCommit(seq -> search.changed());
            });
    return new Started(search, following);
  }

  /** Rebuilds the search index next to the one in use, which keeps answering until it is done. */
  static Reindex reindex(Features features) {
    var store = features.store();
    var editions = store.editions();
    return new Reindex(
        store.articles(),
        SearchTables.indexedStories(store.database().jdbi()),
        store.changeLog(),
        features.newsroom().stories(),
        () -> LuceneSearch.build(searchDir(features.config()), editions.current().zone()),
        features.clock());
  }

  private static Path searchDir(Config config) {
    return config.dataDir().resolve("search");
  }
}
