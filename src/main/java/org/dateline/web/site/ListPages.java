package org.dateline.web.site;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dateline.article.ArticleSummary;
import org.dateline.article.Articles;
import org.dateline.article.Cursor;
import org.dateline.article.Listing;
import org.dateline.article.PageRequest;
import org.dateline.article.Slice;
import org.dateline.curation.Curation;
import org.dateline.section.Section;
import org.dateline.section.Sections;
import org.dateline.web.BadRequest;
import org.dateline.web.NotFound;
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

  private final Articles articles;
  private final Sections sections;
  private final Curation curation;
  private final SiteChrome site;
  private final PublicPages pages;

  public ListPages(
      Articles articles, Sections sections, Curation curation, SiteChrome site, PublicPages pages) {
    this.articles = articles;
    this.sections = sections;
    this.curation = curation;
    this.site = site;
    this.pages = pages;
  }

  public void home(Context ctx) {
    pages.serve(ctx, "/", () -> pages.html(200, "list/home.jte", homePage()));
  }

  private HomePage homePage() {
    List<ArticleSummary> newest = articles.page(new Listing.All(), PageRequest.newest(30)).items();
    Curation.TopStories picked = curation.topStories();
    StoryItem lead;
    List<StoryItem> top = new ArrayList<>();
    if (picked.curated()) {
      // The editors' order: their first public pick leads, the newest stories fill what they left
      // open.
      lead = site.item(picked.stories().get(0));
      picked.stories().stream().skip(1).limit(TOP).map(site::item).forEach(top::add);
    } else {
      lead =
          newest.stream()
              .filter(s -> s.leadPhoto().isPresent())
              .findFirst()
              .or(() -> newest.stream().findFirst())
              .map(site::item)
              .orElse(null);
      for (ArticleSummary s : newest) {
        if (top.size() < TOP && (lead == null || !site.item(s).href().equals(lead.href()))) {
          top.add(site.item(s));
        }
      }
    }
    List<StoryItem> latest = newest.stream().limit(LATEST).map(site::item).toList();
    List<SectionBlock> blocks = new ArrayList<>();
    for (Section section : sections.all()) {
      List<StoryItem> items =
          articles
              .page(new Listing.InSection(section.id()), PageRequest.newest(PER_SECTION))
              .items()
              .stream()
              .map(site::item)
              .toList();
      if (!items.isEmpty()) {
        blocks.add(new SectionBlock(section.name(), SiteChrome.sectionHref(section.slug()), items));
      }
    }
    String name = site.edition().siteName();
    return new HomePage(
        site.chrome("/"),
        site.meta(name, name + ": the latest news, as it happens.", "/", "website", ""),
        lead,
        top,
        latest,
        blocks);
  }

  public void allNews(Context ctx) {
    list(
        ctx,
        "/news",
        new Listing.All(),
        Sections.ALL_NEWS,
        "The latest stories from every section.");
  }

  /** What a list page shows, looked up only when the page is not cached. */
  private record ListSpec(Listing listing, String heading, String intro) {}

  public void section(Context ctx) {
    String slug = ctx.pathParam("slug");
    list(
        ctx,
        SiteChrome.sectionHref(slug),
        () -> {
          Section section =
              sections.bySlug(slug).orElseThrow(() -> new NotFound("no such section"));
          return new ListSpec(
              new Listing.InSection(section.id()),
              section.name(),
              "The latest " + section.name() + " stories.");
        });
  }

  public void author(Context ctx) {
    String slug = ctx.pathParam("slug");
    list(
        ctx,
        SiteChrome.authorHref(slug),
        () -> {
          var author = articles.author(slug).orElseThrow(() -> new NotFound("no such author"));
          return new ListSpec(
              new Listing.ByAuthor(author.id()),
              author.name(),
              "Stories by " + author.name() + ".");
        });
  }

  public void tag(Context ctx) {
    String slug = ctx.pathParam("slug");
    list(
        ctx,
        SiteChrome.tagHref(slug),
        () -> {
          var tag = articles.tag(slug).orElseThrow(() -> new NotFound("no such topic"));
          return new ListSpec(
              new Listing.ByTag(tag.id()), tag.name(), "Stories about " + tag.name() + ".");
        });
  }

  private void list(Context ctx, String path, Listing listing, String heading, String intro) {
    list(ctx, path, () -> new ListSpec(listing, heading, intro));
  }

  /**
   * A paged list; {@code ?before=} and {@code ?after=} take cursors, anything else is ignored. The
   * page is looked up in the cache by path first: the spec (a database look-up for authors and
   * topics) is only resolved to render a miss.
   */
  private void list(Context ctx, String path, java.util.function.Supplier<ListSpec> spec) {
    Optional<Cursor> before = cursor(ctx, "before");
    Optional<Cursor> after = before.isPresent() ? Optional.empty() : cursor(ctx, "after");
    String query =
        before
            .map(c -> "?before=" + c.token())
            .or(() -> after.map(c -> "?after=" + c.token()))
            .orElse("");
    pages.serve(
        ctx,
        path + query,
        () -> {
          ListSpec resolved = spec.get();
          Listing listing = resolved.listing();
          String heading = resolved.heading();
          String intro = resolved.intro();
          Slice slice = articles.page(listing, new PageRequest(before, after, PAGE_SIZE));
          if (slice.items().isEmpty() && !query.isEmpty()) {
            throw new NotFound("no stories on this page");
          }
          Pager pager =
              new Pager(
                  slice.older().map(c -> path + "?before=" + c.token()).orElse(""),
                  slice.newer().map(c -> path + "?after=" + c.token()).orElse(""));
          String title = query.isEmpty() ? heading : heading + " (older stories)";
          var page =
              new ListPage(
                  site.chrome(
                      listing instanceof Listing.All || listing instanceof Listing.InSection
                          ? path
                          : ""),
                  site.meta(title, intro, path + query, "website", ""),
                  heading,
                  intro,
                  slice.items().stream().map(site::item).toList(),
                  pager);
          return pages.html(200, "list/list.jte", page);
        });
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
