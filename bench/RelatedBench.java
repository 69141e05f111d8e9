package org.dateline.search.lucene;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.dateline.Config;
import org.dateline.Wiring;
import org.dateline.article.Article;
import org.dateline.article.ArticleState;

/**
 * The cost of a related list computed on a view (bench/related.sh; decision 0136): reads COUNT
 * random public stories of a store, opens its search index as the server does (a searcher without
 * an executor, the default query cache), then computes each story's related list (five, as the
 * article page asks) the old way (one conjunction per candidate search) and the new way (the words
 * alone, the filter at collection), alternating the two in ROUNDS rounds, and prints the thread's
 * CPU time and the wall time per list (mean, p50, p99) and whether the two ways listed the same
 * stories. Then, once per way, where a list's CPU goes: more-like-this's query (the analysis of the
 * story's text), its search, the topics' search, the section's newest, and the rest (stored fields,
 * scoring). Compiled into the package of Related (package-private) by bench/related.sh; never run
 * by tests.
 *
 * <p>Arguments: DATA COUNT ROUNDS MAX_ID SEED.
 */
public final class RelatedBench {
  private static final int LIMIT = 5;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private RelatedBench() {}

  public static void main(String[] args) throws IOException {
    Path data = Path.of(args[0]);
    int count = Integer.parseInt(args[1]);
    int rounds = Integer.parseInt(args[2]);
    long maxId = Long.parseLong(args[3]);
    Random random = new Random(Long.parseLong(args[4]));
    List<Article> stories = new ArrayList<>();
    try (Wiring w = new Wiring(Config.of(data, "127.0.0.1", 8080), Clock.systemUTC())) {
      Set<Long> seen = new HashSet<>();
      for (int tries = 0; stories.size() < count && tries < count * 20; tries++) {
        long id = 1 + (long) (random.nextDouble() * maxId);
        for (Article a : w.articles().after(id - 1, 1)) {
          if (a.state() == ArticleState.PUBLISHED && seen.add(a.id().value())) {
            stories.add(a);
          }
        }
      }
    }
    List<Related.Story> wanted = stories.stream().map(Related.Story::of).toList();
    IndexFolders folders = new IndexFolders(data.resolve("search"));
    Analyzer analyzer = Analyzers.perField();
    Related old = new Related(analyzer, Related.Candidates.CONJUNCTION);
    Related now = new Related(analyzer, Related.Candidates.WORDS_ALONE);
    Instant at = Instant.now();
    try (DirectoryReader reader =
        DirectoryReader.open(FSDirectory.open(folders.folder(folders.current())))) {
      IndexSearcher s = new Generation.FacetSearcher(reader, Documents.facets());
      System.out.printf(
          "%d public stories; index %d documents in %d segments%n",
          wanted.size(), reader.numDocs(), reader.leaves().size());
      int differ = 0;
      for (Related.Story story : wanted) { // the JIT's first lists, and the two ways compared
        differ += old.find(s, story, LIMIT, at).equals(now.find(s, story, LIMIT, at)) ? 0 : 1;
      }
      System.out.printf("lists that differ between the two ways: %d of %d%n", differ, wanted.size());
      for (int round = 1; round <= rounds; round++) {
        Related first = round % 2 == 1 ? old : now;
        Related second = first == old ? now : old;
        for (Related r : List.of(first, second)) {
          long[] cpu = new long[wanted.size()];
          long[] wall = new long[wanted.size()];
          for (int i = 0; i < wanted.size(); i++) {
            long c0 = THREADS.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            r.find(s, wanted.get(i), LIMIT, at);
            wall[i] = System.nanoTime() - w0;
            cpu[i] = THREADS.getCurrentThreadCpuTime() - c0;
          }
          System.out.printf(
              "round %d %-11s CPU %s; wall %s%n",
              round, r == old ? "conjunction" : "words-alone", stats(cpu), stats(wall));
        }
      }
      for (int round = 1; round <= 2; round++) {
        for (Related.Candidates way : Related.Candidates.values()) {
          parts(s, new Related(analyzer, way), way, wanted, at);
        }
      }
    }
  }

  /** Where a list's CPU goes: each search of {@link Related#find} timed alone, in its order. */
  private static void parts(
      IndexSearcher s,
      Related related,
      Related.Candidates way,
      List<Related.Story> wanted,
      Instant at)
      throws IOException {
    long like = 0;
    long words = 0;
    long topics = 0;
    long section = 0;
    long whole = 0;
    for (Related.Story story : wanted) {
      long c0 = THREADS.getCurrentThreadCpuTime();
      Document own =
          s.storedFields()
              .document(s.search(new TermQuery(Documents.key(story.id())), 1).scoreDocs[0].doc);
      Query q = related.like(s, own, story);
      long c1 = THREADS.getCurrentThreadCpuTime();
      way.best(s, q, story, 30);
      long c2 = THREADS.getCurrentThreadCpuTime();
      if (!story.topics().isEmpty()) {
        way.best(s, Related.anyTopic(story), story, 30);
      }
      long c3 = THREADS.getCurrentThreadCpuTime();
      if (!story.section().isEmpty()) { // as Related.find asks it
        Query same =
            new BooleanQuery.Builder()
                .add(
                    new TermQuery(new Term(Documents.F_SECTION, story.section())),
                    BooleanClause.Occur.MUST)
                .add(Queries.publicOnly(), BooleanClause.Occur.FILTER)
                .add(new TermQuery(Documents.key(story.id())), BooleanClause.Occur.MUST_NOT)
                .build();
        Sort newest = new Sort(new SortField(Documents.PUBLISHED, SortField.Type.LONG, true));
        s.search(same, new TopFieldCollectorManager(newest, 10, 10));
      }
      long c4 = THREADS.getCurrentThreadCpuTime();
      related.find(s, story, LIMIT, at);
      long c5 = THREADS.getCurrentThreadCpuTime();
      like += c1 - c0;
      words += c2 - c1;
      topics += c3 - c2;
      section += c4 - c3;
      whole += c5 - c4;
    }
    int n = wanted.size();
    System.out.printf(
        "parts, %-11s (ms of CPU per list): own document + more-like-this query %.3f, its search"
            + " %.3f, topics %.3f, the section's newest %.3f; the whole list %.3f (so the"
            + " candidates' stored fields and the scoring: %.3f)%n",
        way == Related.Candidates.CONJUNCTION ? "conjunction" : "words-alone",
        like / 1e6 / n,
        words / 1e6 / n,
        topics / 1e6 / n,
        section / 1e6 / n,
        whole / 1e6 / n,
        (whole - like - words - topics - section) / 1e6 / n);
  }

  private static String stats(long[] nanos) {
    long[] v = nanos.clone();
    Arrays.sort(v);
    double mean = Arrays.stream(v).average().orElse(0) / 1e6;
    return String.format(
        "mean %.3f ms, p50 %.3f ms, p99 %.3f ms",
        mean, v[(v.length - 1) / 2] / 1e6, v[(int) ((v.length - 1) * 0.99)] / 1e6);
  }
}
