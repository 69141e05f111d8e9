package org.dateline.web.site;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.dateline.article.ArticleId;
import org.dateline.article.ArticleSummary;
import org.dateline.article.Articles;
import org.dateline.article.CacheKeys;
import org.dateline.article.Cursor;
import org.dateline.article.Listing;
import org.dateline.article.PageRequest;
import org.dateline.article.Slice;
import org.dateline.curation.Curation;
import org.dateline.edition.Edition;
import org.dateline.section.Section;
import org.dateline.section.Sections;
import org.dateline.web.BadRequest;
import org.dateline.web.CachedPage;
import org.dateline.web.NotFound;
import org.dateline.web.Params;
import org.dateline.web.PublicPages;
import org.dateline.web.site.Model.HomePage;
import org.dateline.web.site.Model.ListPage;
import org.dateline.web.site.Model.Pager;
import org.dateline.web.site.Model.SectionBlock;
import org.dateline.web.site.Model.StoryItem;

/** The home page and the story lists: All News, sections, authors, tags. */
public final class ListPages {
  static final int PAGE_SIZE = 20;
  private static final int LATEST = 10;
  private static final int PER_SECTION = 4;
  private static final int TOP = 4;

  /** How many top stories of each other edition a home page shows. */
  private static final int OTHER_TOP = 3;

  private final Articles articles;
  private final Sections sections;
  private final Curation curation;
  private final SiteChrome site;
  private final PublicPages pages;

  private final SideLists side;

  public ListPages(
      Articles articles,
      Sections sections,
      Curation curation,
      SiteChrome site,
      PublicPages pages,
      SideLists side) {
    this.side = side;
    this.articles = articles;
    this.sections = sections;
    this.curation = curation;
    this.site = site;
    this.pages = pages;
  }

  /** The home page of the request's edition: {@code /} or {@code /ko/}. */
  public void home(Context ctx) {
    Optional<Edition> edition = EditionRequests.of(ctx, site);
    if (edition.isEmpty()) {
      return;
    }
    Edition e = edition.get();
    pages.serve(
        ctx,
        e.home(),
        () -> {
          List<ArticleId> shown = new ArrayList<>();
          HomePage page = homePage(e, shown);
          return pages
              .html(200, "list/home.jte", page)
              .withKeys(CacheKeys.ofPage(homeKeys(e), shown));
        });
  }

  /** The home page's model; {@code shown} receives the id of every story on it. */
  private HomePage homePage(Edition e, List<ArticleId> shown) {
    List<ArticleSummary> newest =
        articles.page(inEdition(e, new Listing.All()), PageRequest.newest(30)).items();
    // The lead and the top stories are the curation's choice (the editors' picks, else newest).
    Curation.Front front = curation.front(Optional.of(e.code()));
    StoryItem lead = front.lead().map(site::item).orElse(null);
    List<StoryItem> top = front.rest().stream().limit(TOP).map(site::item).toList();
    front.all().forEach(story -> shown.add(story.id()));
    newest.forEach(story -> shown.add(story.id()));
    List<StoryItem> latest = newest.stream().limit(LATEST).map(site::item).toList();
    List<SectionBlock> blocks = new ArrayList<>();
    for (Section section : sections.inEdition(e.code())) {
      if (!section.inNavigation()) {
        continue; // new, hidden and retired sections have no block (decision 0073)
      }
      List<ArticleSummary> stories =
          articles
              .page(new Listing.InSection(section.id()), PageRequest.newest(PER_SECTION))
              .items();
      stories.forEach(story -> shown.add(story.id()));
      List<StoryItem> items = stories.stream().map(site::item).toList();
      if (!items.isEmpty()) {
        blocks.add(
            new SectionBlock(
                section.name(), site.root(e) + SiteChrome.sectionHref(section.slug()), items));
      }
    }
    // Most viewed in the last 24 hours: a snapshot, refreshed every few minutes (decision 0045).
    List<ArticleSummary> mostViewed = side.mostViewed(e.code());
    mostViewed.forEach(story -> shown.add(story.id()));
    String name = e.siteName();
    return new HomePage(
        site.chrome(e, e.home()),
        site.meta(
                name,
                site.words(e.language()).format("home.description", name),
                e.home(),
                "website",
                "")
            .withAlternates(FeedPages.alternates(e.home(), name))
            .withLanguages(LanguageVersions.ofList("/", site)),
        lead,
        top,
        latest,
        blocks,
        mostViewed.stream().map(site::item).toList(),
        otherEditions(e, shown));
  }

