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
  private final WordBooks words = WordBooks.load();

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
    java.util.Optional<WireItem> item = WireItems.carried(article, wireSite());
    // A story of another edition than the default is addressed at its canonical address: under
    // the edition's prefix, or at its own host (decisions 0087, 0116).
    Edition e = editions.of(article.edition());
    if (e.isDefault()) {
      return item;
    }
    return item.map(i -> i.withUrl(e.articleUrl(baseUrl, article.id().value(), article.slug())));
  }

  /** The absolute URL of the site's logo. */
  public String logoUrl() {
    return absolute(assets.url("img/logo.svg"));
  }

  /** The frame of the default edition with {@code currentHref} marked in the navigation. */
  public Chrome chrome(String currentHref) {
    return chrome(editions.current(), currentHref);
  }

  /**
   * The frame of edition {@code e} with {@code currentHref} marked in the navigation ("" for none):
   * its language and direction, its home page, All News and sections.
   */
  public Chrome chrome(Edition e, String currentHref) {
    List<NavItem> nav = new ArrayList<>();
    Words w = words(e.language());
    // currentHref is a path of the site (/ko/news); the links are the addresses readers use, at
    // the edition's own host when it has one (decision 0087).
    nav.add(new NavItem(w.get("nav.home"), address(e.home()), currentHref.equals(e.home())));
    String allNews = e.path("/news");
    nav.add(new NavItem(w.get("nav.all_news"), address(allNews), currentHref.equals(allNews)));
    // The edition's shown sections only: new, hidden and retired ones stay out (their pages
    // answer; decision 0073).
    for (Section s : sections.inEdition(e.code())) {
      if (!s.inNavigation()) {
        continue;
      }
      String href = e.root() + sectionHref(s.slug());
      nav.add(new NavItem(s.name(), address(href), currentHref.equals(href)));
    }
    return new Chrome(
        e.siteName(),
        e.language(),
        nav,
        assets.url("css/site.css"),
        assets.url("js/site.js"),
        assets.url("img/logo.svg"),
        assets.url("img/favicon.svg"),
        Year.now(clock.withZone(e.zone())).getValue(),
        e.direction().label(),
        w,
        e.code(),
        address(e.home()),
        address(allNews));
  }

  /** The interface words of a language (English where it has none). */
  public Words words(String language) {
    return words.of(language);
  }

  /** The interface words of the default edition's language (English where it has none). */
  public Words words() {
    return words.of(editions.current().language());
  }

  /** Every edition, in navigation order. */
  public List<Edition> editions() {
    return editions.all();
  }

  /** The edition of code {@code code} (a story's), or the default one. */
  public Edition edition(String code) {
    return editions.of(code);
  }

  /** The edition served at its own host {@code host} (decision 0087), if any. */
  public java.util.Optional<Edition> editionAtHost(String host) {
    return editions.byHost(host);
  }

  /** The edition whose pages live under {@code /prefix/}. */
  public java.util.Optional<Edition> editionAt(String prefix) {
    return editions.byPrefix(prefix);
  }

  /**
   * Where the pages of edition {@code e} are addressed (decision 0087): {@code SCHEME://HOST} for
   * an edition served at its own host (the scheme of the base URL), else its path prefix ({@code
   * ""} or {@code /ko}). The one place an edition's address root is built.
   */
  public String root(Edition e) {
    if (e.isDefault() || e.host().isEmpty()) {
      return e.root();
    }
    return e.base(baseUrl);
  }

  /**
   * The address readers use for {@code path}, a path of the site: a path of an edition served at
   * its own host ({@code /ko/news}) becomes the address at that host ({@code
   * https://ko.news.example/news}); any other path, or an absolute address, is unchanged.
   */
  public String address(String path) {
    if (!path.startsWith("/") || path.startsWith("//")) {
      return path;
    }
    int end = path.indexOf('/', 1);
    String first = end < 0 ? path.substring(1) : path.substring(1, end);
    java.util.Optional<Edition> e = first.isEmpty() ? java.util.Optional.empty() : editionAt(first);
    if (e.isEmpty() || e.get().isDefault() || e.get().host().isEmpty()) {
      return path;
    }
    return root(e.get()) + (end < 0 ? "/" : path.substring(end));
  }

  /** The story's path in its edition: {@code /article/1/slug} or {@code /ko/article/1/slug}. */
  public String articleHref(Edition e, long id, String slug) {
    return e.root() + articleHref(id, slug);
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

  /**
   * The absolute address of {@code path}, a path of the site, at the edition's own host when it is
   * a path of an edition that has one (see {@link #address}); an absolute address is unchanged.
   */
  public String absolute(String path) {
    String address = address(path);
    if (address.startsWith("http://") || address.startsWith("https://")) {
      return address;
    }
    return baseUrl + address;
  }

  public Edition edition() {
    return editions.current();
  }

  /** A story as a list item, with its address and time as its own edition gives them. */
  public StoryItem item(ArticleSummary s) {
    Edition e = editions.of(s.edition());
    return new StoryItem(
        address(articleHref(e, s.id().value(), s.slug())),
        s.headline(),
        s.summary(),
        s.sectionName().orElse(""),
        s.sectionSlug().map(slug -> address(e.root() + sectionHref(slug))).orElse(""),
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
