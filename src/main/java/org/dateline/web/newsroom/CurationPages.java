package org.dateline.web.newsroom;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dateline.article.ArticleHeadline;
import org.dateline.article.ArticleId;
import org.dateline.article.ArticleSummary;
import org.dateline.article.Articles;
import org.dateline.article.Listing;
import org.dateline.article.PageRequest;
import org.dateline.curation.Curation;
import org.dateline.edition.Edition;
import org.dateline.web.BadRequest;
import org.dateline.web.newsroom.NewsroomModel.CandidateRow;
import org.dateline.web.newsroom.NewsroomModel.CurationPage;
import org.dateline.web.newsroom.NewsroomModel.PickRow;
import org.dateline.web.site.SiteChrome;

/**
 * Home page curation: the editors' top stories in order, and the latest public stories to pick
 * from.
 */
public final class CurationPages {
  private static final int CANDIDATES = 50;
  private final Curation curation;
  private final Articles articles;
  private final NewsroomChrome chrome;

  public CurationPages(Curation curation, Articles articles, NewsroomChrome chrome) {
    this.curation = curation;
    this.articles = articles;
    this.chrome = chrome;
  }

  /** GET /newsroom/home */
  public void show(Context ctx) {
    List<ArticleId> picks = curation.picks();
    Map<ArticleId, ArticleHeadline> headlines = articles.headlines(picks);
    List<PickRow> rows = new ArrayList<>();
    for (int i = 0; i < picks.size(); i++) {
      ArticleId id = picks.get(i);
      ArticleHeadline h = headlines.get(id);
      boolean shown = h != null && h.isPublic();
      rows.add(
          new PickRow(
              id.value(),
              i + 1,
              h == null ? "Story #" + id.value() : h.headline(),
              shown ? SiteChrome.articleHref(id.value(), h.slug()) : "",
              shown,
              i == 0,
              i == picks.size() - 1));
    }
    Edition edition = chrome.editions().current();
    List<CandidateRow> latest = new ArrayList<>();
    for (ArticleSummary s :
        articles.page(new Listing.All(), PageRequest.newest(CANDIDATES)).items()) {
      latest.add(
          new CandidateRow(
              s.id().value(),
              s.headline(),
              s.sectionName().orElse(""),
              edition.format(s.firstPublishedAt()),
              s.firstPublishedAt().toString(),
              SiteChrome.articleHref(s.id().value(), s.slug()),
              picks.contains(s.id())));
    }
    chrome.send(
        ctx,
        200,
        "newsroom/curation.jte",
        new CurationPage(
            chrome.frame(ctx, "/newsroom/home"),
            rows,
            latest,
            Curation.PLACES,
            picks.size() >= Curation.PLACES));
  }

  /** POST /newsroom/home: action=add|remove|up|down and article=ID, then 303 back to the page. */
  public void change(Context ctx) {
    ArticleId id = new ArticleId(Inputs.formId(ctx, "article"));
    switch (Inputs.text(ctx, "action")) {
      case "add" -> curation.add(id);
      case "remove" -> curation.remove(id);
      case "up" -> curation.moveUp(id);
      case "down" -> curation.moveDown(id);
      default -> throw new BadRequest("Choose add, remove, up or down.");
    }
    ctx.redirect("/newsroom/home", HttpStatus.SEE_OTHER);
  }
}
