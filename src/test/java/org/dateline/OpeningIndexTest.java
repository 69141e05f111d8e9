package org.dateline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.dateline.search.SearchIndex;
import org.dateline.search.lucene.LuceneSearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search index a start opens on another thread (decision 0112), over a real Lucene index. */
class OpeningIndexTest {
  @TempDir Path dir;

  private SearchIndex lucene() {
    return LuceneSearch.open(dir.resolve("search"), ZoneId.of("Asia/Seoul"), Clock.systemUTC());
  }

  @Test
  void a_call_waits_for_the_index_and_then_answers_from_it() throws Exception {
    CompletableFuture<SearchIndex> opening = new CompletableFuture<>();
    OpeningIndex index = new OpeningIndex(opening);
    CompletableFuture<Long> position = CompletableFuture.supplyAsync(index::position);

    Thread.sleep(200);
    assertThat(position).as("waits while the index opens").isNotDone();

    opening.complete(lucene());
    assertThat(position.get(10, TimeUnit.SECONDS)).isZero();
    assertThat(index.correct("한국 경제")).isEqualTo("한국 경제");
    index.close();
  }

  @Test
  void the_failure_to_open_is_thrown_as_the_opening_threw_it() {
    CompletableFuture<SearchIndex> opening = new CompletableFuture<>();
    opening.completeExceptionally(
        new IllegalStateException("The search index is in use by another process"));
    OpeningIndex index = new OpeningIndex(opening);

    assertThatThrownBy(index::position)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("in use by another process");
    index.close(); // nothing was opened: nothing to close, no error
  }

  @Test
  void closing_closes_the_opened_index_so_another_writer_may_open_the_folder() {
    OpeningIndex index = new OpeningIndex(CompletableFuture.completedFuture(lucene()));
    assertThat(index.position()).isZero();

    index.close();

    try (SearchIndex again = lucene()) {
      assertThat(again.position()).isZero();
    }
  }
}
