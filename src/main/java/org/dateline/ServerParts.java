package org.dateline;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.time.Duration;
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

  /** Starts them in that order over the features. */
  static ServerParts start(
      Features features,
      Readiness readiness,
      PrometheusRegistry metrics,
      long sitemapPageSize,
      Duration purgeBackoff) {
    var config = features.config();
    var store = features.store();
    var partners = features.partners();
    var wireParts = features.wire();
    Search search = SearchParts.start(features);
    // A start that fails half way stops what it started: nobody holds these parts to close them.
    @Nullable BackgroundWork background = null;
    try {
      SiteSurface site = SiteSurface.build(features, search, sitemapPageSize);
      var newsroomRoutes = NewsroomSurface.routes(features, site, search);
      background = BackgroundWork.start(features, site, search, readiness, metrics, purgeBackoff);
      var database = store.database();
      ServerMetrics.register(
          metrics, site.cache(), readiness, store.changeLog()::latestSeq, database::poolUse);
      TrustedProxies proxies = new TrustedProxies(config.ops().trustedProxies());
      HttpServer server =
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
      return new ServerParts(search, site, background, server);
    } catch (RuntimeException e) {
      if (background != null) {
        background.stopPolling();
        background.stopPurges();
      }
      search.close();
      throw e;
    }
  }
}
