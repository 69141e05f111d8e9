package org.dateline.web.site;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.dateline.article.Directory;
import org.dateline.article.PublicEntry;
import org.dateline.distribution.sitemaps.SitemapWriter;
import org.dateline.distribution.sitemaps.SitemapWriter.NewsUrl;
import org.dateline.web.CachedPage;
import org.dateline.web.PublicPages;
import org.dateline.web.Responses;

/**
 * {@code news.xml} for {@link SitemapPages}: Google's news sitemap, the stories first published in
 * the last 48 hours, at most 1,000.
 */
final class NewsSitemap {
  /** How far back the news sitemap reaches: 48 hours (Google's rule). */
  static final Duration NEWS_WINDOW = Duration.ofDays(2);

  private final Directory directory;
  private final SiteChrome site;
  private final PublicPages pages;
  private final SitemapWriter writer;
  private final Clock clock;

  NewsSitemap(
      Directory directory, SiteChrome site, PublicPages pages, SitemapWriter writer, Clock clock) {
    this.directory = directory;
    this.site = site;
    this.pages = pages;
    this.writer = writer;
    this.clock = clock;
  }

  /**
   * The news sitemap is rendered on each request, not cached: it changes as time passes, not only
   * with stories (one indexed query of at most 1,000 rows). It still answers 304 by its ETag.
   */
  void serve(Context ctx) {
    Instant since = clock.instant().minus(NEWS_WINDOW);
    List<NewsUrl> stories = new ArrayList<>();
    for (PublicEntry e : directory.publishedSince(since, SitemapWriter.MAX_NEWS)) {
      stories.add(
          new NewsUrl(
              // the story's canonical address, in its edition (decision 0116)
              site.absolute(site.articleHref(site.edition(e.edition()), e.id().value(), e.slug())),
              newsLanguage(e.language()),
              e.firstPublishedAt(),
              e.headline()));
    }
    CachedPage page =
        pages.document(200, SitemapPages.XML, writer.news(site.edition().siteName(), stories));
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
