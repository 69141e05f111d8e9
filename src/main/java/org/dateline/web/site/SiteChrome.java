package org.dateline.web.site;

import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.dateline.article.ArticleSummary;
import org.dateline.distribution.WireItem;
import org.dateline.distribution.WireItems;
import org.dateline.distribution.WireSite;
import org.dateline.edition.Edition;
import org.dateline.edition.Editions;
import org.dateline.section.Section;
import org.dateline.section.Sections;
import org.dateline.shared.Slugs;
import org.dateline.web.Assets;
import org.dateline.web.site.Model.Chrome;
import org.dateline.web.site.Model.Meta;
import org.dateline.web.site.Model.NavItem;
import org.dateline.web.site.Model.StoryItem;

/** Builds what every public page shares: the frame, head metadata, and stories as list items. */
public final class SiteChrome {
  private final Editions editions;
  private final Sections sections;
  private final Assets assets;
  private final String baseUrl;
  private final Clock clock;
  private final String agencyDomain;
  private final String agencySince;

  public SiteChrome(
      Editions editions, Sections sections, Assets assets, String baseUrl, Clock clock) {
    this(editions, sections, assets, baseUrl, clock, "news.example", "2026");
  }

  /**
   * {@code agencyDomain} and {@code agencySince} mint the stories' permanent identifiers in feeds
   * (tag URIs, decision 0016).
   */
  public SiteChrome(
      Editions editions,
      Sections sections,
      Assets assets,
      String baseUrl,
      Clock clock,
      String agencyDomain,
      String agencySince) {
    this.editions = editions;
    this.sections = sections;
    this.assets = assets;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.clock = clock;
    this.agencyDomain = agencyDomain;
    this.agencySince = agencySince;
  }

  /** The site as feeds and structured data name it: agency, identifiers, absolute addresses. */
  public WireSite wireSite() {
    return new WireSite(editions.current().siteName(), agencyDomain, agencySince, baseUrl);
  }

  /**
   * The story as feeds and structured data carry it; empty for the rare story no format can carry
   * (a headline of characters XML cannot hold), which then has no feed entry nor structured data
   * rather than a failing page.
   */
  public java.util.Optional<WireItem> wireItem(org.dateline.article.Article article) {
    return WireItems.carried(article, wireSite());
  }

  /** The absolute URL of the site's logo. */
  public String logoUrl() {
    return absolute(assets.url("img/logo.svg"));
  }

  /** The frame with {@code currentHref} marked in the navigation ("" for none). */
  public Chrome chrome(String currentHref) {
    Edition e = editions.current();
    List<NavItem> nav = new ArrayList<>();
    nav.add(new NavItem("Home", "/", currentHref.equals("/")));
    nav.add(new NavItem(Sections.ALL_NEWS, "/news", currentHref.equals("/news")));
    // Shown sections only: new, hidden and retired ones stay out (their pages answer; 0073).
    for (Section s : sections.navigation()) {
      String href = sectionHref(s.slug());
      nav.add(new NavItem(s.name(), href, currentHref.equals(href)));
    }
    return new Chrome(
        e.siteName(),
        e.language(),
        nav,
        assets.url("css/site.css"),
        assets.url("js/site.js"),
        assets.url("img/logo.svg"),
        assets.url("img/favicon.svg"),
        Year.now(clock.withZone(e.zone())).getValue());
  }

  /** Head metadata; the title gets the site's name appended. */
  public Meta meta(String title, String description, String path, String type, String imagePath) {
    String site = editions.current().siteName();
    String fullTitle = title.isEmpty() || title.equals(site) ? site : title + " | " + site;
    return new Meta(
        fullTitle,
        description,
        absolute(path),
        type,
        imagePath.isEmpty() ? "" : absolute(imagePath));
  }

  public String absolute(String path) {
    return baseUrl + path;
  }

  public Edition edition() {
    return editions.current();
  }

  public StoryItem item(ArticleSummary s) {
    Edition e = editions.current();
    return new StoryItem(
        articleHref(s.id().value(), s.slug()),
        s.headline(),
        s.summary(),
        s.sectionName().orElse(""),
        s.sectionSlug().map(SiteChrome::sectionHref).orElse(""),
        e.format(s.firstPublishedAt()),
        s.firstPublishedAt().toString(),
        s.leadPhoto().orElse(null));
  }

  /** Now, by the site's clock. */
  public java.time.Instant now() {
    return clock.instant();
  }

  /** The section with this name, if there is one. */
  public java.util.Optional<Section> sectionNamed(String name) {
    return sections.all().stream().filter(s -> s.name().equals(name)).findFirst();
  }

  public String placeholder() {
    return assets.url("img/photo-placeholder.svg");
  }

  /**
   * The addresses of public pages. A slug may hold letters of any script; it goes into the path
   * percent-encoded as UTF-8 (upper-case hex, as browsers send it), which is also the form the page
   * cache and the canonical-address redirects compare.
   */
  public static String articleHref(long id, String slug) {
    return org.dateline.article.ArticlePaths.of(id, slug);
  }

  public static String sectionHref(String slug) {
    return "/section/" + Slugs.inPath(slug);
  }

  public static String authorHref(String slug) {
    return "/author/" + Slugs.inPath(slug);
  }

  public static String tagHref(String slug) {
    return "/tag/" + Slugs.inPath(slug);
  }
}
