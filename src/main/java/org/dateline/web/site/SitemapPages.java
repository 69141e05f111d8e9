package org.dateline.web.site;

import static org.dateline.article.ArticleState.PUBLISHED;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.article.ArticleId;
import org.dateline.article.ArticleTranslation;
import org.dateline.article.CacheKeys;
import org.dateline.article.Directory;
import org.dateline.article.PublicEntry;
import org.dateline.distribution.WireSite;
import org.dateline.distribution.sitemaps.SitemapWriter;
import org.dateline.distribution.sitemaps.SitemapWriter.NewsUrl;
import org.dateline.distribution.sitemaps.SitemapWriter.Url;
import org.dateline.edition.Edition;
import org.dateline.section.Section;
import org.dateline.section.Sections;
import org.dateline.web.CachedPage;
import org.dateline.web.Client;
import org.dateline.web.NotFound;
import org.dateline.web.PublicPages;
import org.dateline.web.Responses;

/**
 * {@code /robots.txt}, the sitemap index {@code /sitemap.xml} and its sitemaps under {@code
 * /sitemaps/} (decision 0027): {@code articles-N.xml} (the public stories of id block N, so a page
 * keeps its stories as new ones are added), {@code authors-N.xml} and {@code topics-N.xml} (the
 * same blocks of author and topic ids), {@code pages.xml} (home, All News, sections) and {@code
 * news.xml} (Google's news sitemap: the last 48 hours, at most 1,000 stories).
 */
public final class SitemapPages {
  /**
   * Ids per sitemap page: 40,000 URLs of the longest possible address (an 80-letter slug of 4-byte
   * characters, percent-encoded) still stay under the protocol's 50 MB.
   */
  public static final int PAGE_SIZE = 40_000;

  /** How far back the news sitemap reaches: 48 hours (Google's rule). */
  static final Duration NEWS_WINDOW = Duration.ofDays(2);

  /**
   * A paged sitemap: {@code articles-N.xml} (the default edition's stories), {@code
   * articles-CODE-N.xml} (another edition's, decision 0077), {@code authors-N.xml}, {@code
   * topics-N.xml}.
   */
  private static final Pattern PAGED =
      Pattern.compile(
          "(articles|authors|topics)-(?:([A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*)-)?"
              + "(0|[1-9][0-9]{0,8})\\.xml");

  private static final String XML = "application/xml; charset=utf-8";

