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
 * Responses} sends (security, caching, gzip, 304). Everything else goes on to Javalin. Thread-safe.
 */
public final class FastPages extends Handler.Wrapper {
  private static final List<HttpField> SECURITY = new ArrayList<>();
  private static final HttpField VARY = new PreEncodedHttpField(HttpHeader.VARY, "Accept-Encoding");
  private static final HttpField GZIP =
      new PreEncodedHttpField(HttpHeader.CONTENT_ENCODING, "gzip");

  private static final List<HttpField> CORS = new ArrayList<>();

  static {
    for (Map.Entry<String, String> e : SecurityHeaders.ALL.entrySet()) {
      SECURITY.add(new PreEncodedHttpField(e.getKey(), e.getValue()));
    }
    for (Map.Entry<String, String> e : Cors.HEADERS.entrySet()) {
      CORS.add(new PreEncodedHttpField(e.getKey(), e.getValue()));
    }
  }

  private final PageCache cache;
  private final HttpMetrics metrics;
  private final HttpField cacheControl;

  public FastPages(PageCache cache, HttpMetrics metrics, CacheHeaders caching) {
    this.cache = cache;
    this.metrics = metrics;
    this.cacheControl = new PreEncodedHttpField(HttpHeader.CACHE_CONTROL, caching.publicPages());
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
    SECURITY.forEach(headers::add);
    if (path.startsWith(Cors.PREFIX)) {
      CORS.forEach(headers::add);
    }
    headers.add(cacheControl);
    if (page.surrogateKeys() != null) {
      headers.put(CacheHeaders.SURROGATE_KEY, page.surrogateKeys());
      headers.put(CacheHeaders.CACHE_TAG, page.cacheTags());
    }
    headers.put(HttpHeader.ETAG, page.etag());
    headers.put(HttpHeader.LAST_MODIFIED, page.lastModified());
    if (page.gzipped() != null) {
      headers.add(VARY);
    }
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
