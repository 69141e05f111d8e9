package org.dateline.web.site;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.article.CacheKeys;
import org.dateline.article.Directory;
import org.dateline.distribution.WireSite;
import org.dateline.distribution.sitemaps.SitemapWriter;
import org.dateline.distribution.sitemaps.SitemapWriter.Url;
import org.dateline.edition.Edition;
import org.dateline.section.Sections;
import org.dateline.web.CachedPage;
import org.dateline.web.Client;
import org.dateline.web.NotFound;
import org.dateline.web.PublicPages;

/**
 * {@code /robots.txt}, the sitemap index {@code /sitemap.xml} and its sitemaps under {@code
 * /sitemaps/} (decision 0027): {@code articles-N.xml} (the public stories of id block N, so a page
 * keeps its stories as new ones are added), {@code authors-N.xml} and {@code topics-N.xml} (the
 * same blocks of author and topic ids), {@code pages.xml} (home, All News, sections) and {@code
 * news.xml} (Google's news sitemap: the last 48 hours, at most 1,000 stories). This class holds the
 * routes, the index and the names; each kind is made by its own class ({@code StorySitemaps},
 * {@code DirectorySitemaps}, {@code PagesSitemap}, {@code NewsSitemap}).
 */
public final class SitemapPages {
  /**
   * Ids per sitemap page: 40,000 URLs of the longest possible address (an 80-letter slug of 4-byte
   * characters, percent-encoded) still stay under the protocol's 50 MB.
   */
  public static final int PAGE_SIZE = 40_000;

  /**
   * A paged sitemap: {@code articles-N.xml} (the default edition's stories), {@code
   * articles-CODE-N.xml} (another edition's, decision 0077), {@code authors-N.xml}, {@code
   * topics-N.xml}.
   */
  private static final Pattern PAGED =
      Pattern.compile(
          "(articles|authors|topics)-(?:([A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*)-)?"
              + "(0|[1-9][0-9]{0,8})\\.xml");

  static final String XML = "application/xml; charset=utf-8";

  private final Directory directory;
  private final SiteChrome site;
  private final PublicPages pages;
  private final long pageSize;
  private final SitemapWriter writer = new SitemapWriter();
  private final StorySitemaps stories;
  private final DirectorySitemaps authorsAndTopics;
  private final PagesSitemap sitePages;
  private final NewsSitemap news;

  public SitemapPages(
      Directory directory, Sections sections, SiteChrome site, PublicPages pages, Clock clock) {
    this(directory, sections, site, pages, clock, PAGE_SIZE);
  }

  /** With {@code pageSize} ids per sitemap page (tests use a few). */
  public SitemapPages(
      Directory directory,
      Sections sections,
      SiteChrome site,
      PublicPages pages,
      Clock clock,
      long pageSize) {
    if (pageSize < 1 || pageSize > SitemapWriter.MAX_URLS) {
      throw new IllegalArgumentException("a sitemap page holds 1 to 50,000 ids");
    }
    this.directory = directory;
    this.site = site;
    this.pages = pages;
    this.pageSize = pageSize;
    this.stories = new StorySitemaps(directory, site, pages, writer);
    this.authorsAndTopics = new DirectorySitemaps(directory, site, pages, writer, pageSize);
    this.sitePages = new PagesSitemap(sections, site, pages, writer);
    this.news = new NewsSitemap(directory, site, pages, writer, clock);
  }

  /**
   * Everyone may crawl the public site; the newsroom is not for search engines. On an edition's own
   * host, the sitemap named is that host's (decision 0087).
   */
  public void robots(Context ctx) {
    String sitemap =
        site.editionAtHost(Client.of(ctx).host())
            .map(e -> site.root(e) + "/sitemap.xml")
            .orElseGet(() -> site.wireSite().absolute("/sitemap.xml"));
    ctx.contentType("text/plain; charset=utf-8")
        .result("User-agent: *\nAllow: /\nDisallow: /newsroom/\n\nSitemap: " + sitemap + "\n");
  }

  /**
   * The sitemap index of an edition served at its own host ({@code /sitemap.xml} there is served as
   * {@code /sitemaps/index-CODE.xml}, see {@code EditionHosts}): the edition's story sitemaps, at
   * that host.
   */
  private CachedPage editionIndex(Edition e) {
    List<Url> sitemaps = new ArrayList<>();
    Map<Long, Instant> blocks =
        directory.lastChangedPerEditionBlock(pageSize).getOrDefault(e.code(), Map.of());
    for (long n = 0; n < pages(directory.highestId()); n++) {
      if (blocks.containsKey(n)) {
        sitemaps.add(
            new Url(site.root(e) + "/sitemaps/" + articlesName(e, n), Optional.of(blocks.get(n))));
      }
    }
    return pages.document(200, XML, writer.index(sitemaps)).withKeys(List.of(CacheKeys.ALL_NEWS));
  }

