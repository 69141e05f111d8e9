package org.dateline;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.dateline.ops.Readiness;
import org.dateline.search.Search;
import org.dateline.web.EditionHosts;
import org.dateline.web.Errors;
import org.dateline.web.HttpMetrics;
import org.dateline.web.HttpServer;
import org.dateline.web.TrustedProxies;
import org.dateline.web.ops.OpsRoutes;
import org.dateline.web.ops.ServerMetrics;
import org.dateline.web.wire.WireAccess;
import org.dateline.web.wire.WireApi;
import org.dateline.web.wire.WireRoutes;
import org.jspecify.annotations.Nullable;

/**
 * A started server: search, the public site, the newsroom's pages, the background work, then the
 * HTTP server over every surface's route table (the site, the newsroom, the wire, the content API,
 * the push endpoint, operations).
 */
record ServerParts(Search search, SiteSurface site, BackgroundWork background, HttpServer server) {

  /**
   * Starts them in that order over the features. Two things run on a thread of their own meanwhile
   * (decision 0112): the search index opens and catches up, and the JVM's metrics are registered.
   * The server listens as soon as its routes exist; this returns when both are done too, so a
   * caller finds the server as it was before (searchable, every metric there).
   */
  static ServerParts start(
      Features features,
      Readiness readiness,
      PrometheusRegistry metrics,
      long sitemapPageSize,
      Duration purgeBackoff) {
    ExecutorService starter =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "start-up");
              t.setDaemon(true);
              return t;
            });
    try {
      return start(features, readiness, metrics, sitemapPageSize, purgeBackoff, starter);
    } finally {
      starter.shutdown();
    }
  }

  private static ServerParts start(
      Features features,
      Readiness readiness,
      PrometheusRegistry metrics,
      long sitemapPageSize,
      Duration purgeBackoff,
      ExecutorService starter) {
    var config = features.config();
    var store = features.store();
    var partners = features.partners();
    var wireParts = features.wire();
    SearchParts.Started searchStart = SearchParts.start(features, starter);
    Search search = searchStart.search();
    // The JVM's memory, GC and thread metrics (the client's instrumentation reads every MXBean)
    // after the index, off the requests' path; a scrape in the first moments may lack them.
    CompletableFuture<Void> jvmMetrics =
        CompletableFuture.runAsync(() -> ServerMetrics.registerJvm(metrics), starter);
    // A start that fails half way stops what it started: nobody holds these parts to close them.
    @Nullable BackgroundWork background = null;
    @Nullable HttpServer server = null;
    try {
      SiteSurface site = SiteSurface.build(features, search, sitemapPageSize);
      var newsroomRoutes = NewsroomSurface.routes(features, site, search);
      background = BackgroundWork.start(features, site, search, readiness, metrics, purgeBackoff);
      var database = store.database();
      ServerMetrics.register(
          metrics, site.cache(), readiness, store.changeLog()::latestSeq, database::poolUse);
      TrustedProxies proxies = new TrustedProxies(config.ops().trustedProxies());
      server =
          new HttpServer(
                  site.routes(),
                  newsroomRoutes,
                  new WireRoutes(
                      new WireAccess(wireParts.subscribers()), new WireApi(wireParts.wire())),
                  site.api(),
                  new org.dateline.web.ingest.IngestRoutes(
                      new org.dateline.web.ingest.PushApi(partners.incoming())),
                  new Errors(site.site(), site.pages()),
                  site.cache(),
                  new HttpServer.Operations(
                      proxies,
                      new HttpMetrics(metrics),
                      new OpsRoutes(readiness, metrics, config.ops().metricsAllow(), proxies),
                      site.caching(),
                      config.ops().shutdownGrace(),
                      new EditionHosts(store.editions(), proxies, config.baseUrl())))
              .start(config.host(), config.port());
      joined(searchStart.following());
      joined(jvmMetrics);
      return new ServerParts(search, site, background, server);
    } catch (RuntimeException e) {
      if (server != null) {
        server.stop();
      }
      if (background != null) {
        background.stopPolling();
        background.stopPurges();
      }
      search.close();
      throw e;
    }
  }

  /** Waits for {@code work}; its failure is thrown as it was thrown on the other thread. */
  private static void joined(CompletableFuture<Void> work) {
    try {
      work.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }
}
