package org.dateline.web;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.MDC;

/**
 * Gives every request an id, outermost of the Jetty handlers: a sane {@code X-Request-Id} from a
 * trusted proxy is kept (so one id follows a request through the proxy's logs and ours), anything
 * else gets a new one. The id is echoed in the response's {@code X-Request-Id}, stored as a request
 * attribute, and put in the logging context (MDC key {@code request_id}) while the request is
 * handled here, so every log line of the request carries it. Cheap: a process prefix and a counter.
 * Also counts the requests that arrive and those answered, which the idle collection watches
 * (decision 0118). Thread-safe.
 */
public final class RequestIds extends Handler.Wrapper {
  /** The header and the MDC key. */
  public static final String HEADER = "X-Request-Id";

  public static final String MDC_KEY = "request_id";
  static final String ATTRIBUTE = "dateline.requestId";

  private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:/+=@-]{1,128}");

  private final TrustedProxies proxies;
  private final HttpMetrics metrics;
  private final String prefix;
  private final AtomicLong next = new AtomicLong();
  private final LongAdder arrived = new LongAdder();
  private final LongAdder answered = new LongAdder();

  public RequestIds(TrustedProxies proxies, HttpMetrics metrics, Handler handler) {
    super(handler);
    this.proxies = proxies;
    this.metrics = metrics;
    byte[] random = new byte[4];
    new SecureRandom().nextBytes(random);
    this.prefix = HexFormat.of().formatHex(random) + "-";
  }

  /** How many requests arrived plus how many were answered, so far: it moves while any is. */
  public long events() {
    return arrived.sum() + answered.sum();
  }

  /**
   * How many requests arrived and are not answered yet (a silent long-poll among them); a request
   * whose handling failed before its answer was counted stays counted here.
   */
  public long inFlight() {
    return Math.max(0, arrived.sum() - answered.sum());
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    arrived.increment();
    String id = null;
    if (proxies.any()) {
      String given = request.getHeaders().get(HEADER);
      if (given != null
          && SANE.matcher(given).matches()
          && proxies.trusts(Request.getRemoteAddr(request))) {
        id = given;
      }
    }
    if (id == null) {
      id = prefix + Long.toHexString(next.incrementAndGet());
    }
    HttpFields.Mutable headers = response.getHeaders();
    headers.put(HEADER, id);
    request.setAttribute(ATTRIBUTE, id);
    final String requestId = id;
    MDC.put(MDC_KEY, id);
    long started = System.nanoTime();
    // A request neither the router's logger nor FastPages counted (no route matched: Javalin
    // answers 404 without its request logger) is counted when its response completes.
    Callback counted =
        new Callback() {
          @Override
          public void succeeded() {
            count();
            callback.succeeded();
          }

          @Override
          public void failed(Throwable x) {
            count();
            callback.failed(x);
          }

          @Override
          public InvocationType getInvocationType() {
            return callback.getInvocationType();
          }

          private void count() {
            answered.increment();
            if (request.getAttribute(HttpMetrics.COUNTED) != null) {
              return;
            }
            String outer = MDC.get(MDC_KEY);
            MDC.put(MDC_KEY, requestId);
            try {
              metrics.unrouted(
                  request.getMethod(),
                  Request.getPathInContext(request),
                  response.getStatus(),
                  System.nanoTime() - started);
            } finally {
              if (outer == null) {
                MDC.remove(MDC_KEY);
              } else {
                MDC.put(MDC_KEY, outer);
              }
            }
          }
        };
    try {
      return super.handle(request, response, counted);
    } finally {
      MDC.remove(MDC_KEY);
    }
  }
}
