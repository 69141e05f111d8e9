package org.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PageCacheTest {
  private static final long SEED = 20261130L;

  /** A page of {@code size} random (incompressible) bytes. */
  private static CachedPage page(int size, long seed) {
    byte[] body = new byte[size];
    new Random(seed).nextBytes(body);
    return CachedPage.of(200, "text/html; charset=utf-8", body, Instant.EPOCH);
  }

  @Test
  void a_flood_of_distinct_pages_does_not_push_out_a_page_in_use() {
    // Given: the home page is cached and read all the time
    System.out.println("seed " + SEED);
    PageCache cache = new PageCache();
    AtomicInteger homeRenders = new AtomicInteger();
    CachedPage home = page(14 * 1024, SEED);
    cache.get(
        "/",
        () -> {
          homeRenders.incrementAndGet();
          return home;
        });

    // When: 30,000 distinct pages (as from made-up list cursors) pass through the cache, while
    // readers keep asking for the home page
    CachedPage other = page(14 * 1024, SEED + 1);
    for (int i = 0; i < 30_000; i++) {
      cache.get("/news?before=" + i, () -> other);
      if (i % 100 == 0) {
        cache.get(
            "/",
            () -> {
              homeRenders.incrementAndGet();
              return home;
            });
      }
    }

    // Then: the home page was never dropped, so it was rendered once
    assertThat(homeRenders).hasValue(1);
    assertThat(cache.peek("/")).isSameAs(home);
  }

  @Test
  void the_cache_keeps_within_its_byte_budget_dropping_the_least_recently_used_first() {
    // Given: a budget for ten pages, filled with ten pages; the first is read again
    CachedPage page = page(10 * 1024, SEED);
    long budget = 10 * PageCache.cost("/p0", page) + 100;
    PageCache cache = new PageCache(budget);
    for (int i = 0; i < 10; i++) {
      cache.get("/p" + i, () -> page);
    }
    assertThat(cache.size()).isEqualTo(10);
    cache.peek("/p0");

    // When: an eleventh page comes
    cache.get("/p10", () -> page);

    // Then: the least recently used pages went (/p1 first), the recently used ones stayed
    assertThat(cache.bytes()).isLessThanOrEqualTo(budget);
    assertThat(cache.peek("/p1")).isNull();
    assertThat(cache.peek("/p0")).isNotNull();
    assertThat(cache.peek("/p10")).isNotNull();
    assertThat(cache.peek("/p9")).isNotNull();
  }

  @Test
  void dropping_a_key_drops_exactly_the_pages_that_depend_on_it() {
    // Given
    PageCache cache = new PageCache();
    CachedPage base = page(100, SEED);
    cache.get("/", () -> base.withKeys(Set.of("list:home", "article:1", "article:2")));
    cache.get("/section/1", () -> base.withKeys(Set.of("section:1", "article:2")));
    cache.get("/article/3/c", () -> base.withKeys(Set.of("article:3", "article:4")));
    long held = cache.bytes();

    // When
    cache.invalidate(Set.of("article:2"));

    // Then
    assertThat(cache.peek("/")).isNull();
    assertThat(cache.peek("/section/1")).isNull();
    assertThat(cache.peek("/article/3/c")).isNotNull();
    assertThat(cache.bytes()).isEqualTo(PageCache.cost("/article/3/c", cache.peek("/article/3/c")));
    assertThat(cache.bytes()).isLessThan(held);
    // a page stored again depends on its new keys only
    cache.get("/", () -> base.withKeys(Set.of("list:home")));
    cache.invalidate(Set.of("article:1"));
    assertThat(cache.peek("/")).isNotNull();
  }

  @Test
  void a_page_rendered_while_its_content_changed_is_sent_but_not_kept() {
    // Given: a mark taken before the page's content was read
    PageCache cache = new PageCache();
    long mark = cache.mark();

    // When: a change drops keys while the page renders
    CachedPage sent =
        cache.get(
            "/",
            mark,
            () -> {
              cache.invalidate(Set.of("list:news", "list:home"));
              return page(100, SEED).withKeys(Set.of("list:home"));
            });

    // Then: the reader gets the page, the cache does not keep it
    assertThat(sent).isNotNull();
    assertThat(cache.peek("/")).isNull();
    assertThat(cache.size()).isZero();
  }

  @Test
  void a_page_rendered_while_other_pages_were_dropped_is_kept() {
    // Given: a mark taken before the page's content was read
    PageCache cache = new PageCache();
    long mark = cache.mark();

    // When: changes drop other pages while it renders (the search pages after an index update,
    // another story's page)
    cache.get(
        "/article/1",
        mark,
        () -> {
          cache.invalidate(Set.of("search"));
          cache.invalidate(Set.of("article:2", "list:news"));
          return page(100, SEED).withKeys(Set.of("article:1", "list:side"));
        });

    // Then: the page is kept, as it would have stayed had it been kept before those drops
    assertThat(cache.peek("/article/1")).isNotNull();
  }

  @Test
  void a_page_rendered_across_a_drop_of_everything_is_not_kept() {
    PageCache cache = new PageCache();
    long mark = cache.mark();

    cache.get(
        "/article/1",
        mark,
        () -> {
          cache.invalidate(Set.of("search"));
          cache.clear();
          return page(100, SEED).withKeys(Set.of("article:1"));
        });

    assertThat(cache.peek("/article/1")).isNull();
  }

  @Test
  void a_page_rendered_across_more_drops_than_are_remembered_is_not_kept() {
    PageCache cache = new PageCache();
    long mark = cache.mark();

    cache.get(
        "/article/1",
        mark,
        () -> {
          for (int i = 0; i <= PageCache.DROPS_KEPT; i++) {
            cache.invalidate(Set.of("article:" + (100 + i)));
          }
          return page(100, SEED).withKeys(Set.of("article:1"));
        });

    // Then: whether one of the forgotten drops named the page cannot be told: not kept
    assertThat(cache.peek("/article/1")).isNull();

    // And: with exactly as many drops as are remembered, none of them its own, it is kept
    long again = cache.mark();
    cache.get(
        "/article/1",
        again,
        () -> {
          for (int i = 0; i < PageCache.DROPS_KEPT; i++) {
            cache.invalidate(Set.of("article:" + (200 + i)));
          }
          return page(100, SEED).withKeys(Set.of("article:1"));
        });
    assertThat(cache.peek("/article/1")).isNotNull();
  }
}
