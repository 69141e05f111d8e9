package org.dateline.web;

import io.javalin.http.Context;
import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import io.prometheus.metrics.core.datapoints.DistributionDataPoint;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Unit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Requests by route and status, and their latency, as Prometheus metrics (decision 0059). The route
 * label is the route's pattern ({@code /article/{id}/{slug}}), never the path, so the number of
 * series stays bounded; a request no route matched is {@code unmatched}, and a cached page answered
 * by {@link FastPages} is {@code page-cache} (counted there with data points bound once, so the hot
 * path only increments). Also writes one access-log line per request handled by the router.
 * Thread-safe.
 */
public final class HttpMetrics {
  /** The request attribute that says a request was counted. */
  static final String COUNTED = "dateline.counted";

  /** The route label of pages answered from the cache in Jetty. */
  public static final String CACHED_ROUTE = "page-cache";

  private static final Logger ACCESS = LoggerFactory.getLogger("org.dateline.access");

  private final Counter requests;
  private final Histogram duration;
  final CounterDataPoint cachedOk;
  final CounterDataPoint cachedNotModified;
  final DistributionDataPoint cachedDuration;

  public HttpMetrics(PrometheusRegistry registry) {
    requests =
        Counter.builder()
            .name("http_requests_total")
            .help("HTTP requests answered, by route pattern and status")
            .labelNames("route", "status")
            .register(registry);
    duration =
        Histogram.builder()
            .name("http_request_duration_seconds")
            .help("Time to answer an HTTP request, by route pattern")
            .unit(Unit.SECONDS)
            .labelNames("route")
            .classicOnly()
            .register(registry);
    cachedOk = requests.labelValues(CACHED_ROUTE, "200");
    cachedNotModified = requests.labelValues(CACHED_ROUTE, "304");
    cachedDuration = duration.labelValues(CACHED_ROUTE);
  }

  /** Counts a request the router handled (Javalin's request logger calls it after each). */
  public void handled(Context ctx, float millis) {
    var endpoint = ctx.endpoints().matchedHttpEndpoint();
    String route = endpoint == null ? "unmatched" : endpoint.path;
    int status = ctx.statusCode();
    ctx.attribute(COUNTED, Boolean.TRUE);
    requests.labelValues(route, Integer.toString(status)).inc();
    duration.labelValues(route).observe(millis / 1000.0);
    if (ACCESS.isInfoEnabled()) {
      ACCESS.info(
          "{} {} {} {}ms client={}",
          ctx.method().name(),
          ctx.path(),
          status,
          Math.round(millis),
          Client.of(ctx).address());
    }
  }

  /** Counts a request no route matched, {@code nanos} after it arrived. */
  void unrouted(String method, String path, int status, long nanos) {
    requests.labelValues("unmatched", Integer.toString(status)).inc();
    duration.labelValues("unmatched").observe(nanos / 1e9);
    if (ACCESS.isInfoEnabled()) {
      String shown = path.length() > 200 ? path.substring(0, 200) + "…" : path;
      ACCESS.info("{} {} {} {}ms (no route)", method, shown, status, nanos / 1_000_000);
    }
  }

  /** Counts a cached page answered in Jetty, {@code nanos} after it arrived. */
  void cached(int status, long nanos) {
    (status == 304 ? cachedNotModified : cachedOk).inc();
    cachedDuration.observe(nanos / 1e9);
  }
}