  /**
   * The other editions' top stories, a few each, in their language and direction (decision 0077);
   * {@code shown} receives their ids.
   */
  private List<Model.OtherEdition> otherEditions(Edition e, List<ArticleId> shown) {
    List<Model.OtherEdition> others = new ArrayList<>();
    for (Edition other : site.editions()) {
      if (other.code().equals(e.code())) {
        continue;
      }
      List<ArticleSummary> top =
          curation.front(Optional.of(other.code())).all().stream().limit(OTHER_TOP).toList();
      if (top.isEmpty()) {
        continue;
      }
      top.forEach(story -> shown.add(story.id()));
      others.add(
          new Model.OtherEdition(
              other.name(),
              other.language(),
              other.direction() == Edition.Direction.RTL ? Direction.RTL : null,
              site.address(other.home()),
              top.stream().map(site::item).toList()));
    }
    return others;
  }

  /**
   * A home page's own keys: its edition's home, the editors' picks, the side lists, and every other
   * edition's home key, since it shows their top stories (decision 0077).
   */
  private List<String> homeKeys(Edition e) {
    List<String> keys = new ArrayList<>();
    keys.add(e.isDefault() ? CacheKeys.HOME : CacheKeys.home(e.code()));
    keys.add(CacheKeys.CURATED);
    keys.add(SideLists.KEY);
    for (Edition other : site.editions()) {
      if (!other.code().equals(e.code())) {
        keys.add(CacheKeys.home(other.code()));
      }
    }
    return keys;
  }

  /** The stories of edition {@code e} in {@code listing}. */
  private static Listing inEdition(Edition e, Listing listing) {
    return new Listing.InEdition(e.code(), listing);
  }

  public void allNews(Context ctx) {
    Optional<Edition> edition = EditionRequests.of(ctx, site);
    if (edition.isEmpty()) {
      return;
    }
    Edition e = edition.get();
    Words w = site.words(e.language());
    list(
        ctx,
        e,
        e.path("/news"),
        inEdition(e, new Listing.All()),
        w.get("nav.all_news"),
        w.get("lists.all_news_intro"));
  }

  /**
   * The date archive: {@code /archive/YYYY/MM/DD} lists the stories first published that day in the
   * edition's time zone, newest first, in pages.
   */
  public void archiveDay(Context ctx) {
    java.time.LocalDate day =
        Params.date(year(ctx), number(ctx, "month", 1, 12), number(ctx, "day", 1, 31))
            .orElseThrow(() -> new NotFound("no such day"));
    Optional<Edition> edition = EditionRequests.of(ctx, site);
    if (edition.isEmpty()) {
      return;
    }
    Edition e = edition.get();
    java.time.ZoneId zone = e.zone();
    Words w = site.words(e.language());
    String label = day.format(pattern(w, "lists.day_pattern"));
    list(
        ctx,
        e,
        e.root() + ArchivePaths.day(day),
        inEdition(
            e,
            new Listing.Between(
                day.atStartOfDay(zone).toInstant(),
                day.plusDays(1).atStartOfDay(zone).toInstant())),
        w.format("lists.day_heading", label),
        w.format("lists.day_intro", label));
  }

  /** {@code /archive/YYYY/MM}: the month's stories, newest first, in pages. */
  public void archiveMonth(Context ctx) {
    java.time.YearMonth month = java.time.YearMonth.of(year(ctx), number(ctx, "month", 1, 12));
    Optional<Edition> edition = EditionRequests.of(ctx, site);
    if (edition.isEmpty()) {
      return;
    }
    Edition e = edition.get();
    java.time.ZoneId zone = e.zone();
    Words w = site.words(e.language());
    String label = month.format(pattern(w, "lists.month_pattern"));
    list(
        ctx,
        e,
        e.root() + ArchivePaths.month(month.toString()),
        inEdition(
            e,
            new Listing.Between(
                month.atDay(1).atStartOfDay(zone).toInstant(),
                month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant())),
        w.format("lists.month_heading", label),
        w.format("lists.month_intro", label));
  }

