package org.dateline.web.site;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dateline.edition.Edition;
import org.dateline.search.Search;
import org.dateline.search.SearchQuery;
import org.dateline.search.SearchResults;
import org.dateline.search.Suggestion;
import org.dateline.web.CachedPage;
import org.dateline.web.PublicPages;
import org.dateline.web.site.SearchModel.FacetBox;
import org.dateline.web.site.SearchModel.FacetLink;
import org.dateline.web.site.SearchModel.Filter;
import org.dateline.web.site.SearchModel.Result;
import org.dateline.web.site.SearchModel.SearchPage;

/**
 * Reader search: {@code /search?q=} (a page that works without JavaScript) and the as-you-type
 * suggestions {@code /search/suggest?q=} (JSON). Pages are cached per query and dropped whenever
 * the index changes ({@link #CACHE_KEY}).
 */
public final class SearchPages {
  /** The cache key of every search page; the index's follower drops it after each change. */
  public static final String CACHE_KEY = "search";

  static final int PAGE_SIZE = 10;
  private static final List<String> FILTERS =
      List.of("section", "author", "topic", "lang", "month");

  private final Search search;
  private final SiteChrome site;
  private final PublicPages pages;

  public SearchPages(Search search, SiteChrome site, PublicPages pages) {
    this.search = search;
    this.site = site;
    this.pages = pages;
  }

  /** What the address asks for, each value as given (a filter only when not blank). */
  record Params(String q, Map<String, String> filters, boolean newest, int page, Edition edition) {
    static Params of(Context ctx, Edition edition) {
      Map<String, String> filters = new LinkedHashMap<>();
      for (String f : FILTERS) {
        String v = ctx.queryParam(f);
        if (v != null && !v.isBlank() && v.length() <= 300) {
          filters.put(f, v.strip());
        }
      }
      String q = ctx.queryParam("q");
      String p = ctx.queryParam("page");
      int page = p != null && p.matches("[1-9][0-9]{0,2}") ? Integer.parseInt(p) : 1;
      return new Params(
          q == null ? "" : q.strip(),
          filters,
          "newest".equals(ctx.queryParam("sort")),
          Math.min(page, SearchQuery.MAX_PAGE),
          edition);
    }

    /** The address of this search with changes: a filter set or removed, another page. */
    String href(Map<String, String> changes, int toPage) {
      Map<String, String> all = new LinkedHashMap<>();
      all.put("q", q);
      all.putAll(filters);
      changes.forEach(
          (k, v) -> {
            if (v == null) {
              all.remove(k);
            } else {
              all.put(k, v);
            }
          });
      if (newest) {
        all.put("sort", "newest");
      }
      if (toPage > 1) {
        all.put("page", Integer.toString(toPage));
      }
      StringBuilder b = new StringBuilder(edition.path("/search"));
      char sep = '?';
      for (Map.Entry<String, String> e : all.entrySet()) {
        if (e.getValue().isEmpty() && !e.getKey().equals("q")) {
          continue;
        }
        b.append(sep).append(e.getKey()).append('=').append(encode(e.getValue()));
        sep = '&';
      }
      return b.toString();
    }
  }

  /**
   * {@code /search} and {@code /ko/search}: the stories of the request's edition (decision 0077),
   * in its words.
   */
  public void page(Context ctx) {
    Optional<Edition> edition = EditionRequests.of(ctx, site);
    if (edition.isEmpty()) {
      return;
    }
    Params p = Params.of(ctx, edition.get());
    String key = p.href(Map.of(), p.page());
    ctx.header("X-Robots-Tag", "noindex");
    // This process's changes first: a kept page they drop is not served in between (0128)
    search.awaitApplied();
    long mark = pages.mark(); // before the index is read: a change meanwhile is not hidden
    pages.serve(ctx, key, mark, () -> render(p));
  }

