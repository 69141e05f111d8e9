package org.dateline.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.dateline.search.SearchIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index this release cannot write to never keeps a server from starting (decision 0117): one of
 * a Lucene format it does not know, or of documents a later release made, is replaced by a new,
 * empty generation at position 0, which the follower fills from the change log; the old one is
 * removed. An index in use by another process still refuses the start.
 */
class UnknownIndexTest {
  private static final ZoneId ZONE = ZoneId.of("Asia/Seoul");

  @TempDir Path search;

  /** An index of this release at change-log position {@code seq}, committed and closed. */
  private void written(long seq) {
    try (SearchIndex index = LuceneSearch.open(search, ZONE, Clock.systemUTC())) {
      index.apply(List.of(), List.of(), seq);
      index.commit();
    }
  }

  private String current() throws IOException {
    return Files.readString(search.resolve(IndexFolders.CURRENT)).strip();
  }

  @Test
  void an_index_of_this_release_is_opened_where_it_was() throws IOException {
    written(7);

    try (SearchIndex index = LuceneSearch.open(search, ZONE, Clock.systemUTC())) {
      assertThat(index.position()).isEqualTo(7);
      assertThat(current()).isEqualTo("g1");
    }
  }

  @Test
  void an_index_of_a_lucene_format_this_release_does_not_know_is_replaced() throws IOException {
    written(7);
    Path segments = segmentsFile(search.resolve("g1"));
    claimNewerFormat(segments);
    try (var d = FSDirectory.open(search.resolve("g1"))) {
      assertThatThrownBy(() -> SegmentInfos.readLatestCommit(d))
          .isInstanceOf(IndexFormatTooNewException.class);
    }

    try (SearchIndex index = LuceneSearch.open(search, ZONE, Clock.systemUTC())) {
      assertThat(index.position()).as("filled from the start of the change log").isZero();
      assertThat(current()).isEqualTo("g2");
      assertThat(search.resolve("g1")).doesNotExist();
    }
  }

  @Test
  void an_index_of_documents_a_later_release_made_is_replaced() throws IOException {
    try (var d = FSDirectory.open(search.resolve("g1"));
        var w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()))) {
      w.setLiveCommitData(
          Map.of(
                  Generation.SEQ,
                  "7",
                  Generation.STORIES,
                  "0",
                  Generation.SCHEMA,
                  Long.toString(Generation.SCHEMA_NOW + 1))
              .entrySet());
      w.commit();
    }
    Files.writeString(search.resolve(IndexFolders.CURRENT), "g1\n");

    try (SearchIndex index = LuceneSearch.open(search, ZONE, Clock.systemUTC())) {
      assertThat(index.position()).isZero();
      assertThat(current()).isEqualTo("g2");
    }
  }

  @Test
  void an_index_another_process_writes_to_still_refuses_the_start() throws IOException {
    written(7);
    try (var d = FSDirectory.open(search.resolve("g1"));
        var other = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()))) {
      assertThatThrownBy(() -> LuceneSearch.open(search, ZONE, Clock.systemUTC()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("in use by another process");
      assertThat(current()).isEqualTo("g1");
    }
  }

  private static Path segmentsFile(Path generation) throws IOException {
    try (Stream<Path> files = Files.list(generation)) {
      return files
          .filter(f -> f.getFileName().toString().startsWith("segments_"))
          .findFirst()
          .orElseThrow();
    }
  }

  /**
   * Rewrites the version in the commit's header (Lucene's codec header: magic, the name "segments",
   * then the format version) to one past any Lucene 9 knows, as a newer Lucene writes.
   */
  private static void claimNewerFormat(Path segments) throws IOException {
    byte[] bytes = Files.readAllBytes(segments);
    int at = 4 + 1 + "segments".length();
    ByteBuffer.wrap(bytes, at, 4).putInt(99);
    Files.write(segments, bytes);
  }
}
