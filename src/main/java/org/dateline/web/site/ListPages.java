package org.dateline.web.site;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dateline.article.ArticleId;
import org.dateline.article.Articles;
import org.dateline.article.CacheKeys;
import org.dateline.article.Listing;
import org.dateline.curation.Curation;
import org.dateline.edition.Edition;
import org.dateline.section.Section;
import org.dateline.section.Sections;
import org.dateline.web.NotFound;
import org.dateline.web.Params;
import org.dateline.web.PublicPages;
import org.dateline.web.site.Model.HomePage;

/**
 * The home page and the story lists: All News, the date archive, sections, authors, tags. The
 * handlers read the request; the home page's model is made by {@code HomePages}, a paged list
 * served by {@code PagedLists}.
 */
public final class ListPages {
  private final Articles articles;
  private final Sections sections;
  private final SiteChrome site;
  private final PublicPages pages;
  private final HomePages homes;
  private final PagedLists lists;

  public ListPages(
      Articles articles,
      Sections sections,
      Curation curation,
      SiteChrome site,
      PublicPages pages,
      SideLists side) {
    this.articles = articles;
    this.sections = sections;
    this.site = site;
    this.pages = pages;
    this.homes = new HomePages(articles, sections, curation, site, side);
    this.lists = new PagedLists(articles, site, pages);
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
          HomePage page = homes.page(e, shown);
          return pages
              .html(200, "list/home.jte", page)
              .withKeys(CacheKeys.ofPage(homes.keys(e), shown));
        });
  }

  /** The stories of edition {@code e} in {@code listing}. */
  static Listing inEdition(Edition e, Listing listing) {
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
    lists.serve(
        ctx,
        e,
        e.root() + SiteChrome.sectionHref(slug),
        () -> {
          Section section =
              sections
                  .bySlug(slug)
                  .filter(s -> sections.editionOf(s.id()).orElse("").equals(e.code()))
                  .orElseThrow(() -> new NotFound("no such section"));
          return new PagedLists.Spec(
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
    lists.serve(
        ctx,
        e,
        e.root() + SiteChrome.authorHref(slug),
        () -> {
          var author = articles.author(slug).orElseThrow(() -> new NotFound("no such author"));
          return new PagedLists.Spec(
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
    lists.serve(
        ctx,
        e,
        e.root() + SiteChrome.tagHref(slug),
        () -> {
          var tag = articles.tag(slug).orElseThrow(() -> new NotFound("no such topic"));
          return new PagedLists.Spec(
              inEdition(e, new Listing.ByTag(tag.id())),
              tag.name(),
              site.words(e.language()).format("lists.tag_intro", tag.name()));
        });
  }

  private void list(
      Context ctx, Edition e, String path, Listing listing, String heading, String intro) {
    lists.serve(ctx, e, path, () -> new PagedLists.Spec(listing, heading, intro));
  }
}
