package org.dateline.web.site;

import static org.dateline.article.ArticleState.PUBLISHED;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.article.ArticleId;
import org.dateline.article.ArticleTranslation;
import org.dateline.article.CacheKeys;
import org.dateline.article.Directory;
import org.dateline.article.PublicEntry;
import org.dateline.distribution.sitemaps.SitemapWriter;
import org.dateline.distribution.sitemaps.SitemapWriter.Url;
import org.dateline.edition.Edition;
import org.dateline.web.CachedPage;
import org.dateline.web.PublicPages;

/**
 * {@code articles-N.xml} and {@code articles-CODE-N.xml} for {@link SitemapPages}: an edition's
 * public stories of one id block, each with its last change and its versions in other languages
 * (decision 0077).
 */
final class StorySitemaps {
  private final Directory directory;
  private final SiteChrome site;
  private final PublicPages pages;
  private final SitemapWriter writer;

  StorySitemaps(Directory directory, SiteChrome site, PublicPages pages, SitemapWriter writer) {
    this.directory = directory;
    this.site = site;
    this.pages = pages;
    this.writer = writer;
  }

  /** The stories of {@code edition} with ids {@code from} to {@code to}. */
  CachedPage render(Edition edition, long from, long to) {
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
    return pages
        .document(200, SitemapPages.XML, writer.urlset(urls))
        .withKeys(CacheKeys.idBlocks(from, to));
  }
}
