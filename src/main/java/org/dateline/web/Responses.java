package org.dateline.web;

import io.javalin.http.Context;

/** Sends pages with the caching and compression headers every public page carries. */
public final class Responses {
  private Responses() {}

  /** Sends a page: 304 when the client's copy is current, gzip when the client accepts it. */
  public static void send(Context ctx, CachedPage page, String cacheControl) {
    ctx.header("Cache-Control", cacheControl);
    ctx.header("ETag", page.etag());
    ctx.header("Last-Modified", page.lastModified());
    if (page.gzipped() != null) {
      ctx.header("Vary", "Accept-Encoding");
    }
    if (page.status() == 200 && notModified(ctx, page)) {
      ctx.status(304);
      return;
    }
    ctx.status(page.status());
    ctx.contentType(page.contentType());
    String accept = ctx.header("Accept-Encoding");
    if (page.gzipped() != null && accept != null && accept.contains("gzip")) {
      ctx.header("Content-Encoding", "gzip");
      ctx.result(page.gzipped());
    } else {
      ctx.result(page.body());
    }
  }

  private static boolean notModified(Context ctx, CachedPage page) {
    String inm = ctx.header("If-None-Match");
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
    String ims = ctx.header("If-Modified-Since");
    return ims != null && ims.equals(page.lastModified());
  }
}