  private final Directory directory;
  private final Sections sections;
  private final SiteChrome site;
  private final PublicPages pages;
  private final Clock clock;
  private final long pageSize;
  private final SitemapWriter writer = new SitemapWriter();

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
    this.sections = sections;
    this.site = site;
    this.pages = pages;
    this.clock = clock;
    this.pageSize = pageSize;
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
      news(ctx);
      return;
    }
    String key = ctx.path();
    if (pages.sendCached(ctx, key)) {
      return;
    }
    long mark = pages.mark();
    if (name.equals("pages.xml")) {
      pages.serve(ctx, key, mark, this::sitePages);
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
        pages.serve(ctx, key, mark, () -> articles(edition.orElseThrow(), from, to));
      }
      case "authors" -> {
        if (n >= pages(directory.highestAuthorId())) {
          throw new NotFound("no such sitemap");
        }
        pages.serve(ctx, key, mark, () -> authors(from, to));
      }
      default -> {
        if (n >= pages(directory.highestTopicId())) {
          throw new NotFound("no such sitemap");
        }
        pages.serve(ctx, key, mark, () -> topics(from, to));
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

  private CachedPage articles(Edition edition, long from, long to) {
    Map<ArticleId, List<ArticleTranslation>> groups = directory.translationsInIdRange(from, to);
    List<Url> urls = new ArrayList<>();
    for (PublicEntry e : directory.storiesInIdRange(edition.code(), from, to)) {
      ArticleTranslation me =
          new ArticleTranslation(
              e.id(), e.slug(), e.headline(), edition.code(), e.language(), PUBLISHED, true);
      List<ArticleTranslation> group = groups.getOrDefault(e.id(), List.of());
      // Its versions in other languages, as its page names them (decision 0077).
      List<SitemapWriter.Alternate> alternates =
          LanguageVersions.of(
                  group.stream().filter(t -> t.id().equals(e.id())).findFirst().orElse(me),
                  group,
                  site)
              .alternates()
              .stream()
              .map(
                  a ->
                      new SitemapWriter.Alternate(
                          java.util.Objects.requireNonNull(a.hreflang(), "a language alternate"),
                          a.href()))
              .toList();
      urls.add(
          new Url(
              site.absolute(site.articleHref(edition, e.id().value(), e.slug())),
              Optional.of(e.lastChanged()),
              alternates));
    }
    // Every change of a story touches its id block, so this page is dropped exactly when one of
    // its stories is published, lifted, updated or killed.
    return pages.document(200, XML, writer.urlset(urls)).withKeys(CacheKeys.idBlocks(from, to));
  }

  private CachedPage authors(long from, long to) {
    WireSite wire = site.wireSite();
    List<Url> urls =
        directory.authors(from, to, (int) pageSize).stream()
            .map(a -> new Url(wire.authorUrl(a.slug()), Optional.empty()))
            .toList();
    // An author appears with their first public story and goes with their last: any change.
    return pages.document(200, XML, writer.urlset(urls)).withKeys(List.of(CacheKeys.ALL_NEWS));
  }

  private CachedPage topics(long from, long to) {
    WireSite wire = site.wireSite();
    List<Url> urls =
        directory.topics(from, to, (int) pageSize).stream()
            .map(t -> new Url(wire.topicUrl(t.slug()), Optional.empty()))
            .toList();
    return pages.document(200, XML, writer.urlset(urls)).withKeys(List.of(CacheKeys.ALL_NEWS));
  }

  /** Home, All News and every section: what changes only with the sections (which drop all). */
  private CachedPage sitePages() {
    List<Url> urls = new ArrayList<>();
    // Every edition's home and All News with their versions in the other editions, and its
    // sections (decision 0077).
    for (Edition e : site.editions()) {
      for (String path : List.of("/", "/news")) {
        urls.add(
            new Url(
                site.absolute(e.path(path)),
                Optional.empty(),
                LanguageVersions.ofList(path, site).stream()
                    .map(
                        a ->
                            new SitemapWriter.Alternate(
                                java.util.Objects.requireNonNull(
                                    a.hreflang(), "a language alternate"),
                                a.href()))
                    .toList()));
      }
    }
    for (Edition e : site.editions()) {
      for (Section s : sections.inEdition(e.code())) {
        urls.add(
            new Url(site.absolute(e.root() + SiteChrome.sectionHref(s.slug())), Optional.empty()));
      }
    }
    return pages.document(200, XML, writer.urlset(urls)).withKeys(List.of(CacheKeys.ALL_NEWS));
  }

  /**
   * The news sitemap is rendered on each request, not cached: it changes as time passes, not only
   * with stories (one indexed query of at most 1,000 rows). It still answers 304 by its ETag.
   */
  private void news(Context ctx) {
    WireSite wire = site.wireSite();
    Instant since = clock.instant().minus(NEWS_WINDOW);
    List<NewsUrl> stories = new ArrayList<>();
    for (PublicEntry e : directory.publishedSince(since, SitemapWriter.MAX_NEWS)) {
      stories.add(
          new NewsUrl(
              wire.articleUrl(e.id().value(), e.slug()),
              newsLanguage(e.language()),
              e.firstPublishedAt(),
              e.headline()));
    }
    CachedPage page = pages.document(200, XML, writer.news(site.edition().siteName(), stories));
    Responses.send(ctx, page, pages.cacheControl());
  }

  /**
   * Google's news sitemap wants an ISO 639 code, except {@code zh-cn} and {@code zh-tw} for
   * Chinese: the language tag's first part, with Chinese by script or region.
   */
  static String newsLanguage(String tag) {
    String lower = tag.toLowerCase(java.util.Locale.ROOT);
    String primary = lower.split("-", 2)[0];
    if (!primary.equals("zh")) {
      return primary;
    }
    return lower.contains("-hant") || lower.endsWith("-tw") || lower.endsWith("-hk")
        ? "zh-tw"
        : "zh-cn";
  }
}
