package org.dateline;

import org.dateline.search.Search;
import org.dateline.web.Assets;
import org.dateline.web.CacheHeaders;
import org.dateline.web.PageCache;
import org.dateline.web.PublicPages;
import org.dateline.web.Routes;
import org.dateline.web.Views;
import org.dateline.web.api.ApiRoutes;
import org.dateline.web.api.ContentApi;
import org.dateline.web.site.ArticlePages;
import org.dateline.web.site.FeedPages;
import org.dateline.web.site.FeedbackForm;
import org.dateline.web.site.ListPages;
import org.dateline.web.site.MediaFiles;
import org.dateline.web.site.SearchPages;
import org.dateline.web.site.SideLists;
import org.dateline.web.site.SiteChrome;
import org.dateline.web.site.SitemapPages;
import org.dateline.web.site.ViewBeacon;

/**
 * The public site and the content API: the page cache, the templates and static files, every public
 * page's handler. The newsroom shares its templates, static files and article pages.
 */
record SiteSurface(
    PageCache cache,
    Views views,
    Assets assets,
    CacheHeaders caching,
    PublicPages pages,
    SiteChrome site,
    SideLists sideLists,
    ArticlePages articlePages,
    MediaFiles media,
    Routes routes,
    ApiRoutes api) {

  /** Builds the public site over the features and the started search. */
  static SiteSurface build(Features features, Search search, long sitemapPageSize) {
    var config = features.config();
    var store = features.store();
    var clock = features.clock();
    var editions = store.editions();
    var sections = store.sections();
    var articles = store.articles();
    var directory = store.directory();
    // Development mode reads templates and static files from the source folders at every request.
    PageCache cache = config.dev().isPresent() ? PageCache.off() : new PageCache();
    Views views =
        config
            .dev()
            .map(dev -> Views.fromSources(dev.templates(), dev.compiledTemplates()))
            .orElseGet(Views::new);
    Assets assets =
        config.dev().map(dev -> Assets.fromSources(dev.staticFiles())).orElseGet(Assets::packaged);
    CacheHeaders caching =
        new CacheHeaders(config.ops().sharedMaxAge(), config.ops().staleWhileRevalidate());
    PublicPages pages = new PublicPages(cache, views, clock, caching);
    SiteChrome site =
        new SiteChrome(
            editions,
            sections,
            assets,
            config.baseUrl(),
            clock,
            config.agencyDomain(),
            config.agencySince());
    // Latest and most viewed beside stories: snapshots refreshed every two minutes (decision 0045).
    var sideLists = new SideLists(articles, store.readership(), cache);
    sideLists.refresh();
    ArticlePages articlePages = new ArticlePages(articles, site, pages, search, sideLists);
    MediaFiles media = new MediaFiles(config.mediaDir(), articles);
    Routes routes =
        new Routes(
            new ListPages(articles, sections, store.curation(), site, pages, sideLists),
            articlePages,
            new FeedbackForm(store.feedbacks(), articlePages, pages),
            media,
            assets,
            new FeedPages(articles, sections, site, pages),
            new SitemapPages(directory, sections, site, pages, clock, sitemapPageSize),
            new SearchPages(search, site, pages),
            new ViewBeacon(store.readership()));
    search.onApplied(() -> cache.invalidate(java.util.Set.of(SearchPages.CACHE_KEY)));
    ApiRoutes api =
        new ApiRoutes(
            new ContentApi(articles, directory, sections, site, pages), pages, config.baseUrl());
    return new SiteSurface(
        cache, views, assets, caching, pages, site, sideLists, articlePages, media, routes, api);
  }
}
