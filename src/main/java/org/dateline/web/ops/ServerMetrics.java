package org.dateline.web.ops;

import io.prometheus.metrics.core.metrics.CounterWithCallback;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.instrumentation.jvm.JvmMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.dateline.ops.Readiness;
import org.dateline.storage.Database;
import org.dateline.web.PageCache;

/**
 * The server's metrics that are read when scraped, not counted per request: the page cache's hits
 * and misses (the hit ratio is hits / (hits + misses)), each change-log follower's lag behind the
 * log's head, the database pool's use, and the JVM's memory, GC and threads (the client's own JVM
 * instrumentation).
 */
public final class ServerMetrics {
  private ServerMetrics() {}

  /**
   * The JVM's memory, GC, thread and class metrics (the client's own instrumentation). Apart from
   * {@link #register}: it reads every management bean, so a start does it on a thread of its own
   * (decision 0112).
   */
  public static void registerJvm(PrometheusRegistry registry) {
    JvmMetrics.builder().register(registry);
  }

  public static void register(
      PrometheusRegistry registry,
      PageCache cache,
      Readiness readiness,
      LongSupplier head,
      Supplier<Database.PoolUse> pool) {
    CounterWithCallback.builder()
        .name("dateline_page_cache_hits_total")
        .help("Public pages answered from the page cache")
        .callback(cb -> cb.call(cache.hits()))
        .register(registry);
    CounterWithCallback.builder()
        .name("dateline_page_cache_misses_total")
        .help("Public pages rendered because they were not cached")
        .callback(cb -> cb.call(cache.misses()))
        .register(registry);
    GaugeWithCallback.builder()
        .name("dateline_page_cache_hit_ratio")
        .help("Share of public page looks answered from the cache since start")
        .callback(
            cb -> {
              double hits = cache.hits();
              double all = hits + cache.misses();
              cb.call(all == 0 ? 0 : hits / all);
            })
        .register(registry);
    GaugeWithCallback.builder()
        .name("dateline_changelog_lag")
        .help("Change-log entries a follower has not applied yet")
        .labelNames("follower")
        .callback(
            cb -> {
              long latest = head.getAsLong();
              for (Readiness.Follower f : readiness.followers()) {
                cb.call(Math.max(0, latest - f.position().getAsLong()), f.name());
              }
            })
        .register(registry);
    GaugeWithCallback.builder()
        .name("dateline_db_pool_connections")
        .help("Database pool connections by state (active, idle, max, waiting threads)")
        .labelNames("state")
        .callback(
            cb -> {
              Database.PoolUse use = pool.get();
              cb.call(use.active(), "active");
              cb.call(use.idle(), "idle");
              cb.call(use.max(), "max");
              cb.call(use.waiting(), "waiting");
            })
        .register(registry);
  }
}
