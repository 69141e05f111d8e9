package org.dateline.web;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.SizeUnit;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.dateline.web.newsroom.PhotoUpload;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.jspecify.annotations.Nullable;

/**
 * The HTTP server (Javalin on Jetty 12): the public site's and the newsroom's route tables, and
 * error pages.
 */
public final class HttpServer {
  /** The most fields (or multipart parts) a form may have. */
  static final int MAX_FORM_KEYS = 200;

  private final Javalin app;
  private final Duration grace;
  private final GracefulHandler inFlight = new GracefulHandler();
  private org.eclipse.jetty.server.@Nullable Server jetty;
  private volatile @Nullable RequestIds ids;

  public HttpServer(
      Routes routes,
      org.dateline.web.newsroom.NewsroomRoutes newsroom,
      org.dateline.web.wire.WireRoutes wire,
      org.dateline.web.api.ApiRoutes api,
      org.dateline.web.ingest.IngestRoutes ingest,
      Errors errors,
      PageCache cache,
      Operations ops) {
    this.grace = ops.shutdownGrace();
    this.app =
        Javalin.create(
            cfg -> {
              cfg.startup.showJavalinBanner = false;
              // Threads come when requests do and go after a minute idle: an idle server keeps
              // two (decision 0090); the ceiling is Javalin's default.
              cfg.jetty.threadPool = new QueuedThreadPool(250, 2, 60_000);
              // A stop lets the requests in flight finish (GracefulHandler), for at most the grace
              // period. Every request gets an id (RequestIds), then its body is counted while it
              // is read (BodyLimits); cached public pages are then answered in Jetty, before the
              // servlet layer (see FastPages), after an edition's own host is resolved to its
              // prefixed paths (EditionHosts).
              cfg.jetty.modifyServer(
                  server -> {
                    jetty = server;
                    ids =
                        new RequestIds(
                            ops.proxies(),
                            ops.metrics(),
                            new BodyLimits(
                                ops.hosts()
                                    .wrap(new FastPages(cache, ops.metrics(), ops.caching()))));
                    inFlight.setHandler(ids);
                    server.setHandler(inFlight);
                  });
              cfg.requestLogger.http(ops.metrics()::handled);
              // Pages are compressed once when cached (see CachedPage), not on every request.
              cfg.http.compressionStrategy = CompressionStrategy.NONE;
              cfg.http.generateEtags = false;
              // The limits per route are enforced by BodyLimits on the bytes read; these are the
              // frameworks' own ceilings, set to the largest route's (the photo upload's), so that
              // BodyLimits speaks first (413) and PhotoUpload judges the file's own size (422).
              cfg.http.maxRequestSize = PhotoUpload.MAX_REQUEST_BYTES;
              cfg.jetty.multipartConfig.maxFileSize(PhotoUpload.MAX_REQUEST_BYTES, SizeUnit.BYTES);
              cfg.jetty.multipartConfig.maxTotalRequestSize(
                  PhotoUpload.MAX_REQUEST_BYTES, SizeUnit.BYTES);
              cfg.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
              cfg.jetty.modifyServletContextHandler(
                  handler -> {
                    // A multipart form's text fields count as a form; few fields are ever needed.
                    handler.setMaxFormContentSize((int) RequestBodies.FORM_LIMIT);
                    handler.setMaxFormKeys(MAX_FORM_KEYS);
                  });
              cfg.router.ignoreTrailingSlashes = true;
              cfg.jetty.modifyServer(server -> server.setErrorHandler(new MalformedRequests()));
              // Before every route: who the client is, by the trusted-proxy rule (Client).
              cfg.routes.before(
                  ctx ->
                      ctx.attribute(
                          Client.ATTRIBUTE,
                          ops.proxies()
                              .resolve(
                                  ctx.req().getRemoteAddr(),
                                  ctx.scheme(),
                                  ctx.host(),
                                  name -> Collections.list(ctx.req().getHeaders(name)))));
              ops.routes().register(cfg.routes);
              routes.register(cfg.routes);
              newsroom.register(cfg.routes);
              wire.register(cfg.routes);
              api.register(cfg.routes);
              ingest.register(cfg.routes);
              routes.registerEditions(cfg.routes); // last: /{edition} matches any first segment
              // After both route tables' before handlers (their guards and body limits): every
              // POST body is checked and read here, before its handler.
              cfg.routes.before(RequestBodies::read);
              cfg.routes.after(RequestBodies::swallowRest);
              errors.register(cfg.routes);
            });
  }

  /**
   * What the operations settings give the server: the proxies to trust, the request metrics, the
   * operations routes, how long a stop waits for requests in flight, and the editions' own hosts.
   */
  public record Operations(
      TrustedProxies proxies,
      HttpMetrics metrics,
      org.dateline.web.ops.OpsRoutes routes,
      CacheHeaders caching,
      Duration shutdownGrace,
      EditionHosts hosts) {}

  /** One route of the route tables as the server holds it: method, path, and its guard's name. */
  public record Route(String method, String path, String guard) {}

  /**
   * Every route of both route tables, as registered (not before/after handlers): the guard is the
   * name of its {@link Guarded} handler, or {@code public}. Tests compare it with what they expect.
   */
  public List<Route> routes() {
    return app.unsafe.internalRouter.allHttpHandlers().stream()
        .map(parsed -> parsed.endpoint)
        .filter(e -> e.method.isHttpMethod())
        .map(
            e ->
                new Route(
                    e.method.name(), e.path, e.handler instanceof Guarded g ? g.guard() : "public"))
        .toList();
  }

  /**
   * Initialises the classes a server's start needs that do work of their own when first used
   * (Jetty's {@code MimeTypes} lists every locale of the JDK): a start calls it on a thread of its
   * own while the store opens (decision 0112), so the server's start finds them ready.
   */
  public static void prepare() {
    try {
      Class.forName(
          org.eclipse.jetty.http.MimeTypes.class.getName(),
          true,
          HttpServer.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
    var unused = Javalin.create(cfg -> cfg.startup.showJavalinBanner = false);
  }

  public HttpServer start(String host, int port) {
    app.start(host, port);
    return this;
  }

  public int port() {
    return app.port();
  }

  /**
   * How many requests arrived plus how many were answered since the start, of every kind: what the
   * idle collection watches (decision 0118).
   */
  public long requestEvents() {
    RequestIds counted = ids;
    return counted == null ? 0 : counted.events();
  }

  /** How many requests arrived and are not answered yet: what the idle collection also reads. */
  public long requestsInFlight() {
    RequestIds counted = ids;
    return counted == null ? 0 : counted.inFlight();
  }

  /**
   * Stops gracefully: no new connections are accepted, the requests in flight may finish (at most
   * the grace period; a client that sends nothing for a second is cut, as Jetty does), then the
   * server stops. Idle keep-alive connections do not hold the stop up.
   */
  public void stop() {
    if (jetty != null && jetty.isStarted()) {
      for (var connector : jetty.getConnectors()) {
        var unused = connector.shutdown(); // stop accepting; connections in use stay open
      }
      try {
        inFlight.shutdown().get(grace.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
      } catch (java.util.concurrent.TimeoutException e) {
        org.slf4j.LoggerFactory.getLogger(HttpServer.class)
            .warn("shutdown: requests still in flight after {} are cut", grace);
      } catch (java.util.concurrent.ExecutionException e) {
        org.slf4j.LoggerFactory.getLogger(HttpServer.class).warn("shutdown: waiting failed", e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    app.stop();
  }
}
