package org.dateline.web.site;

import java.util.List;
import java.util.Optional;
import org.dateline.article.CacheKeys;
import org.dateline.article.Directory;
import org.dateline.distribution.WireSite;
import org.dateline.distribution.sitemaps.SitemapWriter;
import org.dateline.distribution.sitemaps.SitemapWriter.Url;
import org.dateline.web.CachedPage;
import org.dateline.web.PublicPages;

/**
 * {@code authors-N.xml} and {@code topics-N.xml} for {@link SitemapPages}: the author and topic
 * pages of one id block.
 */
final class DirectorySitemaps {
  private final Directory directory;
  private final SiteChrome site;
  private final PublicPages pages;
  private final SitemapWriter writer;
  private final long pageSize;

  DirectorySitemaps(
      Directory directory,
      SiteChrome site,
      PublicPages pages,
      SitemapWriter writer,
      long pageSize) {
    this.directory = directory;
    this.site = site;
    this.pages = pages;
    this.writer = writer;
    this.pageSize = pageSize;
  }

  /** The authors with ids {@code from} to {@code to}. */
  CachedPage authors(long from, long to) {
    WireSite wire = site.wireSite();
    List<Url> urls =
        directory.authors(from, to, (int) pageSize).stream()
            .map(a -> new Url(wire.authorUrl(a.slug()), Optional.empty()))
            .toList();
    // An author appears with their first public story and goes with their last: any change.
    return pages
        .document(200, SitemapPages.XML, writer.urlset(urls))
        .withKeys(List.of(CacheKeys.ALL_NEWS));
  }

  /** The topics with ids {@code from} to {@code to}. */
  CachedPage topics(long from, long to) {
    WireSite wire = site.wireSite();
    List<Url> urls =
        directory.topics(from, to, (int) pageSize).stream()
            .map(t -> new Url(wire.topicUrl(t.slug()), Optional.empty()))
            .toList();
    return pages
        .document(200, SitemapPages.XML, writer.urlset(urls))
        .withKeys(List.of(CacheKeys.ALL_NEWS));
  }
}