  /** A date pattern of the interface words, in their language, with Latin digits (0069). */
  static java.time.format.DateTimeFormatter pattern(Words w, String key) {
    return java.time.format.DateTimeFormatter.ofPattern(w.get(key), w.locale());
  }

  private static int year(Context ctx) {
    return number(ctx, "year", 1900, 9999);
  }

  /** A path number in its canonical form (four digits for a year, two otherwise), in range. */
  private static int number(Context ctx, String name, int min, int max) {
    String text = ctx.pathParam(name);
    if (!text.matches(name.equals("year") ? "[0-9]{4}" : "[0-9]{2}")) {
      throw new NotFound("no such date");
    }
    int n = Integer.parseInt(text);
    if (n < min || n > max) {
      throw new NotFound("no such date");
    }
    return n;
  }

  /** What a list page shows, looked up only when the page is not cached. */
  private record ListSpec(Listing listing, String heading, String intro) {}

  /**
   * A section's list, under its edition's prefix; a section asked for under another edition's
   * prefix answers 404 (a section belongs to one edition).
   */
  public void section(Context ctx) {
    Optional<Edition> edition = EditionRequests.of(ctx, site);
    if (edition.isEmpty()) {
      return;
    }
    Edition e = edition.get();
    String slug = ctx.pathParam("slug");
    list(
        ctx,
        e,
        e.root() + SiteChrome.sectionHref(slug),
        () -> {
          Section section =
              sections
                  .bySlug(slug)
                  .filter(s -> sections.editionOf(s.id()).orElse("").equals(e.code()))
                  .orElseThrow(() -> new NotFound("no such section"));
          return new ListSpec(
              new Listing.InSection(section.id()),
              section.name(),
              site.words(e.language()).format("lists.section_intro", section.name()));
        });
  }

  public void author(Context ctx) {
    Optional<Edition> edition = EditionRequests.of(ctx, site);
    if (edition.isEmpty()) {
      return;
    }
    Edition e = edition.get();
    String slug = ctx.pathParam("slug");
    list(
        ctx,
        e,
        e.root() + SiteChrome.authorHref(slug),
        () -> {
          var author = articles.author(slug).orElseThrow(() -> new NotFound("no such author"));
          return new ListSpec(
              inEdition(e, new Listing.ByAuthor(author.id())),
              author.name(),
              site.words(e.language()).format("lists.author_intro", author.name()));
        });
  }

  public void tag(Context ctx) {
    Optional<Edition> edition = EditionRequests.of(ctx, site);
    if (edition.isEmpty()) {
      return;
    }
    Edition e = edition.get();
    String slug = ctx.pathParam("slug");
    list(
        ctx,
        e,
        e.root() + SiteChrome.tagHref(slug),
        () -> {
          var tag = articles.tag(slug).orElseThrow(() -> new NotFound("no such topic"));
          return new ListSpec(
              inEdition(e, new Listing.ByTag(tag.id())),
              tag.name(),
              site.words(e.language()).format("lists.tag_intro", tag.name()));
        });
  }

  private void list(
      Context ctx, Edition e, String path, Listing listing, String heading, String intro) {
    list(ctx, e, path, () -> new ListSpec(listing, heading, intro));
  }

  /**
   * A paged list; {@code ?before=} and {@code ?after=} take cursors, anything else is ignored. The
   * page is looked up in the cache by path first: the spec (a database look-up for authors and
   * topics) is only resolved to render a miss. A cursor that names no story of the list (made up,
   * or of a story gone since) is redirected to the position it stands for, so only real positions
   * are rendered and cached.
   */
  private void list(Context ctx, Edition e, String path, Supplier<ListSpec> spec) {
    Optional<Cursor> before = cursor(ctx, "before");
    Optional<Cursor> after = before.isPresent() ? Optional.empty() : cursor(ctx, "after");
    String query = query(before, after);
    String key = path + query;
    if (pages.sendCached(ctx, key)) {
      return;
    }
    long mark = pages.mark(); // before anything is read: a change meanwhile is not hidden
    ListSpec resolved = spec.get();
    if (!query.isEmpty()) {
      String position = position(resolved.listing(), before, after);
      if (!position.equals(query)) {
        ctx.redirect(path + position, HttpStatus.FOUND);
        return;
      }
    }
    pages.serve(ctx, key, mark, () -> render(e, path, query, resolved, before, after));
  }

