package org.dateline.web.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dateline.article.CacheKeys;
import org.dateline.distribution.sitemaps.SitemapWriter;
import org.dateline.distribution.sitemaps.SitemapWriter.Url;
import org.dateline.edition.Edition;
import org.dateline.section.Section;
import org.dateline.section.Sections;
import org.dateline.web.CachedPage;
import org.dateline.web.PublicPages;

/** {@code pages.xml} for {@link SitemapPages}: every edition's home, All News and sections. */
final class PagesSitemap {
  private final Sections sections;
  private final SiteChrome site;
  private final PublicPages pages;
  private final SitemapWriter writer;

  PagesSitemap(Sections sections, SiteChrome site, PublicPages pages, SitemapWriter writer) {
    this.sections = sections;
    this.site = site;
    this.pages = pages;
    this.writer = writer;
  }

  /** Home, All News and every section: what changes only with the sections (which drop all). */
  CachedPage render() {
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
    return pages
        .document(200, SitemapPages.XML, writer.urlset(urls))
        .withKeys(List.of(CacheKeys.ALL_NEWS));
  }
}
