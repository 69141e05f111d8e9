package org.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Many readers missing one page at once (the home page right after a publish dropped it): one
 * renders, the others wait for its page (decision 0140).
 */
class PageCacheCoalescingTest {
  private static final int READERS = 8;
  private final ExecutorService pool = Executors.newFixedThreadPool(READERS);

  @AfterEach
  void stop() throws InterruptedException {
    pool.shutdownNow();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
  }

  private static CachedPage page(String text) {
    return CachedPage.of(
            200, "text/html; charset=utf-8", text.getBytes(StandardCharsets.UTF_8), Instant.EPOCH)
        .withKeys(Set.of("list:home"));
  }

  /** READERS readers ask for "/" at once; each render waits until all of them have asked. */
  private List<Future<CachedPage>> readersAtOnce(PageCache cache, Supplier<CachedPage> render) {
    CountDownLatch asked = new CountDownLatch(READERS);
    Supplier<CachedPage> slow =
        () -> {
          try {
            assertThat(asked.await(10, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(50); // the others reach the cache meanwhile
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return render.get();
        };
    List<Future<CachedPage>> answers = new ArrayList<>();
    for (int i = 0; i < READERS; i++) {
      answers.add(
          pool.submit(
              () -> {
                long mark = cache.mark();
                asked.countDown();
                return cache.get("/", mark, slow);
              }));
    }
    return answers;
  }

  @Test
  void readers_missing_the_same_page_at_once_render_it_once_and_all_get_it() throws Exception {
    PageCache cache = new PageCache();
    AtomicInteger renders = new AtomicInteger();

    List<Future<CachedPage>> answers =
        readersAtOnce(cache, () -> page("home " + renders.incrementAndGet()));

    for (Future<CachedPage> answer : answers) {
      assertThat(new String(answer.get(10, TimeUnit.SECONDS).body(), StandardCharsets.UTF_8))
          .isEqualTo("home 1");
    }
    assertThat(renders).hasValue(1);
    assertThat(cache.misses()).isEqualTo(1);
  }

  @Test
  void a_page_changed_while_it_rendered_is_rendered_again_by_each_waiting_reader()
      throws Exception {
    PageCache cache = new PageCache();
    AtomicInteger renders = new AtomicInteger();

    // The first render sees its content change (a publish drops the home page meanwhile): its page
    // is not kept, so the readers who waited must not be given it.
    List<Future<CachedPage>> answers =
        readersAtOnce(
            cache,
            () -> {
              int n = renders.incrementAndGet();
              if (n == 1) {
                cache.invalidate(Set.of("list:home"));
              }
              return page("home " + n);
            });

    List<String> bodies = new ArrayList<>();
    for (Future<CachedPage> answer : answers) {
      bodies.add(new String(answer.get(10, TimeUnit.SECONDS).body(), StandardCharsets.UTF_8));
    }
    assertThat(bodies).containsOnlyOnce("home 1");
    assertThat(renders).hasValue(READERS);
    // Their marks were taken before the change too: none of their pages is kept either.
    assertThat(cache.peek("/")).isNull();
  }

  @Test
  void a_failed_render_leaves_the_waiting_readers_to_render_it_themselves() throws Exception {
    PageCache cache = new PageCache();
    AtomicInteger renders = new AtomicInteger();

    List<Future<CachedPage>> answers =
        readersAtOnce(
            cache,
            () -> {
              if (renders.incrementAndGet() == 1) {
                throw new IllegalStateException("the store is away");
              }
              return page("home");
            });

    int failed = 0;
    for (Future<CachedPage> answer : answers) {
      try {
        assertThat(answer.get(10, TimeUnit.SECONDS).body()).isNotEmpty();
      } catch (java.util.concurrent.ExecutionException e) {
        assertThat(e).hasRootCauseMessage("the store is away");
        failed++;
      }
    }
    assertThat(failed).isEqualTo(1);
    assertThat(cache.peek("/")).isNotNull();
    assertThatThrownBy(
            () ->
                cache.get(
                    "/x",
                    () -> {
                      throw new IllegalStateException("x");
                    }))
        .hasMessage("x");
  }
}
