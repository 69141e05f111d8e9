package org.dateline.web.site;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.dateline.article.Article;
import org.dateline.article.ArticleId;
import org.dateline.article.ArticleState;
import org.dateline.article.Articles;
import org.dateline.feedback.Feedbacks;
import org.dateline.search.Search;
import org.dateline.web.CachedPage;
import org.dateline.web.Gone;
import org.dateline.web.NotFound;
import org.dateline.web.PublicPages;
import org.dateline.web.site.Model.FeedbackBox;

/** The article page: {@code /article/{id}/{slug}}; the slug is cosmetic and corrected by 301. */
public final class ArticlePages {
  private final Articles articles;
  private final SiteChrome site;
  private final PublicPages pages;
  private final ArticlePageAssembly assembly;

  public ArticlePages(
      Articles articles, SiteChrome site, PublicPages pages, Search search, SideLists side) {
    this.articles = articles;
    this.site = site;
    this.pages = pages;
    this.assembly = new ArticlePageAssembly(articles, site, pages, search, side);
  }

  public void view(Context ctx) {
    boolean thanks = "sent".equals(ctx.queryParam("feedback"));
    String key = ctx.path() + (thanks ? "?feedback=sent" : "");
    // A cached page is the canonical URL of a public story as of the latest change: send it
    // without touching the database (a kill or an update drops it from the cache).
    if (pages.sendCached(ctx, key)) {
      return;
    }
    long mark = pages.mark(); // before the story is read: a change meanwhile is not hidden
    if (EditionRequests.of(ctx, site).isEmpty()) {
      return; // under the default edition's prefix: redirected to the address without it
    }
    Article article = publicArticle(ctx.pathParam("id"));
    // The story's own edition decides its address: asked for under another edition's prefix (or
    // none), it answers 301 to where it lives (decision 0068).
    String canonical = canonical(article);
    if (!ctx.path().equals(canonical)) {
      ctx.redirect(canonical, HttpStatus.MOVED_PERMANENTLY);
      return;
    }
    pages.serve(ctx, key, mark, () -> render(article, 200, feedbackBox(article, thanks, "", "")));
  }

  /** {@code /article/{id}}: the canonical URL is one redirect away. */
  public void redirect(Context ctx) {
    Article article = publicArticle(ctx.pathParam("id"));
    ctx.redirect(canonical(article), HttpStatus.MOVED_PERMANENTLY);
  }

  private String canonical(Article article) {
    return assembly.canonical(article);
  }

  /**
   * The public story with this id (as a path segment); 404 when unknown or never public (embargoed,
   * or killed under embargo), 410 when killed after readers had it.
   */
  Article publicArticle(String idText) {
    Article article =
        org.dateline.shared.Ids.parse(idText)
            .flatMap(id -> articles.find(new ArticleId(id)))
            .orElseThrow(() -> new NotFound("no such story"));
    if (!article.wasEverPublic()) {
      throw new NotFound("no such story");
    }
    if (article.state() == ArticleState.KILLED) {
      Words w = site.words(site.edition(article.edition()).language());
      throw new Gone(
          w.get("article.withdrawn")
              + articles
                  .killNote(article)
                  .map(note -> w.format("article.editor_note", note))
                  .orElse(""));
    }
    return article;
  }

  /** The interface words of the site's pages. */
  Words words() {
    return site.words();
  }

  FeedbackBox feedbackBox(Article article, boolean thanks, String error, String text) {
    return new FeedbackBox(
        org.dateline.article.ArticlePaths.feedback(article.id().value()),
        thanks || !error.isEmpty(),
        thanks,
        error,
        text,
        Feedbacks.MAX_LENGTH);
  }

  /**
   * The page a draft will make, for the newsroom's preview: the same template as the public page,
   * but under no public address (no canonical link, no sharing tags, no related stories), kept out
   * of search engines, with an inert feedback box, so nothing on it points or posts to a live story
   * (a draft has no public id yet; a published story's id belongs to the version readers have).
   */
  public byte[] preview(
      java.util.Optional<Long> articleId, org.dateline.article.ArticleContent draftContent) {
    Article article = articles.preview(articleId.map(ArticleId::new), draftContent);
    return assembly.render(article, 200, new FeedbackBox("", false, false, "", "", 0), true).body();
  }

  CachedPage render(Article article, int status, FeedbackBox feedback) {
    return assembly.render(article, status, feedback, false);
  }
}
