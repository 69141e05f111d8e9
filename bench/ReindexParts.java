package org.dateline.search.lucene;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.dateline.Config;
import org.dateline.Wiring;
import org.dateline.article.Article;

/**
 * Where a rebuild's CPU goes (bench/reindex.sh PARTS=1; decision 0088): reads COUNT stories of a
 * store into memory, then indexes them on one thread, in one JVM, once per variant and round, the
 * writer configured as the rebuild's (LuceneBuild), and prints the thread's CPU time per story.
 * Compiled into the package of Documents (package-private) by bench/reindex.sh; never run by tests.
 *
 * <p>Variants: full (the rebuild's documents), nospell (without the spelling field), bodyspell (the
 * spelling field with the body's words, as before decision 0106), nostored
 * (without the StoredField values), lz4 (stored fields with LZ4 instead of DEFLATE), docs (building
 * the documents only), analysis (every text field analysed, nothing indexed).
 *
 * <p>Arguments: DATA COUNT VARIANTS(comma-separated) SCRATCH(folder for the indexes).
 */
public final class ReindexParts {
  private ReindexParts() {}

  public static void main(String[] args) throws IOException {
    Path data = Path.of(args[0]);
    int count = Integer.parseInt(args[1]);
    List<String> variants = List.of(args[2].split(","));
    Path scratch = Path.of(args[3]);
    List<Article> stories = new ArrayList<>();
    try (Wiring w = new Wiring(Config.of(data, "127.0.0.1", 8080), Clock.systemUTC())) {
      long after = 0;
      while (stories.size() < count) {
        List<Article> batch = w.articles().after(after, 1000);
        if (batch.isEmpty()) {
          break;
        }
        stories.addAll(batch);
        after = batch.get(batch.size() - 1).id().value();
      }
    }
    System.out.println(stories.size() + " stories in memory");
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    ZoneId zone = ZoneId.of("UTC");
    FacetsConfig facets = Documents.facets();
    Analyzer analyzer = Analyzers.perField();
    for (int round = 1; round <= 2; round++) {
      for (String v : variants) {
        Path dir = Files.createTempDirectory(scratch, "index");
        long cpu = threads.getCurrentThreadCpuTime();
        long tokens = 0;
        switch (v) {
          case "docs" -> {
            for (Article a : stories) {
              facets.build(Documents.of(a, zone));
            }
          }
          case "analysis" -> {
            for (Article a : stories) {
              for (IndexableField f : Documents.of(a, zone)) {
                if (f.fieldType().indexOptions() != IndexOptions.NONE
                    && f.fieldType().tokenized()
                    && f.stringValue() != null) {
                  try (TokenStream ts = f.tokenStream(analyzer, null)) {
                    ts.reset();
                    while (ts.incrementToken()) {
                      tokens++;
                    }
                    ts.end();
                  }
                }
              }
            }
          }
          default -> index(stories, v, zone, facets, analyzer, dir);
        }
        cpu = threads.getCurrentThreadCpuTime() - cpu;
        long bytes;
        try (Stream<Path> files = Files.walk(dir)) {
          bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        System.out.printf(
            "round %d %-9s %.3f ms of CPU per story; %d tokens; index %.2f MB%n",
            round, v, cpu / 1e6 / stories.size(), tokens, bytes / 1e6);
        try (Stream<Path> files = Files.walk(dir)) {
          files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }
  }

  private static void index(
      List<Article> stories,
      String variant,
      ZoneId zone,
      FacetsConfig facets,
      Analyzer analyzer,
      Path dir)
      throws IOException {
    try (Directory d = FSDirectory.open(dir)) {
      IndexWriterConfig c = Generation.config(analyzer, IndexWriterConfig.OpenMode.CREATE);
      c.setRAMBufferSizeMB(256);
      c.setUseCompoundFile(false);
      if (variant.equals("lz4")) {
        c.setCodec(new Lucene912Codec(Lucene912Codec.Mode.BEST_SPEED));
      }
      try (IndexWriter w = new IndexWriter(d, c)) {
        for (Article a : stories) {
          Document doc = Documents.of(a, zone);
          if (variant.equals("nospell")) {
            doc.removeFields(Documents.SPELL);
          } else if (variant.equals("bodyspell") && doc.getField(Documents.SPELL) != null) {
            // The spelling field before decision 0106: the body's words too.
            IndexableField spell = doc.getField(Documents.SPELL);
            doc.removeFields(Documents.SPELL);
            doc.add(
                new org.apache.lucene.document.Field(
                    Documents.SPELL,
                    Documents.clean(a.headline()) + "\n" + Documents.text(a) + "\n"
                        + doc.get(Documents.NAMES),
                    spell.fieldType()));
          } else if (variant.equals("nostored")) {
            Document indexed = new Document();
            for (IndexableField f : doc) {
              if (!(f instanceof StoredField)) {
                indexed.add(f);
              }
            }
            doc = indexed;
          }
          w.addDocument(facets.build(doc));
        }
        w.commit();
      }
    }
  }
}
