package org.dateline.search.lucene;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.dateline.search.DeskSearch;

/**
 * The Lucene parts of the desk's word filter on a store's index (decision 0138), without a server:
 * the parse of the words, the newsroom part (newest change first, 50), the public part (best first,
 * 10, {@link FilteredTop}) and the hits' ids, each timed in thread CPU per search, the words
 * alternated, after WARM searches of each. Opens the index read-only; run it on a copy of a store,
 * never on one a server or a benchmark uses. Compiled into the package of {@link Queries}
 * (package-private); never run by the tests. From the repository's root, after a build:
 *
 * <pre>
 * javac -nowarn -d /tmp/h92/parts -cp 'target/classes:target/lib/*' bench/DeskSearchParts.java
 * java -XX:+UseSerialGC -cp '/tmp/h92/parts:target/classes:target/lib/*' \
 *   org.dateline.search.lucene.DeskSearchParts STORE/data/search 200 olympic parade korea
 * </pre>
 *
 * <p>Prints, per word: the public and newsroom matches, then the CPU of each part in ms per search
 * (mean over N), and the ids listed (to compare two builds).
 */
public final class DeskSearchParts {
  private static final Sort NEWEST =
      new Sort(
          new SortField(Documents.PUBLISHED, SortField.Type.LONG, true),
          new SortField(Documents.ID_SORT, SortField.Type.LONG, true));

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[0]);
    int n = Integer.parseInt(args[1]);
    List<String> words = List.of(args).subList(2, args.length);
    String generation = Files.readString(root.resolve(IndexFolders.CURRENT)).strip();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    Queries queries = new Queries(Analyzers.perField());
    try (DirectoryReader reader =
        DirectoryReader.open(FSDirectory.open(root.resolve(generation)))) {
      IndexSearcher s = new IndexSearcher(reader);
      System.out.printf(
          "index %s: %d documents in %d segments%n",
          generation, reader.numDocs(), reader.leaves().size());
      for (String w : words) {
        DeskSearch q = new DeskSearch(w, Optional.empty(), Optional.empty(), Optional.empty(), 50, 10);
        Query text = queries.text(w);
        System.out.printf(
            "%s: public matches %d, newsroom matches %d%n",
            w,
            s.count(Queries.deskPublic(q, text)),
            s.count(Queries.desk(q, text)));
      }
      for (int round = 0; round < 2; round++) {
        for (String w : words) {
          DeskSearch q = new DeskSearch(w, Optional.empty(), Optional.empty(), Optional.empty(), 50, 10);
          long parse = 0;
          long newsroom = 0;
          long pub = 0;
          long ids = 0;
          List<Long> listed = List.of();
          for (int i = 0; i < n; i++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            Query text = queries.text(q.text());
            long t1 = cpu.getCurrentThreadCpuTime();
            TopDocs own =
                s.search(
                    Queries.desk(q, text),
                    new TopFieldCollectorManager(NEWEST, q.limit(), null, q.limit()));
            long t2 = cpu.getCurrentThreadCpuTime();
            TopDocs best = FilteredTop.search(s, text, Queries.deskPublicFilter(q), q.publicLimit());
            long t3 = cpu.getCurrentThreadCpuTime();
            List<Long> both = new ArrayList<>(HitIds.of(s, own));
            both.addAll(HitIds.of(s, best));
            long t4 = cpu.getCurrentThreadCpuTime();
            parse += t1 - t0;
            newsroom += t2 - t1;
            pub += t3 - t2;
            ids += t4 - t3;
            listed = both;
          }
          System.out.printf(
              "round %d %-10s parse %.3f  newsroom %.3f  public %.3f  ids %.3f  ms CPU per search"
                  + " (%d)  listed %s%n",
              round + 1,
              w,
              parse / 1e6 / n,
              newsroom / 1e6 / n,
              pub / 1e6 / n,
              ids / 1e6 / n,
              n,
              round == 1 ? listed.subList(Math.max(0, listed.size() - 12), listed.size()) : "");
        }
      }
    }
  }
}
