package org.dateline.web;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;

/**
 * The HTTP server (Javalin on Jetty 12): the public site's and the newsroom's route tables, and
 * error pages.
 */
public final class HttpServer {
  private final Javalin app;

  public HttpServer(
      Routes routes,
      org.dateline.web.newsroom.NewsroomRoutes newsroom,
      Errors errors,
      PageCache cache) {
    this.app =
        Javalin.create(
            cfg -> {
              cfg.startup.showJavalinBanner = false;
              // Cached public pages are answered in Jetty, before the servlet layer (see
              // FastPages).
              cfg.jetty.modifyServer(server -> server.setHandler(new FastPages(cache)));
              // Pages are compressed once when cached (see CachedPage), not on every request.
              cfg.http.compressionStrategy = CompressionStrategy.NONE;
              cfg.http.generateEtags = false;
              // Photo uploads need room; every other request is held to 64 KB by Routes.
              cfg.http.maxRequestSize = 16L * 1024 * 1024;
              cfg.jetty.multipartConfig.maxFileSize(16, io.javalin.config.SizeUnit.MB);
              cfg.jetty.multipartConfig.maxTotalRequestSize(16, io.javalin.config.SizeUnit.MB);
              cfg.jetty.multipartConfig.maxInMemoryFileSize(1, io.javalin.config.SizeUnit.MB);
              cfg.router.ignoreTrailingSlashes = true;
              cfg.jetty.modifyServer(server -> server.setErrorHandler(new MalformedRequests()));
              routes.register(cfg.routes);
              newsroom.register(cfg.routes);
              errors.register(cfg.routes);
            });
  }

  public HttpServer start(String host, int port) {
    app.start(host, port);
    return this;
  }

  public int port() {
    return app.port();
  }

  public void stop() {
    app.stop();
  }
}
