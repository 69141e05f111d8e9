package org.dateline.web;

import io.javalin.http.Context;

/**
 * Sends pages with the headers every page carries ({@link PageHeaders}, the same as {@link
 * FastPages} sends), 304 and gzip.
 */
public final class Responses {
  private Responses() {}

  /** Sends a page: 304 when the client's copy is current, gzip when the client accepts it. */
  public static void send(Context ctx, CachedPage page, String cacheControl) {
    boolean shared = CacheHeaders.shared(cacheControl);
    // An error page is never kept by a shared cache for long: it asks again each time.
    String policy = shared && page.status() != 200 ? CacheHeaders.REVALIDATE : cacheControl;
    PageHeaders.of(ctx.path(), page.gzipped() != null, policy).forEach(ctx::header);
    if (shared && page.status() == 200 && page.surrogateKeys() != null) {
      ctx.header(CacheHeaders.SURROGATE_KEY, page.surrogateKeys());
      ctx.header(CacheHeaders.CACHE_TAG, page.cacheTags());
    }
    ctx.header("ETag", page.etag());
    ctx.header("Last-Modified", page.lastModified());
    if (page.status() == 200
        && notModified(ctx.header("If-None-Match"), ctx.header("If-Modified-Since"), page)) {
      ctx.status(304);
      return;
    }
    ctx.status(page.status());
    ctx.contentType(page.contentType());
    String accept = ctx.header("Accept-Encoding");
    byte[] bytes;
    if (page.gzipped() != null && accept != null && accept.contains("gzip")) {
      ctx.header("Content-Encoding", "gzip");
      bytes = page.gzipped();
    } else {
      bytes = page.body();
    }
    write(ctx, bytes);
  }

  /**
   * Writes the bytes straight to the response with their length: the cached page is sent as is,
   * without the copy through a fresh buffer that {@code ctx.result} makes per request.
   */
  private static void write(Context ctx, byte[] bytes) {
    ctx.res().setContentLength(bytes.length);
    if (ctx.method().name().equals("HEAD")) {
      return;
    }
    try {
      ctx.res().getOutputStream().write(bytes);
    } catch (java.io.IOException e) {
      // The client went away; there is no one left to answer.
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Whether the client's copy (by If-None-Match, else If-Modified-Since) is current. */
  static boolean notModified(String inm, String ims, CachedPage page) {
    if (inm != null) {
      for (String tag : inm.split(",")) {
        String t = tag.strip();
        if (t.startsWith("W/")) {
          t = t.substring(2);
        }
        if (t.equals(page.etag()) || t.equals("*")) {
          return true;
        }
      }
      return false;
    }
    return ims != null && ims.equals(page.lastModified());
  }
}
