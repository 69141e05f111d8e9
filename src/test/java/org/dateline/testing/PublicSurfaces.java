package org.dateline.testing;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.dateline.shared.Slugs;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Every public surface of the site as a probe: what anyone can fetch without signing in. The
 * embargo property ({@code EmbargoPropertiesIT}) fetches them all and checks that nothing of a
 * story that is not out yet shows anywhere.
 *
 * <p><b>A new public surface (feeds, sitemaps, search, the wire's public parts...) must be
 * registered in {@link #ALL}, one line each</b>; the property then covers it.
 */
public final class PublicSurfaces {
  private PublicSurfaces() {}

  /**
   * What the probes may try beyond following links: every article id, photo address and name the
   * test made (public or not), as an attacker who guesses or derives addresses would.
   */
  public record Known(Set<Long> articleIds, Set<String> photoPaths, Set<String> names) {}

  /** One response of a public surface. */
  public record Fetched(String surface, String method, String path, int status, String body) {
    @Override
    public String toString() {
      return surface + ": " + method + " " + path + " -> " + status;
    }
  }

  /** A public surface: fetches everything it offers. */
  public record Surface(String name, BiFunction<TestApp, Known, List<String>> paths) {}

  /** Every public surface. Register new ones here. */
  public static final List<Surface> ALL =
      List.of(
          new Surface("home", (app, known) -> List.of("/")),
          new Surface("all news, every page", (app, known) -> pages(app, "/news")),
          new Surface("navigation and section pages, every page", PublicSurfaces::sectionPages),
          new Surface("author pages", (app, known) -> namePages(known, "/author/")),
          new Surface("topic pages", (app, known) -> namePages(known, "/tag/")),
          new Surface("article pages", PublicSurfaces::articlePages),
          new Surface("photo files", (app, known) -> List.copyOf(known.photoPaths())),
          new Surface("error pages", (app, known) -> List.of("/no-such-page", "/article/0")),
          new Surface("robots.txt", (app, known) -> List.of("/robots.txt")),
          new Surface("feeds of the site, sections, topics, authors", PublicSurfaces::feeds),
          new Surface("sitemap index and every sitemap", PublicSurfaces::sitemaps),
          new Surface("content API", PublicSurfaces::contentApi),
          new Surface("search and suggestions", PublicSurfaces::searches)
          // the wire is not public: WireApiIT checks that a request without a key reveals nothing.
          );

  /** Fetches every surface with GET, plus the feedback form's POST to every known article id. */
  public static List<Fetched> fetchAll(TestApp app, Known known) {
    List<Fetched> all = new ArrayList<>();
    for (Surface surface : ALL) {
      for (String path : new LinkedHashSet<>(surface.paths().apply(app, known))) {
        HttpResponse<String> r = app.get(path);
        all.add(new Fetched(surface.name(), "GET", path, r.statusCode(), r.body()));
      }
    }
    for (long id : known.articleIds()) {
      String path = "/article/" + id + "/feedback";
      // Each on a connection of its own (RawHttp closes it after the answer).
      RawHttp.Response r =
          RawHttp.send(
              app.port(),
              "POST",
              path,
              List.of("Content-Type", "application/x-www-form-urlencoded", "Origin", app.url("")),
              "message=Is+this+out+yet%3F&website=".getBytes(StandardCharsets.UTF_8),
              null);
      all.add(new Fetched("feedback form", "POST", path, r.status(), r.text()));
    }
    return all;
  }

  /** A list page and every older page, by following its pager. */
  private static List<String> pages(TestApp app, String first) {
    List<String> paths = new ArrayList<>();
    String next = first;
    while (next != null && paths.size() < 100) {
      paths.add(next);
      Document page = Jsoup.parse(app.get(next).body());
      String older = page.select("a[rel=next]").attr("href");
      next = older.isEmpty() ? null : older;
    }
    return paths;
  }

  private static List<String> sectionPages(TestApp app, Known known) {
    List<String> paths = new ArrayList<>();
    Document home = Jsoup.parse(app.get("/").body());
    for (var link : home.select("nav#navigation a[href^=/section/]")) {
      paths.addAll(pages(app, link.attr("href")));
    }
    return paths;
  }

  /** The pages of every name as a link would give them, and the slugs a guesser would try. */
  private static List<String> namePages(Known known, String prefix) {
    List<String> paths = new ArrayList<>();
    for (String name : known.names()) {
      String slug = Slugs.inPath(Slugs.of(name));
      paths.add(prefix + slug);
      paths.add(prefix + slug + "-2");
    }
    paths.add(prefix + Slugs.FALLBACK);
    return paths;
  }

  /** Search pages and suggestions for every name, and for their first letters as one types. */
  private static List<String> searches(TestApp app, Known known) {
    List<String> paths = new ArrayList<>();
    for (String name : known.names()) {
      String q = java.net.URLEncoder.encode(name, StandardCharsets.UTF_8);
      paths.add("/search?q=" + q);
      paths.add("/search?q=" + q + "&sort=newest");
      paths.add("/search/suggest?q=" + q);
      String start = name.substring(0, Math.min(3, name.length()));
      paths.add("/search/suggest?q=" + java.net.URLEncoder.encode(start, StandardCharsets.UTF_8));
    }
    return paths;
  }

  private static List<String> articlePages(TestApp app, Known known) {
    List<String> paths = new ArrayList<>();
    long max = 0;
    for (long id : known.articleIds()) {
      paths.add("/article/" + id);
      paths.add("/article/" + id + "/" + Slugs.FALLBACK);
      max = Math.max(max, id);
    }
    // The next ids, as someone counting up would try.
    for (long id = max + 1; id <= max + 3; id++) {
      paths.add("/article/" + id);
    }
    // The canonical addresses the site links to.
    for (String path : pages(app, "/news")) {
      Jsoup.parse(app.get(path).body())
          .select("a[href^=/article/]")
          .forEach(a -> paths.add(a.attr("href")));
    }
    return paths;
  }

  private static final List<String> FEEDS = List.of("feed.rss", "feed.atom", "feed.json");

  /** Every feed: the site's, each section's (from the navigation), each known name's. */
  private static List<String> feeds(TestApp app, Known known) {
    List<String> lists = new ArrayList<>();
    lists.add("");
    Document home = Jsoup.parse(app.get("/").body());
    home.select("nav#navigation a[href^=/section/]").forEach(a -> lists.add(a.attr("href")));
    lists.addAll(namePages(known, "/author/"));
    lists.addAll(namePages(known, "/tag/"));
    List<String> paths = new ArrayList<>();
    for (String list : lists) {
      FEEDS.forEach(f -> paths.add(list + "/" + f));
    }
    return paths;
  }

  /** The sitemap index, every sitemap it names, and the news sitemap. */
  private static List<String> sitemaps(TestApp app, Known known) {
    List<String> paths = new ArrayList<>(List.of("/sitemap.xml", "/sitemaps/news.xml"));
    for (String loc : SitemapRules.locs(app.get("/sitemap.xml").body())) {
      paths.add(loc.substring(loc.indexOf("/sitemaps/")));
    }
    return paths;
  }

  /**
   * The content API: every list (all its pages), every known story id, every section, topic and
   * author by the names the test made, and the OpenAPI document.
   */
  private static List<String> contentApi(TestApp app, Known known) {
    List<String> paths = new ArrayList<>();
    paths.add("/api/v1/openapi.json");
    for (String list : List.of("/api/v1/articles", "/api/v1/topics", "/api/v1/authors")) {
      String next = list + "?limit=100";
      while (next != null && paths.size() < 1000) {
        paths.add(next);
        String body = app.get(next).body();
        int at = body.indexOf("\"next\":\"");
        next = at < 0 ? null : body.substring(body.indexOf("/api/", at), body.indexOf('"', at + 8));
      }
    }
    paths.add("/api/v1/sections");
    Document home = Jsoup.parse(app.get("/").body());
    home.select("nav#navigation a[href^=/section/]")
        .forEach(a -> paths.add("/api/v1/sections/" + a.attr("href").substring(9)));
    for (long id : known.articleIds()) {
      paths.add("/api/v1/articles/" + id);
    }
    for (String name : known.names()) {
      String slug = Slugs.inPath(Slugs.of(name));
      paths.add("/api/v1/topics/" + slug);
      paths.add("/api/v1/authors/" + slug);
      paths.add("/api/v1/articles?topic=" + slug);
      paths.add("/api/v1/articles?author=" + slug);
    }
    return paths;
  }
}
