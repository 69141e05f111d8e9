package org.dateline.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.dateline.web.api.Cors;

/**
 * The headers a page's answer carries whatever the request asked, the one source for both ways a
 * page is sent: {@link Responses} (through Javalin) and {@link FastPages} (a cached page straight
 * from Jetty). The security headers, the content API's CORS headers under {@link Cors#PREFIX}, the
 * cache policy, and {@code Vary} when the page also exists gzipped. What depends on the request
 * (304, the gzip body, ETag and Last-Modified of the page) stays with the senders.
 */
public final class PageHeaders {
  private PageHeaders() {}

  /** The headers, by name in the order sent, of a page at {@code path}. */
  public static Map<String, String> of(String path, boolean gzipped, String cacheControl) {
    Map<String, String> out = new LinkedHashMap<>(SecurityHeaders.ALL);
    if (path.startsWith(Cors.PREFIX)) {
      out.putAll(Cors.HEADERS);
    }
    out.put("Cache-Control", cacheControl);
    if (gzipped) {
      out.put("Vary", "Accept-Encoding");
    }
    return out;
  }
}
