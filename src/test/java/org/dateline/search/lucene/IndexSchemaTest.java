package org.dateline.search.lucene;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index written by an earlier release keeps taking this release's documents: the follower adds
 * new stories to the index a server already has, and Lucene refuses a document whose fields are
 * indexed otherwise than the index's ("cannot change field … index options"), which stopped the
 * search follower and the start of a server on an existing index (decision 0114's addendum).
 */
class IndexSchemaTest {

  @Test
  void facets_are_indexed_as_in_indexes_written_before(@TempDir Path dir) throws Exception {
    // How every index before decision 0114 wrote its facets: Lucene's defaults (drill-down terms).
    FacetsConfig before = new FacetsConfig();
    before.setMultiValued(Documents.DIM_AUTHOR, true);
    before.setMultiValued(Documents.DIM_TOPIC, true);
    try (var directory = FSDirectory.open(dir);
        var writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
      writer.addDocument(before.build(facetsOf("Politics", "강민석", "外交")));
      FacetsConfig now = Documents.facets();
      assertThatCode(() -> writer.addDocument(now.build(facetsOf("경제", "Zoë Brontë", "Economy"))))
          .doesNotThrowAnyException();
    }
  }

  private static Document facetsOf(String section, String author, String topic) {
    Document d = new Document();
    d.add(new SortedSetDocValuesFacetField(Documents.DIM_SECTION, section));
    d.add(new SortedSetDocValuesFacetField(Documents.DIM_AUTHOR, author));
    d.add(new SortedSetDocValuesFacetField(Documents.DIM_TOPIC, topic));
    d.add(new SortedSetDocValuesFacetField(Documents.DIM_LANGUAGE, "ko"));
    d.add(new SortedSetDocValuesFacetField(Documents.DIM_MONTH, "2026-12"));
    return d;
  }
}
