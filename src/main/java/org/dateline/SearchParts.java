package org.dateline;

import java.nio.file.Path;
import org.dateline.ops.Readiness;
import org.dateline.search.Reindex;
import org.dateline.search.Search;
import org.dateline.search.jdbi.SearchTables;
import org.dateline.search.lucene.LuceneSearch;

/** Search over the index in the data folder: the one a server follows, and its rebuilding. */
final class SearchParts {
  private SearchParts() {}

  /**
   * The search index follows the change log: at once after a commit here, and every quarter second
   * for other processes and for a rebuilt index (decision 0029).
   */
  static Search start(Features features) {
    var config = features.config();
    var store = features.store();
    var editions = store.editions();
    var changeLog = store.changeLog();
    var search =
        new Search(
            LuceneSearch.open(searchDir(config), editions.current().zone(), features.clock()),
            store.articles(),
            changeLog,
            features.newsroom().stories(),
            SearchTables.storyTexts(store.database().jdbi()),
            SearchTables.relatedLists(store.database().jdbi()));
    // A few entries behind: caught up now. Far behind (an index being built for an existing
    // store): the follower thread catches up in the background, the site answers meanwhile and
    // /readyz says "not ready" until the index follows (decision 0090).
    if (changeLog.latestSeq() - search.position() <= Readiness.MAX_LAG) {
      search.catchUp();
    }
    search.start(250);
    Search following = search;
    changeLog.onCommit(seq -> following.changed());
    return search;
  }

  /** Rebuilds the search index next to the one in use, which keeps answering until it is done. */
  static Reindex reindex(Features features) {
    var store = features.store();
    var editions = store.editions();
    return new Reindex(
        store.articles(),
        store.changeLog(),
        features.newsroom().stories(),
        () -> LuceneSearch.build(searchDir(features.config()), editions.current().zone()),
        features.clock());
  }

  private static Path searchDir(Config config) {
    return config.dataDir().resolve("search");
  }
}
