package org.dateline.web;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dateline.web.api.Cors;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The hot path: a GET (or HEAD) without a query whose page is in the {@link PageCache} is answered
 * here, in Jetty, before the servlet layer and the router — with exactly the headers {@link
 * Responses} sends (both take them from {@link PageHeaders}; then gzip, 304). Everything else goes
 * on to Javalin. Thread-safe.
 */
public final class FastPages extends Handler.Wrapper {
  private static final HttpField GZIP =
      new PreEncodedHttpField(HttpHeader.CONTENT_ENCODING, "gzip");

  /** {@link PageHeaders} of a cached page, pre-encoded: [under /api/][gzipped]. */
  private final List<List<HttpField>> constant = new ArrayList<>();

  private final PageCache cache;
  private final HttpMetrics metrics;

  public FastPages(PageCache cache, HttpMetrics metrics, CacheHeaders caching) {
    this.cache = cache;
    this.metrics = metrics;
    for (String path : List.of("/", Cors.PREFIX)) {
      for (boolean gzipped : new boolean[] {false, true}) {
        List<HttpField> fields = new ArrayList<>();
        for (Map.Entry<String, String> e :
            PageHeaders.of(path, gzipped, caching.publicPages()).entrySet()) {
          fields.add(new PreEncodedHttpField(e.getKey(), e.getValue()));
        }
        constant.add(List.copyOf(fields));
      }
    }
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String method = request.getMethod();
    boolean head = HttpMethod.HEAD.is(method);
    if ((!HttpMethod.GET.is(method) && !head) || request.getHttpURI().getQuery() != null) {
      return super.handle(request, response, callback);
    }
    String path = Request.getPathInContext(request);
    CachedPage page = cache.peek(path);
    if (page == null || page.status() != 200) {
      return super.handle(request, response, callback);
    }
    long started = System.nanoTime();
    request.setAttribute(HttpMetrics.COUNTED, Boolean.TRUE);
    HttpFields.Mutable headers = response.getHeaders();
    int variant = (path.startsWith(Cors.PREFIX) ? 2 : 0) + (page.gzipped() != null ? 1 : 0);
    constant.get(variant).forEach(headers::add);
    if (page.surrogateKeys() != null) {
      headers.put(CacheHeaders.SURROGATE_KEY, page.surrogateKeys());
      headers.put(CacheHeaders.CACHE_TAG, page.cacheTags());
    }
    headers.put(HttpHeader.ETAG, page.etag());
    headers.put(HttpHeader.LAST_MODIFIED, page.lastModified());
    HttpFields in = request.getHeaders();
    if (Responses.notModified(
        in.get(HttpHeader.IF_NONE_MATCH), in.get(HttpHeader.IF_MODIFIED_SINCE), page)) {
      response.setStatus(304);
      callback.succeeded();
      metrics.cached(304, System.nanoTime() - started);
      return true;
    }
    byte[] bytes = page.body();
    String accept = in.get(HttpHeader.ACCEPT_ENCODING);
    if (page.gzipped() != null && accept != null && accept.contains("gzip")) {
      headers.add(GZIP);
      bytes = page.gzipped();
    }
    response.setStatus(200);
    headers.put(HttpHeader.CONTENT_TYPE, page.contentType());
    headers.put(HttpHeader.CONTENT_LENGTH, bytes.length);
    response.write(true, head ? null : ByteBuffer.wrap(bytes), callback);
    metrics.cached(200, System.nanoTime() - started);
    return true;
  }
}
