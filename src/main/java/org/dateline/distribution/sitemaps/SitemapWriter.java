package org.dateline.distribution.sitemaps;

import java.io.StringWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.dateline.distribution.SafeText;
import org.dateline.distribution.XmlWriter;

/**
 * Writes sitemaps (sitemaps.org protocol 0.9) and Google news sitemaps. Stateless and thread-safe.
 *
 * <p>Output format changelog:
 *
 * <ul>
 *   <li>1 (2026-11-30): first version. {@code urlset} with {@code loc} and {@code lastmod}; {@code
 *       sitemapindex} with {@code loc} and {@code lastmod}; the news sitemap's {@code news:news}
 *       with {@code news:publication} (name, language), {@code news:publication_date} and {@code
 *       news:title}. Times are W3C datetimes in UTC to the second.
 *   <li>2 (2026-12-01): a {@code url} may carry {@code xhtml:link rel="alternate" hreflang href}
 *       elements, its versions in other languages with {@code x-default} (Google's hreflang in
 *       sitemaps; decision 0077); the {@code urlset} then declares the XHTML namespace.
 * </ul>
 */
public final class SitemapWriter {
  /** The sitemaps.org namespace. */
  public static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

  /** Google's news sitemap namespace. */
  public static final String NEWS_NAMESPACE = "http://www.google.com/schemas/sitemap-news/0.9";

  /** The most URLs one sitemap may list (the protocol's limit). */
  public static final int MAX_URLS = 50_000;

  /** The most stories a news sitemap may list (Google's limit). */
  public static final int MAX_NEWS = 1_000;

  /** The XHTML namespace of the {@code xhtml:link} alternates. */
  public static final String XHTML_NAMESPACE = "http://www.w3.org/1999/xhtml";

  /**
   * One address: an absolute URL, when known when it last changed, and its versions in other
   * languages (none, or every version, itself included, and {@code x-default}).
   */
  public record Url(String loc, Optional<Instant> lastmod, List<Alternate> alternates) {
    public Url {
      absolute(loc);
      alternates = List.copyOf(alternates);
    }

    /** An address without versions in other languages. */
    public Url(String loc, Optional<Instant> lastmod) {
      this(loc, lastmod, List.of());
    }
  }

  /** A version of a page in the language {@code hreflang} (or {@code x-default}), absolute. */
  public record Alternate(String hreflang, String href) {
    public Alternate {
      absolute(href);
    }
  }

  private static void absolute(String url) {
    if (!url.startsWith("https://") && !url.startsWith("http://")) {
      throw new IllegalArgumentException("a sitemap lists absolute URLs, got " + url);
    }
  }

  /** A story of the news sitemap: its page, language, first publication and headline. */
  public record NewsUrl(String loc, String language, Instant published, String title) {}

  /** A {@code urlset} of up to {@link #MAX_URLS} addresses. */
  public String urlset(List<Url> urls) {
    limit(urls.size(), MAX_URLS);
    StringWriter text = new StringWriter();
    XmlWriter xml = new XmlWriter(text, true).declaration();
    xml.start("urlset").namespace(NAMESPACE);
    if (urls.stream().anyMatch(u -> !u.alternates().isEmpty())) {
      xml.attribute("xmlns:xhtml", XHTML_NAMESPACE);
    }
    for (Url url : urls) {
      xml.start("url").element("loc", url.loc());
      url.lastmod().ifPresent(t -> xml.element("lastmod", w3c(t)));
      for (Alternate a : url.alternates()) {
        xml.empty("xhtml:link")
            .attribute("rel", "alternate")
            .attribute("hreflang", a.hreflang())
            .attribute("href", a.href());
      }
      xml.end();
    }
    xml.finish();
    return text.toString();
  }

  /** A {@code sitemapindex} naming up to {@link #MAX_URLS} sitemaps. */
  public String index(List<Url> sitemaps) {
    limit(sitemaps.size(), MAX_URLS);
    StringWriter text = new StringWriter();
    XmlWriter xml = new XmlWriter(text, true).declaration();
    xml.start("sitemapindex").namespace(NAMESPACE);
    for (Url sitemap : sitemaps) {
      xml.start("sitemap").element("loc", sitemap.loc());
      sitemap.lastmod().ifPresent(t -> xml.element("lastmod", w3c(t)));
      xml.end();
    }
    xml.finish();
    return text.toString();
  }

  /** A news sitemap of up to {@link #MAX_NEWS} stories, published by {@code publication}. */
  public String news(String publication, List<NewsUrl> stories) {
    limit(stories.size(), MAX_NEWS);
    StringWriter text = new StringWriter();
    XmlWriter xml = new XmlWriter(text, true).declaration();
    xml.start("urlset").namespace(NAMESPACE).attribute("xmlns:news", NEWS_NAMESPACE);
    for (NewsUrl story : stories) {
      xml.start("url").element("loc", story.loc());
      xml.start("news:news");
      xml.start("news:publication")
          .element("news:name", SafeText.line(publication))
          .element("news:language", story.language())
          .end();
      xml.element("news:publication_date", w3c(story.published()));
      xml.element("news:title", SafeText.line(story.title()));
      xml.end().end();
    }
    xml.finish();
    return text.toString();
  }

  /** A W3C datetime in UTC, to the second: {@code 2026-11-30T09:15:00Z}. */
  public static String w3c(Instant t) {
    return t.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  private static void limit(int size, int max) {
    if (size > max) {
      throw new IllegalArgumentException(
          "a sitemap holds at most " + max + " entries, got " + size);
    }
  }
}
