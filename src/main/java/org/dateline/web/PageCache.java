package org.dateline.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Rendered public pages by cache key (path and the query values that change the page), held within
 * a budget of bytes. Each page carries the keys it depends on ({@link CachedPage#keys()}, from
 * {@code article.CacheKeys}); {@link #invalidate} drops the pages of the keys a change touched, and
 * when the budget is exceeded the least recently used pages go first. A page missed by several
 * requests at once is rendered once: the others wait for it. Reads never lock; stores, drops and
 * evictions take the cache's lock. Thread-safe.
 */
public final class PageCache {
  /** The default budget: rendered bytes plus their gzip form, plus a fixed cost per page. */
  public static final long DEFAULT_MAX_BYTES = 128L * 1024 * 1024;

  /** What a page costs beyond its bytes: the entry, its key and its dependencies' index. */
  static final int ENTRY_OVERHEAD = 256;

  /** An eviction frees this share of the budget at once, so it runs once per many stores. */
  private static final double EVICT_TO = 0.9;

  private final long maxBytes;
  private final Map<String, Entry> pages = new ConcurrentHashMap<>();

  /** Dependency key → cache keys of the pages that depend on it. Guarded by {@code this}. */
  private final Map<String, Set<String>> dependents = new HashMap<>();

  /** Bytes held, by {@link #cost}. Guarded by {@code this}. */
  private long bytes;

  /** Ticks on every use; a page's last tick orders evictions. */
  private final AtomicLong clock = new AtomicLong();

  /** How many of the latest drops are remembered for pages rendered across them. */
  static final int DROPS_KEPT = 64;

  /** The drops, by which a page rendered across one of its keys' drops is not kept. */
  private final DropHistory drops = new DropHistory(DROPS_KEPT);

  /**
   * Pages being rendered on a miss, by cache key: a request that misses while another renders the
   * same page waits for it (up to {@link #WAIT_FOR_RENDER}) instead of rendering it again.
   */
  private final Map<String, CompletableFuture<Void>> rendering = new ConcurrentHashMap<>();

  /** How long a request waits for another's render of its page before rendering it itself. */
  static final Duration WAIT_FOR_RENDER = Duration.ofSeconds(2);

  private final List<Consumer<String>> renderListeners = new CopyOnWriteArrayList<>();

  /** Pages found (served from the cache) and pages rendered on a miss, for metrics. */
  private final java.util.concurrent.atomic.LongAdder hits =
      new java.util.concurrent.atomic.LongAdder();

  private final java.util.concurrent.atomic.LongAdder misses =
      new java.util.concurrent.atomic.LongAdder();

  private static final class Entry {
    final CachedPage page;
    final long cost;
    volatile long used;

    Entry(CachedPage page, long cost, long used) {
      this.page = page;
      this.cost = cost;
      this.used = used;
    }
  }

  public PageCache() {
    this(DEFAULT_MAX_BYTES);
  }

  public PageCache(long maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("the page cache needs a positive budget");
    }
    this.maxBytes = maxBytes;
  }

  /**
   * Development mode (decision 0022): a budget no page fits in, so the cache keeps nothing and an
   * edited template shows on the next request.
   */
  public static PageCache off() {
    return new PageCache(1);
  }

  /** Hears the key of every page rendered on a miss (tests count re-renders with it). */
  public void onRender(Consumer<String> listener) {
    renderListeners.add(listener);
  }

  /** The cached page for the key, or null. */
  public @Nullable CachedPage peek(String key) {
    Entry e = pages.get(key);
    if (e == null) {
      return null;
    }
    e.used = clock.incrementAndGet();
    hits.increment();
    return e.page;
  }

  /** How many looks found their page. */
  public long hits() {
    return hits.sum();
  }

  /** How many pages were rendered because they were not cached. */
  public long misses() {
    return misses.sum();
  }

  /**
   * A mark to take before reading what a page will show; {@link #get(String, long, Supplier)} keeps
   * the page only when nothing was dropped since.
   */
  public long mark() {
    return drops.generation();
  }

  /** The cached page for the key, rendering it on a miss. */
  public CachedPage get(String key, Supplier<CachedPage> render) {
    return get(key, mark(), render);
  }

  /**
   * The cached page for the key, rendering it on a miss; the rendered page is kept only when no
   * drop since {@code mark} named one of its keys (a change that arrived while the page's content
   * was read must not be hidden behind an older page). A drop of other keys (the search pages after
   * an index update, another story's pages) does not keep a page out: it would not have dropped the
   * page had it been kept before.
   */
  public CachedPage get(String key, long mark, Supplier<CachedPage> render) {
    CachedPage cached = peek(key);
    if (cached != null) {
      return cached;
    }
    CompletableFuture<Void> mine = new CompletableFuture<>();
    CompletableFuture<Void> other = rendering.putIfAbsent(key, mine);
    if (other == null) {
      try {
        return render(key, mark, render);
      } finally {
        rendering.remove(key, mine);
        mine.complete(null);
      }
    }
    // Another request renders this page (many readers of a page a change just dropped): wait for
    // it and take its page from the cache. A page it could not keep (a change named it meanwhile,
    // or it failed) is rendered here, as it would have been without the wait (decision 0140).
    awaitQuietly(other);
    cached = peek(key);
    return cached != null ? cached : render(key, mark, render);
  }

  private CachedPage render(String key, long mark, Supplier<CachedPage> render) {
    misses.increment();
    CachedPage page = render.get();
    for (Consumer<String> listener : renderListeners) {
      listener.accept(key);
    }
    synchronized (this) {
      if (drops.untouchedSince(mark, page.keys())) {
        store(key, page);
      }
    }
    return page;
  }

  private static void awaitQuietly(CompletableFuture<Void> render) {
    try {
      render.get(WAIT_FOR_RENDER.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      // Rendered here instead.
    }
  }

  /** Drops every page that depends on any of these keys. */
  public synchronized void invalidate(Collection<String> keys) {
    drops.dropped(keys);
    for (String key : keys) {
      Set<String> cacheKeys = dependents.remove(key);
      if (cacheKeys != null) {
        for (String cacheKey : cacheKeys) {
          remove(cacheKey);
        }
      }
    }
  }

  /** Drops every page. */
  public synchronized void clear() {
    drops.dropped(null);
    pages.clear();
    dependents.clear();
    bytes = 0;
  }

  public int size() {
    return pages.size();
  }

  /** The bytes held, as counted against the budget. */
  public synchronized long bytes() {
    return bytes;
  }

  /** What a page counts against the budget. */
  static long cost(String key, CachedPage page) {
    long cost = ENTRY_OVERHEAD + 2L * key.length() + page.body().length;
    if (page.gzipped() != null) {
      cost += page.gzipped().length;
    }
    for (String k : page.keys()) {
      cost += 2L * k.length() + 32;
    }
    return cost;
  }

  private void store(String key, CachedPage page) {
    long cost = cost(key, page);
    if (cost > maxBytes) {
      return;
    }
    remove(key);
    pages.put(key, new Entry(page, cost, clock.incrementAndGet()));
    for (String k : page.keys()) {
      dependents.computeIfAbsent(k, x -> new HashSet<>()).add(key);
    }
    bytes += cost;
    if (bytes > maxBytes) {
      evict();
    }
  }

  /** Drops the least recently used pages until the cache holds {@link #EVICT_TO} of its budget. */
  private void evict() {
    long target = (long) (maxBytes * EVICT_TO);
    List<Map.Entry<String, Long>> byUse = new ArrayList<>(pages.size());
    pages.forEach((k, e) -> byUse.add(Map.entry(k, e.used)));
    byUse.sort(Comparator.comparingLong(Map.Entry::getValue));
    for (Map.Entry<String, Long> e : byUse) {
      if (bytes <= target) {
        break;
      }
      remove(e.getKey());
    }
  }

  private void remove(String key) {
    Entry e = pages.remove(key);
    if (e == null) {
      return;
    }
    bytes -= e.cost;
    for (String k : e.page.keys()) {
      Set<String> cacheKeys = dependents.get(k);
      if (cacheKeys != null) {
        cacheKeys.remove(key);
        if (cacheKeys.isEmpty()) {
          dependents.remove(k);
        }
      }
    }
  }
}
