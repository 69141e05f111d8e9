package org.dateline.web;

/**
 * The caching headers of public pages, one source for {@link Responses} and {@link FastPages}
 * (decision 0061): browsers revalidate every time ({@code max-age=0}); shared caches (a CDN) keep a
 * page {@code s-maxage} seconds and may serve it {@code stale-while-revalidate} seconds longer
 * while they fetch a fresh one, and are told to drop it earlier by the purge hook. A page carries
 * its cache keys as {@code Surrogate-Key} and {@code Cache-Tag}. Only a 200 is kept by shared
 * caches: anything else (a 404 before a story is published, a 410 after a kill) is revalidated
 * every time. Immutable.
 */
public final class CacheHeaders {
  /** Every cache revalidates every time: what non-200 public answers carry. */
  public static final String REVALIDATE = "public, max-age=0, must-revalidate";

  public static final String SURROGATE_KEY = "Surrogate-Key";
  public static final String CACHE_TAG = "Cache-Tag";

  private final String publicPages;

  public CacheHeaders(int sharedMaxAge, int staleWhileRevalidate) {
    this.publicPages =
        "public, max-age=0, s-maxage="
            + sharedMaxAge
            + ", stale-while-revalidate="
            + staleWhileRevalidate;
  }

  /** The Cache-Control of a public page answered 200. */
  public String publicPages() {
    return publicPages;
  }

  /** Whether {@code cacheControl} lets shared caches keep the page (then keys are sent). */
  static boolean shared(String cacheControl) {
    return cacheControl.contains("s-maxage=");
  }
}
