package org.dateline.web.site;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.dateline.article.Article;
import org.dateline.article.ArticleSummary;
import org.dateline.article.Articles;
import org.dateline.article.CacheKeys;
import org.dateline.article.Listing;
import org.dateline.article.PageRequest;
import org.dateline.distribution.WireItem;
import org.dateline.distribution.feeds.AtomWriter;
import org.dateline.distribution.feeds.FeedChannel;
import org.dateline.distribution.feeds.FeedContent;
import org.dateline.distribution.feeds.JsonFeedWriter;
import org.dateline.distribution.feeds.RssWriter;
import org.dateline.edition.Edition;
import org.dateline.section.Sections;
import org.dateline.web.CachedPage;
import org.dateline.web.NotFound;
import org.dateline.web.PublicPages;
import org.dateline.web.site.Model.Alternate;

/**
 * The public feeds (decision 0027): {@code /feed.EXT} for the whole site and {@code
 * /section/SLUG/feed.EXT}, {@code /tag/SLUG/feed.EXT}, {@code /author/SLUG/feed.EXT}, with EXT one
 * of {@code rss}, {@code atom}, {@code json}. Each is a cached public page that depends on its list
 * and every story it shows, so a publish, update or kill drops it and the next request renders it
 * anew.
 */
public final class FeedPages {
  /** How many of the newest stories a feed carries. */
  static final int FEED_SIZE = 20;

  private final Articles articles;
  private final Sections sections;
  private final SiteChrome site;
  private final PublicPages pages;
  private final RssWriter rss = new RssWriter();
  private final AtomWriter atom = new AtomWriter();
  private final JsonFeedWriter json = new JsonFeedWriter();

  public FeedPages(Articles articles, Sections sections, SiteChrome site, PublicPages pages) {
    this.articles = articles;
    this.sections = sections;
    this.site = site;
    this.pages = pages;
  }

  /** What a feed mirrors: its list, its title, and the page it belongs to. */
  private record Spec(
      Edition edition, Listing listing, String title, String description, String pagePath) {}

  /** The feed of an edition's All News: {@code /feed.rss}, {@code /ko/feed.rss}. */
  public void site(Context ctx) {
    serve(
        ctx,
        e -> {
          String name = e.siteName();
          return new Spec(
              e,
              new Listing.InEdition(e.code(), new Listing.All()),
              name,
              site.words(e.language()).format("feeds.description", name),
              e.home());
        });
  }

  public void section(Context ctx) {
    String slug = ctx.pathParam("slug");
    serve(
        ctx,
        e -> {
          var section =
              sections
                  .bySlug(slug)
                  .filter(s -> sections.editionOf(s.id()).orElse("").equals(e.code()))
                  .orElseThrow(() -> new NotFound("no such section"));
          return new Spec(
              e,
              new Listing.InSection(section.id()),
              section.name(),
              site.words(e.language()).format("lists.section_intro", section.name()),
              e.root() + SiteChrome.sectionHref(section.slug()));
        });
  }

  public void tag(Context ctx) {
    String slug = ctx.pathParam("slug");
    serve(
        ctx,
        e -> {
          var tag = articles.tag(slug).orElseThrow(() -> new NotFound("no such topic"));
          return new Spec(
              e,
              new Listing.InEdition(e.code(), new Listing.ByTag(tag.id())),
              tag.name(),
              site.words(e.language()).format("lists.tag_intro", tag.name()),
              e.root() + SiteChrome.tagHref(tag.slug()));
        });
  }

  public void author(Context ctx) {
    String slug = ctx.pathParam("slug");
    serve(
        ctx,
        e -> {
          var author = articles.author(slug).orElseThrow(() -> new NotFound("no such author"));
          return new Spec(
              e,
              new Listing.InEdition(e.code(), new Listing.ByAuthor(author.id())),
              author.name(),
              site.words(e.language()).format("lists.author_intro", author.name()),
              e.root() + SiteChrome.authorHref(author.slug()));
        });
  }

  /**
   * The feeds of the list page at {@code pagePath} ({@code /} and {@code /news} share the site's),
   * as {@code <link rel="alternate">} entries, RSS first: each at the address readers use ({@link
   * SiteChrome#address}), so absolute at an edition's own host, where its prefixed path would
   * answer a redirect (decision 0116).
   */
  public static List<Alternate> alternates(SiteChrome site, String pagePath, String title) {
    // An edition's home (/ko/) and All News (/ko/news) share its feed (/ko/feed.rss).
    String base =
        pagePath.endsWith("/")
            ? pagePath.substring(0, pagePath.length() - 1)
            : pagePath.matches("(/[a-z][a-z0-9-]*)?/news")
                ? pagePath.replaceAll("/news$", "")
                : pagePath;
    return List.of(FeedFormat.values()).stream()
        .map(
            f ->
                new Alternate(
                    f.mediaType(), title + " (" + f.label() + ")", site.address(feedPath(base, f))))
        .toList();
  }

  private static String feedPath(String base, FeedFormat format) {
    return base + "/feed." + format.extension();
  }

  private void serve(Context ctx, Function<Edition, Spec> spec) {
    FeedFormat format =
        FeedFormat.of(ctx.pathParam("format")).orElseThrow(() -> new NotFound("no such feed"));
    String key = ctx.path();
    if (pages.sendCached(ctx, key)) {
      return;
    }
    long mark = pages.mark(); // before anything is read: a change meanwhile is not hidden
    Optional<Edition> edition = EditionRequests.of(ctx, site);
    if (edition.isEmpty()) {
      return;
    }
    Spec resolved = spec.apply(edition.get());
    pages.serve(ctx, key, mark, () -> render(format, resolved));
  }

  private CachedPage render(FeedFormat format, Spec spec) {
    List<ArticleSummary> newest =
        articles.page(spec.listing(), PageRequest.newest(FEED_SIZE)).items();
    List<WireItem> items =
        newest.stream()
            .map(s -> articles.find(s.id()))
            .flatMap(Optional::stream)
            .filter(Article::isPublic)
            .map(site::wireItem)
            .flatMap(Optional::stream)
            .toList();
    Edition edition = spec.edition();
    String base =
        spec.pagePath().endsWith("/")
            ? spec.pagePath().substring(0, spec.pagePath().length() - 1)
            : spec.pagePath();
    String feedUrl = site.absolute(feedPath(base, format));
    var channel =
        new FeedChannel(
            feedUrl,
            spec.title(),
            spec.description(),
            site.absolute(spec.pagePath()),
            feedUrl,
            edition.language(),
            edition.siteName());
    FeedContent content =
        edition.feedText() == Edition.FeedText.FULL ? FeedContent.FULL_TEXT : FeedContent.SUMMARY;
    String text =
        switch (format) {
          case RSS -> rss.write(channel, items, content);
          case ATOM -> atom.write(channel, items, content);
          case JSON -> json.write(channel, items, content);
        };
    return pages
        .document(200, format.mediaType() + "; charset=utf-8", text)
        .withKeys(
            CacheKeys.ofPage(
                edition.isDefault()
                        && spec.listing() instanceof Listing.InEdition in
                        && in.listing() instanceof Listing.All
                    ? List.of(CacheKeys.of(spec.listing()), CacheKeys.ALL_NEWS)
                    : List.of(CacheKeys.of(spec.listing())),
                newest.stream().map(ArticleSummary::id).toList()));
  }
}
