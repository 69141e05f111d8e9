package org.dateline.web.newsroom;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.dateline.curation.CurationRefused;
import org.dateline.newsroom.auth.AuthFailed;
import org.dateline.newsroom.workflow.NotAllowed;
import org.dateline.newsroom.workflow.StaleVersion;
import org.dateline.newsroom.workflow.WorkflowRefused;
import org.dateline.section.SectionRefused;
import org.dateline.web.newsroom.NewsroomModel.MessagePage;
import org.dateline.web.newsroom.NewsroomModel.StalePage;
import org.jspecify.annotations.Nullable;

/** Maps the newsroom's exceptions to pages (or JSON for the editor's background requests), once. */
public final class NewsroomErrors {
  private final NewsroomChrome chrome;

  public NewsroomErrors(NewsroomChrome chrome) {
    this.chrome = chrome;
  }

  public void register(RoutesConfig routes) {
    routes.exception(
        SignInRequired.class,
        (e, ctx) -> {
          if (json(ctx) || !ctx.method().name().equals("GET")) {
            message(
                ctx,
                401,
                "Please sign in",
                "Your session has ended. Sign in again; unsaved text is still in your browser tab.");
          } else {
            String next = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
            ctx.redirect(
                "/newsroom/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8),
                HttpStatus.SEE_OTHER);
          }
        });
    routes.exception(
        NotAllowed.class, (e, ctx) -> message(ctx, 403, "Not allowed", e.getMessage()));
    routes.exception(
        org.dateline.newsroom.workflow.StoryNotFound.class,
        (e, ctx) -> message(ctx, 404, "Not found", e.getMessage()));
    routes.exception(
        WorkflowRefused.class, (e, ctx) -> message(ctx, 409, "That did not work", e.getMessage()));
    routes.exception(
        AuthFailed.class,
        (e, ctx) -> {
          if (e.retryAfterSeconds() > 0) {
            ctx.header("Retry-After", Long.toString(e.retryAfterSeconds()));
            message(ctx, 429, "Please wait", e.getMessage());
          } else {
            message(ctx, 422, "That did not work", e.getMessage());
          }
        });
    routes.exception(StaleVersion.class, this::stale);
    routes.exception(
        CurationRefused.class, (e, ctx) -> message(ctx, 409, "That did not work", e.getMessage()));
    routes.exception(
        SectionRefused.class, (e, ctx) -> message(ctx, 422, "That did not work", e.getMessage()));
    routes.exception(
        org.dateline.translation.TranslationRefused.class,
        (e, ctx) -> message(ctx, 409, "That did not work", e.getMessage()));
    routes.exception(
        org.dateline.edition.EditionRefused.class,
        (e, ctx) -> message(ctx, 422, "That did not work", e.getMessage()));
    routes.exception(
        org.dateline.ingest.RuleRefused.class,
        (e, ctx) -> message(ctx, 422, "That did not work", e.getMessage()));
    routes.exception(
        org.dateline.subscriber.SubscriberRefused.class,
        (e, ctx) -> message(ctx, 422, "That did not work", e.getMessage()));
    routes.exception(
        org.dateline.media.PhotoRejected.class,
        (e, ctx) -> message(ctx, 422, "Photo not taken", e.getMessage()));
  }

  private void stale(StaleVersion e, Context ctx) {
    if (json(ctx)) {
      ctx.status(409)
          .json(Map.of("ok", false, "error", e.getMessage(), "version", e.current().version()));
      return;
    }
    var page =
        new StalePage(
            chrome.frame(ctx, "/newsroom/desk"),
            e.current().storyId(),
            String.valueOf(e.getMessage()),
            HistoryPages.fields(e.base().draft(), e.current().draft()),
            DraftForm.of(e.attempted()),
            e.current().version());
    chrome.send(ctx, 409, "newsroom/stale.jte", page);
  }

  private void message(Context ctx, int status, String title, @Nullable String said) {
    String message = said == null ? "" : said; // every refusal of ours has a message
    ctx.attribute(org.dateline.web.Errors.RENDERED, Boolean.TRUE);
    if (json(ctx)) {
      ctx.status(status).json(Map.of("ok", false, "error", message));
      return;
    }
    if (NewsroomAccess.session(ctx).isEmpty()) {
      ctx.status(status).contentType("text/plain; charset=utf-8").result(title + ": " + message);
      return;
    }
    String back = ctx.header("Referer");
    String backHref =
        back != null && back.matches("https?://[^/]+/newsroom[^\"<>]*")
            ? back.replaceFirst("^https?://[^/]+", "")
            : "/newsroom/desk";
    chrome.send(
        ctx,
        status,
        "newsroom/message.jte",
        new MessagePage(chrome.frame(ctx, ""), status, title, message, backHref));
  }

  static boolean json(Context ctx) {
    return org.dateline.web.Requests.wantsJson(ctx);
  }
}
