package org.dateline.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.function.Function;
import org.dateline.storage.StorageBusy;
import org.dateline.web.api.ApiErrors;
import org.dateline.web.site.Model.ErrorPage;
import org.dateline.web.site.SiteChrome;
import org.dateline.web.site.Words;
import org.dateline.web.wire.WireErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Maps exceptions and error statuses to pages in the site's style, once, for every route. */
public final class Errors {
  private static final Logger LOG = LoggerFactory.getLogger(Errors.class);

  /** Set on a request whose error page is already rendered, so the 404 fallback leaves it alone. */
  public static final String RENDERED = "dateline.error-page";

  /** Retry-After of a write refused because the store was busy. */
  static final int BUSY_RETRY_SECONDS = 5;

  private final SiteChrome site;
  private final PublicPages pages;

  public Errors(SiteChrome site, PublicPages pages) {
    this.site = site;
    this.pages = pages;
  }

  public void register(RoutesConfig routes) {
    routes.exception(
        NotFound.class,
        (e, ctx) ->
            page(ctx, 404, w -> w.get("error.not_found"), w -> w.get("error.not_found_text")));
    routes.exception(
        Gone.class, (e, ctx) -> page(ctx, 410, w -> w.get("error.gone"), w -> e.getMessage()));
    routes.exception(
        BadRequest.class,
        (e, ctx) -> page(ctx, 400, w -> w.get("error.bad_request"), w -> e.getMessage()));
    routes.exception(
        PayloadTooLarge.class,
        (e, ctx) -> page(ctx, 413, w -> w.get("error.too_large"), w -> e.getMessage()));
    routes.exception(
        UnsupportedMediaType.class,
        (e, ctx) -> page(ctx, 415, w -> w.get("error.unsupported"), w -> e.getMessage()));
    routes.exception(
        Forbidden.class,
        (e, ctx) -> page(ctx, 403, w -> w.get("error.forbidden"), w -> e.getMessage()));
    routes.exception(StorageBusy.class, this::busy);
    routes.exception(
        Exception.class,
        (e, ctx) -> {
          // A database that is away for a moment (a restart, a lost connection) or busy (a lock
          // wait that ran out) is a refusal to try again, not a failure of ours.
          java.util.Optional<StorageBusy> busy = StorageBusy.of(e);
          if (busy.isPresent()) {
            busy(busy.get(), ctx);
            return;
          }
          LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
          page(ctx, 500, w -> w.get("error.failed"), w -> w.get("error.failed_text"));
        });
    routes.error(
        404,
        "*",
        ctx -> {
          if (ctx.attribute(RENDERED) == null) {
            page(ctx, 404, w -> w.get("error.not_found"), w -> w.get("error.not_found_text"));
          }
        });
  }

  /** Nothing was written: a refusal to try again, as JSON for the editor's background saves. */
  private void busy(StorageBusy e, Context ctx) {
    LOG.warn("request {} {} refused: {}", ctx.method(), ctx.path(), e.getMessage());
    Function<Words, String> text =
        w -> w.get(e.unreachable() ? "error.unreachable_text" : "error.busy_text");
    ctx.header("Retry-After", Integer.toString(BUSY_RETRY_SECONDS));
    if (WireErrors.isWire(ctx)) {
      WireErrors.send(ctx, 503, "busy", text.apply(site.words("en")));
      return;
    }
    if (ApiErrors.handles(ctx)) {
      ctx.attribute(RENDERED, true);
      ApiErrors.send(ctx, 503, text.apply(site.words("en")));
      return;
    }
    if (Requests.wantsJson(ctx)) {
      ctx.status(503).json(Map.of("ok", false, "error", text.apply(site.words())));
      return;
    }
    page(ctx, 503, w -> w.get("error.busy"), text);
  }

  /**
   * The error page, or the error as JSON. The site's pages and scripts get it in the edition's
   * words; the wire and the content API, which answer machines, in English (decision 0069).
   */
  private void page(
      Context ctx, int status, Function<Words, String> title, Function<Words, String> message) {
    boolean machines = WireErrors.isWire(ctx) || ApiErrors.handles(ctx);
    Words w = machines ? site.words("en") : site.words();
    page(ctx, status, title.apply(w), message.apply(w));
  }

  private void page(Context ctx, int status, String title, String message) {
    ctx.attribute(RENDERED, Boolean.TRUE);
    if (WireErrors.isWire(ctx)) {
      // The wire answers machines: its one JSON shape for every failure.
      WireErrors.send(ctx, status, WireErrors.codeFor(status), title + ": " + message);
      return;
    }
    if (ApiErrors.handles(ctx)) {
      ApiErrors.send(ctx, status, message);
      return;
    }
    if (Requests.wantsJson(ctx)) {
      // The site's and the editor's scripts ask for JSON and show the message in place.
      ctx.header("Cache-Control", "no-store");
      ctx.status(status).json(Map.of("ok", false, "error", message));
      return;
    }
    var model =
        new ErrorPage(
            site.chrome(""),
            site.meta(title, message, ctx.path().replaceAll("[^A-Za-z0-9/_.-]", ""), "website", ""),
            status,
            title,
            message);
    pages.sendUncached(ctx, pages.html(status, "error/error.jte", model));
  }
}
