package org.dateline.web;

import io.javalin.http.Context;
import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Serves public HTML pages from the {@link PageCache}, with ETag, Last-Modified, gzip and
 * cache-control headers; renders them through {@link Views} on a miss.
 */
public final class PublicPages {
  private final PageCache cache;
  private final Views views;
  private final Clock clock;
  private final String cacheControl;

  /**
   * Readers always revalidate, so kills and updates show at once (a 304 costs a few bytes); shared
   * caches keep pages as {@code caching} says.
   */
  public PublicPages(PageCache cache, Views views, Clock clock, CacheHeaders caching) {
    this.cache = cache;
    this.views = views;
    this.clock = clock;
    this.cacheControl = caching.publicPages();
  }

  /** The Cache-Control of public pages. */
  public String cacheControl() {
    return cacheControl;
  }

  /** Sends the page cached under {@code key}, rendering it with {@code render} on a miss. */
  public void serve(Context ctx, String key, Supplier<CachedPage> render) {
    Responses.send(ctx, cache.get(key, render), cacheControl);
  }

  /**
   * Like {@link #serve(Context, String, Supplier)} for a page whose content was read before the
   * call: {@code mark} ({@link #mark()}) was taken before that read, so a change that arrived
   * meanwhile keeps the rendered page out of the cache.
   */
  public void serve(Context ctx, String key, long mark, Supplier<CachedPage> render) {
    Responses.send(ctx, cache.get(key, mark, render), cacheControl);
  }

  /** The cache's mark; take it before reading what a page will show. */
  public long mark() {
    return cache.mark();
  }

  /** Sends the page cached under {@code key} if there is one; false when it is not cached. */
  public boolean sendCached(Context ctx, String key) {
    CachedPage page = cache.peek(key);
    if (page == null) {
      return false;
    }
    Responses.send(ctx, page, cacheControl);
    return true;
  }

  /** Sends a page that is not cached (it holds what one reader typed, for example). */
  public void sendUncached(Context ctx, CachedPage page) {
    Responses.send(ctx, page, "no-store");
  }

  /** A rendered document that is not HTML (a feed, a sitemap, JSON), stamped now. */
  public CachedPage document(int status, String contentType, String text) {
    return CachedPage.of(
        status,
        contentType,
        text.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        clock.instant());
  }

  public CachedPage html(int status, String template, Object model) {
    return CachedPage.of(
        status, "text/html; charset=utf-8", views.render(template, model), clock.instant());
  }

  public CachedPage html(int status, String template, Map<String, Object> params) {
    return CachedPage.of(
        status, "text/html; charset=utf-8", views.render(template, params), clock.instant());
  }
}