  private CachedPage render(Params p) {
    Edition edition = p.edition();
    Words w = site.words(edition.language());
    String notice = "";
    Search.Outcome outcome = null;
    if (p.q().length() > SearchQuery.MAX_LENGTH) {
      notice = w.format("search.too_long", p.q().length(), SearchQuery.MAX_LENGTH);
    } else if (p.q().isEmpty() && p.filters().isEmpty()) {
      notice = w.get("search.start");
    } else {
      outcome = search.find(query(p));
    }
    SearchResults results = outcome == null ? SearchResults.none() : outcome.results();
    if (outcome != null && results.total() == 0) {
      notice = w.get("search.nothing");
    }
    List<Result> items = new ArrayList<>();
    for (SearchResults.Hit h : results.hits()) {
      var local = h.publishedAt().atZone(edition.zone()).toLocalDate();
      items.add(
          new Result(
              site.address(site.articleHref(edition, h.articleId(), h.slug())),
              h.headline(),
              h.snippet(),
              h.section(),
              edition.format(h.publishedAt()),
              h.publishedAt().toString(),
              edition.root() + ArchivePaths.day(local)));
    }
    long pagesTotal = (results.total() + PAGE_SIZE - 1) / PAGE_SIZE;
    int last = (int) Math.min(pagesTotal, SearchQuery.MAX_PAGE);
    Model.Pager pager =
        new Model.Pager(
            p.page() < last ? p.href(Map.of(), p.page() + 1) : "",
            p.page() > 1 ? p.href(Map.of(), p.page() - 1) : "");
    String instead = outcome == null ? "" : outcome.searchedInstead().orElse("");
    String dym = outcome == null ? "" : outcome.didYouMean().orElse("");
    String title =
        p.q().isEmpty() ? w.get("search.title") : w.format("search.title_query", shorten(p.q()));
    var page =
        new SearchPage(
            site.chrome(edition, ""),
            site.meta(title, w.get("search.description"), edition.path("/search"), "website", "")
                .noindex(),
            p.q(),
            p.newest(),
            notice,
            instead,
            instead.isEmpty() ? "" : p.href(Map.of(), 1),
            dym,
            dym.isEmpty() ? "" : p.href(Map.of("q", dym), 1),
            outcome == null ? "" : count(w, results.total()),
            items,
            active(w, p),
            facets(w, p, results),
            pager);
    return pages.html(200, "search/search.jte", Map.of("page", page)).withKeys(Set.of(CACHE_KEY));
  }

  private static SearchQuery query(Params p) {
    var f = p.filters();
    return new SearchQuery(
        SearchQuery.Audience.PUBLIC,
        p.q(),
        Optional.ofNullable(f.get("section")),
        Optional.ofNullable(f.get("author")),
        Optional.ofNullable(f.get("topic")),
        Optional.ofNullable(f.get("lang")),
        Optional.ofNullable(f.get("month")),
        p.newest() ? SearchQuery.Order.NEWEST : SearchQuery.Order.RELEVANCE,
        p.page(),
        PAGE_SIZE,
        Optional.of(new SearchQuery.EditionFilter(p.edition().code(), p.edition().isDefault())));
  }

  private static List<Filter> active(Words w, Params p) {
    List<Filter> out = new ArrayList<>();
    p.filters()
        .forEach(
            (k, v) -> {
              Map<String, String> remove = new LinkedHashMap<>();
              remove.put(k, null);
              out.add(new Filter(label(w, k, v), p.href(remove, 1)));
            });
    return out;
  }

  private static List<FacetBox> facets(Words w, Params p, SearchResults results) {
    List<FacetBox> out = new ArrayList<>();
    for (SearchResults.Facet f : results.facets()) {
      String param = f.name().equals("language") ? "lang" : f.name();
      if (p.filters().containsKey(param) || f.values().isEmpty()) {
        continue;
      }
      List<FacetLink> links = new ArrayList<>();
      for (SearchResults.Value v : f.values()) {
        links.add(
            new FacetLink(
                label(w, param, v.label()),
                v.count(),
                p.href(Map.of(param, v.label()), 1),
                param.equals("month") ? ArchivePaths.month(v.label()) : ""));
      }
      out.add(new FacetBox(heading(w, f.name()), links));
    }
    return out;
  }

  /** A facet's heading in the page's words; the name itself for a facet without one. */
  private static String heading(Words w, String facet) {
    return List.of("section", "author", "topic", "language", "month").contains(facet)
        ? w.get("search.facet." + facet)
        : facet;
  }

  private static String label(Words w, String param, String value) {
    if (param.equals("month")) {
      return org.dateline.web.Params.month(value)
          .map(m -> m.format(ListPages.pattern(w, "lists.month_pattern")))
          .orElse(value);
    }
    if (param.equals("lang")) {
      // Each language named in the page's language: "Korean", "한국어", "الكورية".
      String name = Locale.forLanguageTag(value).getDisplayLanguage(w.locale());
      return name.isEmpty() ? value : name;
    }
    return value;
  }

  private static String count(Words w, long total) {
    return total == 1 ? w.get("search.one_story") : w.format("search.stories", total);
  }

  private static String shorten(String q) {
    return q.length() > 80 ? q.substring(0, 80) + "…" : q;
  }

  /** {@code /search/suggest?q=}: headlines, topics and people for the search box, as JSON. */
  public void suggest(Context ctx) {
    String q = ctx.queryParam("q");
    List<Map<String, String>> out = new ArrayList<>();
    for (Suggestion s : search.suggest(q == null ? "" : q, 6)) {
      String href =
          switch (s.kind()) {
            case STORY -> SiteChrome.articleHref(s.articleId(), s.slug());
            case TOPIC -> "/search?q=" + encode("topic:\"" + s.label() + "\"");
            case PERSON -> "/search?q=" + encode("author:\"" + s.label() + "\"");
          };
      out.add(
          Map.of(
              "kind", s.kind().name().toLowerCase(Locale.ROOT), "label", s.label(), "href", href));
    }
    ctx.header("Cache-Control", "no-store");
    ctx.header("X-Robots-Tag", "noindex");
    ctx.json(Map.of("suggestions", out));
  }

  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
