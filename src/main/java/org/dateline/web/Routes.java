package org.dateline.web;

import io.javalin.config.RoutesConfig;
import org.dateline.web.site.ArticlePages;
import org.dateline.web.site.FeedPages;
import org.dateline.web.site.FeedbackForm;
import org.dateline.web.site.ListPages;
import org.dateline.web.site.MediaFiles;
import org.dateline.web.site.SearchPages;
import org.dateline.web.site.SitemapPages;
import org.dateline.web.site.ViewBeacon;

/** The public site's route table: path, handler, guard. */
public final class Routes {
  private final ListPages lists;
  private final ArticlePages articles;
  private final FeedbackForm feedback;
  private final MediaFiles media;
  private final Assets assets;
  private final FeedPages feeds;
  private final SitemapPages sitemaps;
  private final SearchPages search;
  private final ViewBeacon views;

  public Routes(
      ListPages lists,
      ArticlePages articles,
      FeedbackForm feedback,
      MediaFiles media,
      Assets assets,
      FeedPages feeds,
      SitemapPages sitemaps,
      SearchPages search,
      ViewBeacon views) {
    this.search = search;
    this.views = views;
    this.lists = lists;
    this.articles = articles;
    this.feedback = feedback;
    this.media = media;
    this.assets = assets;
    this.feeds = feeds;
    this.sitemaps = sitemaps;
  }

  /** A readable page answers GET and HEAD (the server sends HEAD without the body). */
  private static void page(RoutesConfig r, String path, io.javalin.http.Handler handler) {
    r.get(path, handler);
    r.head(path, handler);
  }

  public void register(RoutesConfig r) {
    r.before(SecurityHeaders::apply);
    // Every body is a form of at most RequestBodies.FORM_LIMIT unless a route says otherwise;
    // RequestBodies.read checks it after both route tables' guards (see HttpServer).
    page(r, "/", lists::home);
    page(r, "/news", lists::allNews);
    page(r, "/section/{slug}", lists::section);
    page(r, "/author/{slug}", lists::author);
    page(r, "/tag/{slug}", lists::tag);
    // Feeds: /feed.rss, /feed.atom, /feed.json and the same under a section, topic or author.
    page(r, "/feed.{format}", feeds::site);
    page(r, "/section/{slug}/feed.{format}", feeds::section);
    page(r, "/tag/{slug}/feed.{format}", feeds::tag);
    page(r, "/author/{slug}/feed.{format}", feeds::author);
    page(r, "/sitemap.xml", sitemaps::index);
    page(r, "/sitemaps/{name}", sitemaps::sitemap);
    page(r, "/article/{id}", articles::redirect);
    page(r, "/article/{id}/{slug}", articles::view);
    // Guard first: a cross-site POST is refused before anything is read or stored.
    r.before(
        "/article/{id}/feedback",
        ctx -> {
          if (ctx.method().name().equals("POST")) {
            Guards.sameOrigin(ctx);
          }
        });
    r.post("/article/{id}/feedback", feedback::submit);
    // A view of a story, reported by the page's script (cached pages stay the same for everyone);
    // only this site's pages report views.
    r.before(
        "/v/{id}",
        ctx -> {
          if (ctx.method().name().equals("POST")) {
            Guards.sameOrigin(ctx);
          }
        });
    r.post("/v/{id}", views::count);
    page(r, "/media/{name}", media::serve);
    page(r, "/archive/{year}/{month}/{day}", lists::archiveDay);
    page(r, "/archive/{year}/{month}", lists::archiveMonth);
    page(r, "/search", search::page);
    r.get("/search/suggest", search::suggest);
    r.get(
        "/static/<path>",
        ctx -> {
          CachedPage asset = assets.at(ctx.path());
          if (asset == null) {
            throw new NotFound("no such file");
          }
          Responses.send(ctx, asset, assets.cacheControl());
        });
    r.get("/robots.txt", sitemaps::robots);
    r.get("/favicon.ico", ctx -> ctx.redirect(assets.url("img/favicon.svg")));
  }

  /**
   * The pages of the other language editions under their prefix, {@code /ko/news} (decision 0068):
   * the same handlers, which read the edition from {@code {edition}}. Registered after every other
   * route table, since {@code /{edition}} would otherwise match {@code /newsroom}; an unknown
   * prefix is 404, the default edition's own prefix redirects to the path without it.
   */
  public void registerEditions(RoutesConfig r) {
    page(r, "/{edition}", lists::home);
    page(r, "/{edition}/news", lists::allNews);
    page(r, "/{edition}/section/{slug}", lists::section);
    page(r, "/{edition}/author/{slug}", lists::author);
    page(r, "/{edition}/tag/{slug}", lists::tag);
    page(r, "/{edition}/feed.{format}", feeds::site);
    page(r, "/{edition}/section/{slug}/feed.{format}", feeds::section);
    page(r, "/{edition}/tag/{slug}/feed.{format}", feeds::tag);
    page(r, "/{edition}/author/{slug}/feed.{format}", feeds::author);
    page(r, "/{edition}/article/{id}", articles::redirect);
    page(r, "/{edition}/article/{id}/{slug}", articles::view);
    page(r, "/{edition}/archive/{year}/{month}/{day}", lists::archiveDay);
    page(r, "/{edition}/archive/{year}/{month}", lists::archiveMonth);
    page(r, "/{edition}/search", search::page);
  }
}
