package org.dateline.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.dateline.Wiring;
import org.dateline.article.Article;
import org.dateline.article.ArticleContent;
import org.dateline.article.ArticleId;
import org.dateline.article.Block;
import org.dateline.search.jdbi.SearchTables;
import org.dateline.search.lucene.LuceneSearch;
import org.dateline.testing.Await;
import org.dateline.testing.TestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A change's request does not wait for the search index's update, every search after its answer
 * does (decision 0128): with the follower's apply held back, a publish and a kill still return, and
 * a search started after them sees their effect once the follower goes on, never the index before
 * them. On both stores.
 */
class SearchAfterTheAnswerIT {
  @TempDir Path data;

  @Test
  void a_publish_and_a_kill_return_before_the_index_update_and_a_later_search_waits_for_it()
      throws Exception {
    try (Wiring w = new Wiring(TestStore.config(data), Clock.systemUTC())) {
      // The search closes its index
      Held index =
          new Held(LuceneSearch.open(data.resolve("search"), ZoneId.of("UTC"), Clock.systemUTC()));
      try (Search search =
          new Search(
              index,
              w.articles(),
              w.changeLog(),
              w.stories(),
              SearchTables.storyTexts(w.database().jdbi()),
              SearchTables.relatedLists(w.database().jdbi()))) {
        holdAndSearch(w, index, search);
      }
    }
  }

  private static void holdAndSearch(Wiring w, Held index, Search search) throws Exception {
    search.catchUp();
    search.start(250);
    w.changeLog().onCommit(seq -> search.changed());

    // Given the follower's next apply held back
    index.hold();
    // When a story is published, the publish returns all the same (it waited for the apply
    // before: it would hang here; the bound only keeps a broken build from hanging)
    ArticleId id =
        CompletableFuture.supplyAsync(() -> publish(w, "Quillhaven lighthouse keeper retires"))
            .get(60, TimeUnit.SECONDS);
    assertThat(index.applied()).as("applies finished while held").isZero();

    // Then a search started after the answer waits for the index's update, and finds the story
    assertThat(searchWhileHeld(index, search)).isEqualTo(1);

    // And a kill returns before its update too, and the next search no longer finds the story
    index.hold();
    CompletableFuture.runAsync(() -> w.articles().kill(id)).get(60, TimeUnit.SECONDS);
    assertThat(searchWhileHeld(index, search)).isZero();
  }

  /**
   * Searches on a thread of its own, lets the held apply go once that search waits (or, were it not
   * to wait, has answered from the index as it was), and returns what it found.
   */
  private static long searchWhileHeld(Held index, Search search) throws Exception {
    CompletableFuture<Long> found = new CompletableFuture<>();
    Thread searching =
        new Thread(
            () -> found.complete(search.find(SearchQuery.reader("quillhaven")).results().total()),
            "searching");
    searching.start();
    Await.until(
        () -> found.isDone() || searching.getState() == Thread.State.WAITING,
        "the search waits for the held apply",
        Duration.ofSeconds(60));
    index.release();
    return found.get(60, TimeUnit.SECONDS);
  }

  private static ArticleId publish(Wiring w, String headline) {
    var content =
        new ArticleContent(
            headline,
            "",
            "en",
            "",
            List.of("Reporter"),
            Optional.empty(),
            List.of(new Block.Paragraph("The keeper lit the lamp for forty years.")),
            List.of(),
            5);
    return w.articles().publish(content, Instant.now(), Optional.empty()).article().id();
  }

  /** The real index, whose change-log applies can be held back until released. */
  private static final class Held implements SearchIndex {
    private final SearchIndex index;
    private volatile CountDownLatch gate = new CountDownLatch(0);
    private final AtomicInteger applied = new AtomicInteger();

    Held(SearchIndex index) {
      this.index = index;
    }

    void hold() {
      applied.set(0);
      gate = new CountDownLatch(1);
    }

    void release() {
      gate.countDown();
    }

    int applied() {
      return applied.get();
    }

    @Override
    public void apply(Collection<Article> current, Collection<Long> removed, long seq) {
      try {
        if (!gate.await(60, TimeUnit.SECONDS)) {
          throw new IllegalStateException("never released");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      index.apply(current, removed, seq);
      applied.incrementAndGet();
    }

    @Override
    public long position() {
      return index.position();
    }

    @Override
    public long searchedPosition() {
      return index.searchedPosition();
    }

    @Override
    public long storiesSince() {
      return index.storiesSince();
    }

    @Override
    public void applyDesk(Collection<DeskEntry> entries, long since) {
      index.applyDesk(entries, since);
    }

    @Override
    public void refresh() {
      index.refresh();
    }

    @Override
    public void commit() {
      index.commit();
    }

    @Override
    public DeskHits desk(DeskSearch query) {
      return index.desk(query);
    }

    @Override
    public SearchResults search(SearchQuery query, Texts texts) {
      return index.search(query, texts);
    }

    @Override
    public String correct(String text) {
      return index.correct(text);
    }

    @Override
    public List<Suggestion> suggest(String prefix, int limit) {
      return index.suggest(prefix, limit);
    }

    @Override
    public List<Long> related(Article article, int limit) {
      return index.related(article, limit);
    }

    @Override
    public boolean switchToRebuilt() {
      return index.switchToRebuilt();
    }

    @Override
    public void close() {
      gate.countDown();
      index.close();
    }
  }
}
