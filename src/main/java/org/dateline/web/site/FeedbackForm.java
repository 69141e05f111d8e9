package org.dateline.web.site;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import org.dateline.article.Article;
import org.dateline.feedback.Feedbacks;
import org.dateline.feedback.Feedbacks.Result;
import org.dateline.web.NotFound;
import org.dateline.web.PublicPages;

/**
 * Takes the feedback form of an article page. Without JavaScript: POST, then 303 to the page with
 * the thanks shown, or the page again with the message and the reader's text. With it: the same
 * POST asking for JSON, answered inline.
 */
public final class FeedbackForm {
  private final Feedbacks feedbacks;
  private final ArticlePages articlePages;
  private final PublicPages pages;

  public FeedbackForm(Feedbacks feedbacks, ArticlePages articlePages, PublicPages pages) {
    this.feedbacks = feedbacks;
    this.articlePages = articlePages;
    this.pages = pages;
  }

  public void submit(Context ctx) {
    Article article = articlePages.publicArticle(ctx.pathParam("id"));
    Result result =
        feedbacks.submit(
            new Feedbacks.Submission(
                article.id().value(),
                ctx.formParam("message"),
                ctx.formParam("website"),
                org.dateline.web.Client.of(ctx).address()));
    boolean json = org.dateline.web.Requests.wantsJson(ctx);
    Words w = articlePages.words();
    ctx.header("Cache-Control", "no-store");
    if (result instanceof Result.Accepted) {
      if (json) {
        ctx.json(Map.of("ok", true, "message", w.get("feedback.thanks")));
      } else {
        String page = SiteChrome.articleHref(article.id().value(), article.slug());
        ctx.redirect(page + "?feedback=sent#feedback", HttpStatus.SEE_OTHER);
      }
    } else if (result instanceof Result.Rejected r) {
      answer(ctx, article, json, 422, rejection(w, r), r.text());
    } else if (result instanceof Result.Throttled t) {
      ctx.header("Retry-After", Long.toString(t.retryAfterSeconds()));
      answer(
          ctx, article, json, 429, w.format("feedback.too_quick", t.retryAfterSeconds()), t.text());
    } else if (result instanceof Result.NotPublic n) {
      // Withdrawn or embargoed between the page and the post: as if the story were not there.
      throw new NotFound(n.message());
    }
  }

  /** Why the text was refused, in the page's words. */
  private static String rejection(Words w, Result.Rejected r) {
    return switch (r.problem()) {
      case EMPTY -> w.get("feedback.empty");
      case TOO_LONG -> w.format("feedback.too_long", r.length(), Feedbacks.MAX_LENGTH);
    };
  }

  private void answer(
      Context ctx, Article article, boolean json, int status, String message, String text) {
    if (json) {
      ctx.status(status).json(Map.of("ok", false, "error", message));
    } else {
      pages.sendUncached(
          ctx,
          articlePages.render(
              article, status, articlePages.feedbackBox(article, false, message, text)));
    }
  }
}
