package org.dateline.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open index generation: its folder, this process's writer (Lucene's write lock: one writer per
 * folder, across processes) and the near-real-time searchers. Searchers carry the facet state of
 * their reader, built at the first facet count on it (decision 0110).
 */
final class Generation implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Generation.class);

  /** The commit's user data key of the change-log position the commit holds. */
  static final String SEQ = "changelog_seq";

  /** The commit's user data key of the newest newsroom story change the commit holds. */
  static final String STORIES = "stories_since";

  /**
   * The commit's user data key of the documents' schema (decision 0106): absent before it (schema
   * 1, whose spelling field also holds the body's words: a superset this code reads as is), {@link
   * #SCHEMA_NOW} for an index made by this code. Kept as it was by every later commit, so a
   * catch-up on an older index never claims the newer schema.
   */
  static final String SCHEMA = "index_schema";

  /** The schema of documents made by this code: the spelling field without the body (0106). */
  static final long SCHEMA_NOW = 2;

  final String name;
  final Directory dir;
  final IndexWriter writer;
  final SearcherManager searchers;
  private final long schema;

  private Generation(
      String name, Directory dir, IndexWriter writer, SearcherManager searchers, long schema) {
    this.name = name;
    this.dir = dir;
    this.writer = writer;
    this.searchers = searchers;
    this.schema = schema;
  }

  /**
   * A searcher and the facet state of its reader, built the first time a search counts facets and
   * kept with the reader (decision 0110): the state maps every segment's values to global ordinals,
   * a cost that grows with the index, so a refresh that no facet count follows (a publish, the
   * desk's filter, related stories) never pays it. Thread-safe: built once, under the searcher's
   * monitor.
   */
  static final class FacetSearcher extends IndexSearcher {
    private final FacetsConfig config;
    private @Nullable SortedSetDocValuesReaderState facets;
    private boolean built;

    FacetSearcher(IndexReader reader, FacetsConfig config) {
      super(reader);
      this.config = config;
    }

    /** The facet state of this searcher's reader (null while no story has facets). */
    synchronized @Nullable SortedSetDocValuesReaderState facets() {
      if (!built) {
        try {
          facets = new DefaultSortedSetDocValuesReaderState(getIndexReader(), config);
        } catch (IllegalArgumentException | IOException e) {
          facets = null; // no story has a facet yet
        }
        built = true;
      }
      return facets;
    }
  }

  /**
   * Opens the generation in use. One this code cannot write to (a Lucene format it does not know,
   * older or newer; a damaged index; documents of a schema newer than {@link #SCHEMA_NOW}, written
   * by a later release) is replaced, never a reason not to start (decision 0117): a new, empty
   * generation becomes current, the follower fills it from the start of the change log, and the old
   * one is removed. A folder another process holds still refuses the start.
   */
  static Generation openCurrent(IndexFolders folders, Analyzer analyzer, FacetsConfig cfg) {
    String name = folders.current();
    String why;
    try {
      Generation g = open(folders, name, analyzer, cfg);
      if (g.schema <= SCHEMA_NOW) {
        return g;
      }
      g.close();
      why = "its documents are of schema " + g.schema + ", this release makes " + SCHEMA_NOW;
    } catch (Unreadable e) {
      why = e.getMessage();
    }
    String fresh = folders.next();
    LOG.warn(
        "The search index {} cannot be used by this release ({}): a new index {} replaces it and is"
            + " filled from the store's change log; search is incomplete until /readyz is ready"
            + " (./dateline reindex builds it faster on a large store).",
        folders.folder(name),
        why,
        fresh);
    folders.makeCurrent(fresh);
    folders.removeIfUnused(name);
    return open(folders, fresh, analyzer, cfg);
  }

  /** An index this code cannot open for writing: its format is unknown here, or it is damaged. */
  static final class Unreadable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unreadable(String message, Throwable cause) {
      super(message, cause);
    }
  }

  static Generation open(IndexFolders folders, String name, Analyzer analyzer, FacetsConfig cfg) {
    try {
      Directory dir = FSDirectory.open(folders.folder(name));
      boolean fresh = !DirectoryReader.indexExists(dir);
      IndexWriter writer;
      try {
        writer =
            new IndexWriter(dir, config(analyzer, IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
      } catch (LockObtainFailedException e) {
        dir.close();
        throw new IllegalStateException(
            "The search index in "
                + folders.folder(name)
                + " is in use by another process (one server per data folder).",
            e);
      } catch (IndexFormatTooOldException | IndexFormatTooNewException e) {
        dir.close();
        throw new Unreadable("a Lucene index format this release does not know: " + e, e);
      } catch (CorruptIndexException e) {
        dir.close();
        throw new Unreadable("a damaged index: " + e, e);
      }
      SearcherManager searchers =
          new SearcherManager(
              writer,
              new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                  return new FacetSearcher(reader, cfg);
                }
              });
      long schema = fresh ? SCHEMA_NOW : committed(writer, SCHEMA, 1);
      return new Generation(name, dir, writer, searchers, schema);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static IndexWriterConfig config(Analyzer analyzer, IndexWriterConfig.OpenMode mode) {
    IndexWriterConfig c = new IndexWriterConfig(analyzer);
    c.setOpenMode(mode);
    c.setRAMBufferSizeMB(64);
    // Stored fields (the text shown in snippets) compressed with DEFLATE: about half the size of
    // the default LZ4; a search page reads ten stories' fields (bench/search.sh, decision 0063).
    c.setCodec(new Lucene912Codec(Lucene912Codec.Mode.BEST_COMPRESSION));
    return c;
  }

  /** A number of the last commit's user data (0 when none): {@link #SEQ} or {@link #STORIES}. */
  long committed(String key) {
    return committed(writer, key, 0);
  }

  private static long committed(IndexWriter writer, String key, long absent) {
    Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
    if (data == null) {
      return absent;
    }
    for (Map.Entry<String, String> e : data) {
      if (e.getKey().equals(key)) {
        return Long.parseLong(e.getValue());
      }
    }
    return absent;
  }

  /** Records both positions and the schema as it was, and commits. */
  void commit(long seq, long storiesSince) throws IOException {
    writer.setLiveCommitData(commitData(seq, storiesSince, schema).entrySet());
    writer.commit();
  }

  /** A commit's user data: both positions, and the schema when known (none for schema 1). */
  static Map<String, String> commitData(long seq, long storiesSince, long schema) {
    return schema > 1
        ? Map.of(
            SEQ,
            Long.toString(seq),
            STORIES,
            Long.toString(storiesSince),
            SCHEMA,
            Long.toString(schema))
        : Map.of(SEQ, Long.toString(seq), STORIES, Long.toString(storiesSince));
  }

  @Override
  public void close() {
    try {
      searchers.close();
      writer.close();
      dir.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