  /** The sitemap index: every sitemap, the story pages with their last change. */
  public void index(Context ctx) {
    pages.serve(
        ctx,
        "/sitemap.xml",
        pages.mark(),
        () -> {
          WireSite wire = site.wireSite();
          List<Url> sitemaps = new ArrayList<>();
          sitemaps.add(new Url(wire.absolute("/sitemaps/pages.xml"), Optional.empty()));
          sitemaps.add(new Url(wire.absolute("/sitemaps/news.xml"), Optional.empty()));
          // Each edition's stories in sitemaps of their own (decision 0077).
          Map<String, Map<Long, Instant>> changed = directory.lastChangedPerEditionBlock(pageSize);
          for (Edition e : site.editions()) {
            Map<Long, Instant> blocks = changed.getOrDefault(e.code(), Map.of());
            for (long n = 0; n < pages(directory.highestId()); n++) {
              if (blocks.containsKey(n)) {
                sitemaps.add(
                    new Url(
                        wire.absolute("/sitemaps/" + articlesName(e, n)),
                        Optional.of(blocks.get(n))));
              }
            }
          }
          for (long n = 0; n < pages(directory.highestAuthorId()); n++) {
            sitemaps.add(
                new Url(wire.absolute("/sitemaps/authors-" + n + ".xml"), Optional.empty()));
          }
          for (long n = 0; n < pages(directory.highestTopicId()); n++) {
            sitemaps.add(
                new Url(wire.absolute("/sitemaps/topics-" + n + ".xml"), Optional.empty()));
          }
          return pages
              .document(200, XML, writer.index(sitemaps))
              .withKeys(List.of(CacheKeys.ALL_NEWS));
        });
  }

  /** One sitemap of the index. */
  public void sitemap(Context ctx) {
    String name = ctx.pathParam("name");
    if (name.equals("news.xml")) {
      news.serve(ctx);
      return;
    }
    String key = ctx.path();
    if (pages.sendCached(ctx, key)) {
      return;
    }
    long mark = pages.mark();
    if (name.equals("pages.xml")) {
      pages.serve(ctx, key, mark, sitePages::render);
      return;
    }
    if (name.startsWith("index-") && name.endsWith(".xml")) {
      Edition e =
          site.editionAtHost(Client.of(ctx).host())
              .filter(at -> name.equals("index-" + at.code() + ".xml"))
              .orElseThrow(() -> new NotFound("no such sitemap"));
      pages.serve(ctx, key, mark, () -> editionIndex(e));
      return;
    }
    Matcher m = PAGED.matcher(name);
    if (!m.matches()) {
      throw new NotFound("no such sitemap");
    }
    long n = Long.parseLong(m.group(3));
    Optional<Edition> edition = sitemapEdition(m.group(1), m.group(2));
    long from = n * pageSize + 1;
    long to = from + pageSize - 1;
    switch (m.group(1)) {
      case "articles" -> {
        if (n >= pages(directory.highestId())) {
          throw new NotFound("no such sitemap");
        }
        pages.serve(ctx, key, mark, () -> stories.render(edition.orElseThrow(), from, to));
      }
      case "authors" -> {
        if (n >= pages(directory.highestAuthorId())) {
          throw new NotFound("no such sitemap");
        }
        pages.serve(ctx, key, mark, () -> authorsAndTopics.authors(from, to));
      }
      default -> {
        if (n >= pages(directory.highestTopicId())) {
          throw new NotFound("no such sitemap");
        }
        pages.serve(ctx, key, mark, () -> authorsAndTopics.topics(from, to));
      }
    }
  }

  /**
   * The edition of a paged sitemap: the default one without a code, the code's for stories; 404 for
   * an unknown code, the default edition's own code, or a code on authors and topics.
   */
  private Optional<Edition> sitemapEdition(String kind, String code) {
    if (code == null) {
      return Optional.of(site.edition());
    }
    return Optional.of(
        site.editions().stream()
            .filter(e -> kind.equals("articles") && !e.isDefault() && e.code().equals(code))
            .findFirst()
            .orElseThrow(() -> new NotFound("no such sitemap")));
  }

  /** The name of an edition's sitemap of id block {@code n}. */
  private static String articlesName(Edition e, long n) {
    return e.isDefault() ? "articles-" + n + ".xml" : "articles-" + e.code() + "-" + n + ".xml";
  }

  /** How many pages the ids 1 to {@code highest} fill. */
  private long pages(long highest) {
    return (highest + pageSize - 1) / pageSize;
  }
}
