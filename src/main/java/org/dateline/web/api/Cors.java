package org.dateline.web.api;

import io.javalin.http.Context;
import java.util.Map;

/**
 * Cross-origin reads of the content API: any web page may GET it (it is public and read-only, and
 * no cookie is ever read by it), and may read its ETag to revalidate. Preflights are answered for
 * the conditional-request headers.
 */
public final class Cors {
  /** On every answer under {@code /api/}, also those sent from the cache by FastPages. */
  public static final Map<String, String> HEADERS =
      Map.of(
          "Access-Control-Allow-Origin", "*",
          "Access-Control-Expose-Headers", "ETag, Last-Modified");

  /** The path prefix the headers apply to. */
  public static final String PREFIX = "/api/";

  private Cors() {}

  static void apply(Context ctx) {
    HEADERS.forEach(ctx::header);
  }

  /** A preflight: GET and HEAD with conditional headers, remembered for a day. */
  static void preflight(Context ctx) {
    apply(ctx);
    ctx.header("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS");
    ctx.header("Access-Control-Allow-Headers", "Accept, If-None-Match, If-Modified-Since");
    ctx.header("Access-Control-Max-Age", "86400");
    ctx.header("Cache-Control", "public, max-age=86400");
    ctx.status(204);
  }
}
