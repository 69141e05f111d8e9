package org.dateline.search.lucene;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import org.dateline.search.IndexBuild;
import org.dateline.search.SearchIndex;

/**
 * The one public class of this adapter: hands the composition root the search index of a data
 * folder's {@code search/} and rebuilds of it. Months are counted in the edition's time zone.
 */
public final class LuceneSearch {
  private LuceneSearch() {}

  /** Opens (or makes) the index in use; this process becomes its one writer. */
  public static SearchIndex open(Path searchDir, ZoneId zone, Clock clock) {
    return new LuceneIndex(new IndexFolders(searchDir), zone, clock);
  }

  /** Starts a rebuild next to the index in use; refused while another rebuild runs. */
  public static IndexBuild build(Path searchDir, ZoneId zone) {
    return new LuceneBuild(new IndexFolders(searchDir), zone);
  }
}
