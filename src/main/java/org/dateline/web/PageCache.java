package org.dateline.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Rendered public pages by cache key. Every entry is dropped when the change log moves on (a
 * publish, update or kill), or when another source the pages show (the home page's curation, the
 * sections) reports a new version, so a page is never older than the last change it knows of.
 * Thread-safe.
 */
public final class PageCache {
  private static final int MAX_ENTRIES = 20_000;
  private final Map<String, CachedPage> pages = new ConcurrentHashMap<>();
  private final AtomicLong seenSeq = new AtomicLong(-1);

  /** Grows with every drop; a page rendered across a drop is not kept. */
  private final AtomicLong generation = new AtomicLong();

  private final Map<String, Long> versions = new ConcurrentHashMap<>();

  /** False in development mode: every request renders from the current templates. */
  private final boolean keeps;

  /** A cache that keeps pages until a change drops them. */
  public PageCache() {
    this(true);
  }

  private PageCache(boolean keeps) {
    this.keeps = keeps;
  }

  /** Development mode (decision 0022): keeps nothing, so an edited template shows at once. */
  public static PageCache off() {
    return new PageCache(false);
  }

  /** The cached page for the key, or null. */
  public CachedPage peek(String key) {
    return pages.get(key);
  }

  /** The cached page for the key, rendering it on a miss. */
  public CachedPage get(String key, Supplier<CachedPage> render) {
    CachedPage page = pages.get(key);
    if (page != null) {
      return page;
    }
    long before = generation.get();
    page = render.get();
    // A change that arrived while rendering must not be hidden behind an older page.
    if (keeps && before == generation.get()) {
      if (pages.size() >= MAX_ENTRIES) {
        pages.clear();
      }
      pages.put(key, page);
    }
    return page;
  }

  /** Called with the change log's latest sequence number; drops everything when it moved. */
  public void changeLogAt(long seq) {
    long before = seenSeq.getAndSet(seq);
    if (before != seq) {
      clear();
    }
  }

  /**
   * Called with the version of another source the pages show ({@code "curation"}, {@code
   * "sections"}), by its facade after a change here and by the poller for other processes; drops
   * everything when it moved.
   */
  public void versionAt(String source, long version) {
    Long before = versions.put(source, version);
    if (before == null || before != version) {
      clear();
    }
  }

  /** Drops every page. */
  public void clear() {
    generation.incrementAndGet();
    pages.clear();
  }

  public int size() {
    return pages.size();
  }
}
