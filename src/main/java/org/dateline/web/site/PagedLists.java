package org.dateline.web.site;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.dateline.article.ArticleSummary;
import org.dateline.article.Articles;
import org.dateline.article.CacheKeys;
import org.dateline.article.Cursor;
import org.dateline.article.Listing;
import org.dateline.article.PageRequest;
import org.dateline.article.Slice;
import org.dateline.edition.Edition;
import org.dateline.web.BadRequest;
import org.dateline.web.CachedPage;
import org.dateline.web.NotFound;
import org.dateline.web.PublicPages;
import org.dateline.web.site.Model.ListPage;
import org.dateline.web.site.Model.Pager;

/**
 * A paged story list for {@link ListPages}, whatever the list: the cursors of the query, the cache
 * looked up before anything is read, a made-up cursor redirected to the position it stands for, the
 * page rendered with its pager, meta and cache keys.
 */
final class PagedLists {
  static final int PAGE_SIZE = 20;

  /** What a list page shows, looked up only when the page is not cached. */
  record Spec(Listing listing, String heading, String intro) {}

  private final Articles articles;
  private final SiteChrome site;
  private final PublicPages pages;

  PagedLists(Articles articles, SiteChrome site, PublicPages pages) {
    this.articles = articles;
    this.site = site;
    this.pages = pages;
  }

  /**
   * A paged list; {@code ?before=} and {@code ?after=} take cursors, anything else is ignored. The
   * page is looked up in the cache by path first: the spec (a database look-up for authors and
   * topics) is only resolved to render a miss. A cursor that names no story of the list (made up,
   * or of a story gone since) is redirected to the position it stands for, so only real positions
   * are rendered and cached.
   */
  void serve(Context ctx, Edition e, String path, Supplier<Spec> spec) {
    Optional<Cursor> before = cursor(ctx, "before");
    Optional<Cursor> after = before.isPresent() ? Optional.empty() : cursor(ctx, "after");
    String query = query(before, after);
    String key = path + query;
    if (pages.sendCached(ctx, key)) {
      return;
    }
    long mark = pages.mark(); // before anything is read: a change meanwhile is not hidden
    Spec resolved = spec.get();
    PageRequest request = new PageRequest(before, after, PAGE_SIZE);
    if (query.isEmpty()) {
      pages.serve(
          ctx,
          key,
          mark,
          () -> render(e, path, query, resolved, () -> articles.page(resolved.listing(), request)));
      return;
    }
    // The page and its cursor's position in one read (decision 0123).
    Slice.At at = articles.pageAt(resolved.listing(), request);
    String position = position(before, at.position());
    if (!position.equals(query)) {
      ctx.redirect(path + position, HttpStatus.FOUND);
      return;
    }
    pages.serve(ctx, key, mark, () -> render(e, path, query, resolved, at::slice));
  }

  private CachedPage render(Edition e, String path, String query, Spec spec, Supplier<Slice> read) {
    Listing listing = spec.listing();
    Listing kind = listing instanceof Listing.InEdition in ? in.listing() : listing;
    Slice slice = read.get();
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
                        site,
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
  private static String position(Optional<Cursor> before, Optional<Cursor> at) {
    return at.map(
            c ->
                before.isPresent()
                    ? query(Optional.of(c), Optional.empty())
                    : query(Optional.empty(), Optional.of(c)))
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