  private CachedPage render(
      Edition e,
      String path,
      String query,
      ListSpec spec,
      Optional<Cursor> before,
      Optional<Cursor> after) {
    Listing listing = spec.listing();
    Listing kind = listing instanceof Listing.InEdition in ? in.listing() : listing;
    Slice slice = articles.page(listing, new PageRequest(before, after, PAGE_SIZE));
    if (slice.items().isEmpty() && !query.isEmpty()) {
      throw new NotFound("no stories on this page");
    }
    Pager pager =
        new Pager(
            slice.older().map(c -> site.address(path) + "?before=" + c.token()).orElse(""),
            slice.newer().map(c -> site.address(path) + "?after=" + c.token()).orElse(""));
    String title = query.isEmpty() ? spec.heading() : spec.heading() + " (older stories)";
    var page =
        new ListPage(
            site.chrome(
                e, kind instanceof Listing.All || kind instanceof Listing.InSection ? path : ""),
            site.meta(title, spec.intro(), path + query, "website", "")
                .withAlternates(
                    FeedPages.alternates(
                        path,
                        kind instanceof Listing.All
                            ? e.siteName()
                            : spec.heading() + " | " + e.siteName()))
                .withLanguages(
                    query.isEmpty()
                            && (kind instanceof Listing.All || kind instanceof Listing.Between)
                        ? LanguageVersions.ofList(path.substring(e.root().length()), site)
                        : List.of()),
            spec.heading(),
            spec.intro(),
            slice.items().stream().map(site::item).toList(),
            pager);
    return pages
        .html(200, "list/list.jte", page)
        .withKeys(
            CacheKeys.ofPage(
                ownKeys(e, listing), slice.items().stream().map(ArticleSummary::id).toList()));
  }

  /**
   * A list's own keys: its edition's (decision 0068), and for the default edition's All News and
   * archive also {@code list:news}, which every change touches, as before editions.
   */
  private static List<String> ownKeys(Edition e, Listing listing) {
    String key = CacheKeys.of(listing);
    return e.isDefault() && key.equals(CacheKeys.allNews(e.code()))
        ? List.of(key, CacheKeys.ALL_NEWS)
        : List.of(key);
  }

  private static String query(Optional<Cursor> before, Optional<Cursor> after) {
    return before
        .map(c -> "?before=" + c.token())
        .or(() -> after.map(c -> "?after=" + c.token()))
        .orElse("");
  }

  /**
   * The query of the real position that gives the same page as the cursor asked for: a list cut
   * before a cursor is the list cut before the oldest story at or after it; cut after a cursor, the
   * newest story at or before it. Empty (the first page) when there is no such story.
   */
  private String position(Listing listing, Optional<Cursor> before, Optional<Cursor> after) {
    if (before.isPresent()) {
      Cursor c = before.get();
      Cursor justBefore = new Cursor(c.publishedMillis(), c.id() - 1);
      return articles
          .page(listing, new PageRequest(Optional.empty(), Optional.of(justBefore), 1))
          .items()
          .stream()
          .findFirst()
          .map(s -> query(Optional.of(s.cursor()), Optional.empty()))
          .orElse("");
    }
    Cursor c = after.orElseThrow();
    Cursor justAfter = new Cursor(c.publishedMillis(), c.id() + 1);
    return articles
        .page(listing, new PageRequest(Optional.of(justAfter), Optional.empty(), 1))
        .items()
        .stream()
        .findFirst()
        .map(s -> query(Optional.empty(), Optional.of(s.cursor())))
        .orElse("");
  }

  private static Optional<Cursor> cursor(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value == null) {
      return Optional.empty();
    }
    return Optional.of(
        Cursor.parse(value).orElseThrow(() -> new BadRequest("The page link is not valid.")));
  }
}
