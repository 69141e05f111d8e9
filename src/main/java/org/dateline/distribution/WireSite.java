package org.dateline.distribution;

import java.util.regex.Pattern;
import org.dateline.shared.Slugs;

/**
 * Who sends the wire and where its stories live: the agency's name, the domain and date that mint
 * its identifiers, and the public site's base URL. Guids are tag URIs (RFC 4151, decision 0016):
 * {@code tag:news.example,2026:article:42}. They never change, even when the site moves, because
 * the domain and date are configured apart from the base URL. The public paths mirror {@code
 * web/Routes} (a test keeps them equal).
 */
public record WireSite(String agencyName, String agencyDomain, String since, String baseUrl) {
  private static final Pattern DOMAIN =
      Pattern.compile(
          "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+");
  private static final Pattern DATE = Pattern.compile("\\d{4}(?:-\\d{2}(?:-\\d{2})?)?");
  private static final Pattern BASE = Pattern.compile("https?://[^\\s/?#]+(?:/[^\\s?#]*)?");

  public WireSite {
    agencyName = SafeText.line(agencyName);
    if (agencyName.isEmpty()) {
      throw new IllegalArgumentException("the agency needs a name");
    }
    if (!DOMAIN.matcher(agencyDomain).matches()) {
      throw new IllegalArgumentException(
          "the agency domain must be a lower-case domain name such as news.example, got "
              + agencyDomain);
    }
    if (!DATE.matcher(since).matches()) {
      throw new IllegalArgumentException(
          "the date the agency held its domain must read 2026, 2026-01 or 2026-01-31, got "
              + since);
    }
    if (!BASE.matcher(baseUrl).matches()) {
      throw new IllegalArgumentException(
          "the base URL must be an absolute http(s) URL, got " + baseUrl);
    }
    baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  /** The guid of a story: {@code tag:DOMAIN,SINCE:article:ID}. */
  public String articleGuid(long articleId) {
    return tag("article:" + articleId);
  }

  /** The identifier of a photo, from its largest file's name (which carries a content hash). */
  public String photoGuid(String fileName) {
    return tag("photo:" + fileName);
  }

  private String tag(String specific) {
    return "tag:" + agencyDomain + "," + since + ":" + specific;
  }

  /**
   * The absolute URL of a path on the public site ({@code /media/...}); absolute URLs unchanged.
   */
  public String absolute(String pathOrUrl) {
    if (pathOrUrl.startsWith("http://") || pathOrUrl.startsWith("https://")) {
      return pathOrUrl;
    }
    return baseUrl + (pathOrUrl.startsWith("/") ? "" : "/") + pathOrUrl;
  }

  /** The home page, with a trailing slash. */
  public String homeUrl() {
    return baseUrl + "/";
  }

  public String articleUrl(long articleId, String slug) {
    return baseUrl + org.dateline.article.ArticlePaths.of(articleId, slug);
  }

  public String sectionUrl(String slug) {
    return baseUrl + "/section/" + Slugs.inPath(slug);
  }

  public String topicUrl(String slug) {
    return baseUrl + "/tag/" + Slugs.inPath(slug);
  }

  public String authorUrl(String slug) {
    return baseUrl + "/author/" + Slugs.inPath(slug);
  }
}
