package org.dateline.web.newsroom;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.article.ArticleHeadline;
import org.dateline.article.ArticleId;
import org.dateline.article.ArticleSummary;
import org.dateline.article.Articles;
import org.dateline.article.Listing;
import org.dateline.article.PageRequest;
import org.dateline.curation.Curation;
import org.dateline.edition.Edition;
import org.dateline.search.Search;
import org.dateline.search.SearchQuery;
import org.dateline.web.BadRequest;
import org.dateline.web.newsroom.CurationModel.CandidateRow;
import org.dateline.web.newsroom.CurationModel.CurationPage;
import org.dateline.web.newsroom.CurationModel.PickRow;
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
  private final Search search;

  public CurationPages(Curation curation, Articles articles, NewsroomChrome chrome, Search search) {
    this.search = search;
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
              h != null && shown ? SiteChrome.articleHref(id.value(), h.slug()) : "",
              shown,
              i == 0,
              i == picks.size() - 1));
    }
    Edition edition = chrome.editions().current();
    String query = Optional.ofNullable(ctx.queryParam("q")).orElse("").strip();
    String searchNote = "";
    List<ArticleSummary> candidates;
    if (query.isEmpty()) {
      candidates = articles.page(new Listing.All(), PageRequest.newest(CANDIDATES)).items();
    } else if (query.length() > SearchQuery.MAX_LENGTH) {
      candidates = List.of();
      searchNote =
          "Searches are at most " + SearchQuery.MAX_LENGTH + " characters; shorten the words.";
    } else {
      candidates = found(query);
      searchNote =
          candidates.isEmpty()
              ? "No published story matches “" + query + "”."
              : candidates.size() + " published stories match “" + query + "”, best first.";
    }
    List<CandidateRow> latest = new ArrayList<>();
    for (ArticleSummary s : candidates) {
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
            picks.size() >= Curation.PLACES,
            query,
            searchNote));
  }

  /** Published stories matching the words, best first (the public search: public ones only). */
  private List<ArticleSummary> found(String words) {
    SearchQuery q =
        new SearchQuery(
            SearchQuery.Audience.PUBLIC,
            words,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            SearchQuery.Order.RELEVANCE,
            1,
            CANDIDATES);
    List<ArticleId> ids =
        search.find(q).results().hits().stream().map(h -> new ArticleId(h.articleId())).toList();
    return articles.publicSummaries(ids);
  }

  /**
   * POST /newsroom/home: action=add|remove|up|down and article=ID (and the search's q), then 303
   * back to the page, the same search and the row acted on (its anchor keeps the place on the
   * page), with a confirmation.
   */
  public void change(Context ctx) {
    ArticleId id = new ArticleId(Inputs.formId(ctx, "article"));
    String action = Inputs.text(ctx, "action");
    switch (action) {
      case "add" -> curation.add(id);
      case "remove" -> curation.remove(id);
      case "up" -> curation.moveUp(id);
      case "down" -> curation.moveDown(id);
      default -> throw new BadRequest("Choose add, remove, up or down.");
    }
    ArticleHeadline h = articles.headlines(List.of(id)).get(id);
    String headline = "“" + (h == null ? "Story #" + id.value() : h.headline()) + "”";
    int place = curation.picks().indexOf(id) + 1;
    String message =
        switch (action) {
          case "add" -> headline + " added to the home page's top stories, place " + place + ".";
          case "remove" -> headline + " removed from the home page's top stories.";
          default -> headline + " moved to place " + place + ".";
        };
    String q = Inputs.text(ctx, "q");
    String anchor = action.equals("up") || action.equals("down") ? "#pick-" : "#candidate-";
    Flash.redirect(
        ctx,
        "/newsroom/home"
            + (q.isEmpty() ? "" : "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8))
            + anchor
            + id.value(),
        message);
  }
}
