package org.dateline.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import org.dateline.storage.StorageBusy;
import org.dateline.web.api.ApiErrors;
import org.dateline.web.site.Model.ErrorPage;
import org.dateline.web.site.SiteChrome;
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
            page(
                ctx,
                404,
                "Page not found",
                "We could not find that page. It may have moved, or the address may be mistyped."));
    routes.exception(Gone.class, (e, ctx) -> page(ctx, 410, "Story withdrawn", e.getMessage()));
    routes.exception(BadRequest.class, (e, ctx) -> page(ctx, 400, "Bad request", e.getMessage()));
    routes.exception(
        PayloadTooLarge.class, (e, ctx) -> page(ctx, 413, "Too much to send", e.getMessage()));
    routes.exception(
        UnsupportedMediaType.class,
        (e, ctx) -> page(ctx, 415, "Cannot read this request", e.getMessage()));
    routes.exception(Forbidden.class, (e, ctx) -> page(ctx, 403, "Not allowed", e.getMessage()));
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
          page(
              ctx,
              500,
              "Something went wrong",
              "Sorry, this page could not be shown. Please try again in a moment.");
        });
    routes.error(
        404,
        "*",
        ctx -> {
          if (ctx.attribute(RENDERED) == null) {
            page(
                ctx,
                404,
                "Page not found",
                "We could not find that page. It may have moved, or the address may be mistyped.");
          }
        });
  }

  /** Nothing was written: a refusal to try again, as JSON for the editor's background saves. */
  private void busy(StorageBusy e, Context ctx) {
    LOG.warn("request {} {} refused: {}", ctx.method(), ctx.path(), e.getMessage());
    String message =
        e.unreachable()
            ? "The database cannot be reached at this moment, so nothing was saved. Please try"
                + " again in a few seconds."
            : "Too many changes are being saved at this moment, so nothing was saved. Please try"
                + " again in a few seconds.";
    ctx.header("Retry-After", Integer.toString(BUSY_RETRY_SECONDS));
    if (WireErrors.isWire(ctx)) {
      WireErrors.send(ctx, 503, "busy", message);
      return;
    }
    if (ApiErrors.handles(ctx)) {
      ctx.attribute(RENDERED, true);
      ApiErrors.send(ctx, 503, message);
      return;
    }
    if (Requests.wantsJson(ctx)) {
      ctx.status(503).json(Map.of("ok", false, "error", message));
      return;
    }
    page(ctx, 503, "Busy, please try again", message);
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
