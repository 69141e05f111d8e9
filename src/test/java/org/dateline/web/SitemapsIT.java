package org.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.article.ArticleContent;
import org.dateline.article.ArticleId;
import org.dateline.article.ArticleSummary;
import org.dateline.article.Block;
import org.dateline.article.Listing;
import org.dateline.article.PageRequest;
import org.dateline.testing.MutableClock;
import org.dateline.testing.SitemapRules;
import org.dateline.testing.TestApp;
import org.dateline.testing.XmlDoc;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * robots.txt, the sitemap index and its sitemaps over real HTTP on the demo content, with sitemap
 * pages of {@value #PAGE} ids so that several pages and their boundaries exist: every document
 * follows the protocol's rules ({@link SitemapRules}), every story is on exactly the page of its
 * id, pages keep their stories as new ones arrive, and a kill takes a story out everywhere.
 */
class SitemapsIT {
  private static final int PAGE = 3;

  @TempDir Path data;
  TestApp app;
  MutableClock clock = new MutableClock(Instant.parse("2026-11-30T09:00:00Z"));
  String base;

  @BeforeEach
  void start() {
    app = TestApp.start(data, true, clock, PAGE);
    String robots = app.get("/robots.txt").body();
    String sitemap =
        robots
            .lines()
            .filter(l -> l.startsWith("Sitemap: "))
            .findFirst()
            .orElseThrow()
            .substring(9);
    base = sitemap.substring(0, sitemap.length() - "/sitemap.xml".length());
  }

  @AfterEach
  void stop() {
    app.close();
  }

  private String path(String url) {
    assertThat(url).startsWith(base + "/");
    return url.substring(base.length());
  }

  private String xml(String path) {
    HttpResponse<String> r = app.get(path);
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElseThrow())
        .as(path)
        .matches("application/xml; ?charset=utf-8");
    return r.body();
  }

  private List<ArticleSummary> publicStories() {
    return app.wiring().articles().page(new Listing.All(), PageRequest.newest(100)).items();
  }

  /** The story URLs of every article sitemap the index names, by sitemap path. */
  private Map<String, List<String>> articleSitemaps() {
    Map<String, List<String>> pages = new HashMap<>();
    for (String loc : SitemapRules.locs(xml("/sitemap.xml"))) {
      String p = path(loc);
      if (p.startsWith("/sitemaps/articles-")) {
        pages.put(p, SitemapRules.locs(xml(p)));
      }
    }
    return pages;
  }

  private ArticleContent story(String headline) {
    return new ArticleContent(
        headline,
        "A summary.",
        "en",
        "",
        List.of("Kim Min-jun"),
        Optional.empty(),
        List.of(new Block.Paragraph("The body.")),
        List.of(),
        5);
  }

  @Test
  void robots_txt_names_the_sitemap_index_by_its_absolute_address() {
    HttpResponse<String> robots = app.get("/robots.txt");
    assertThat(robots.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
    assertThat(robots.body()).contains("User-agent: *").contains("Sitemap: http://");
    assertThat(app.get(path(base + "/sitemap.xml")).statusCode()).isEqualTo(200);
  }

  @Test
  void every_sitemap_follows_the_protocol_and_every_address_in_it_answers() {
    String index = xml("/sitemap.xml");
    assertThat(SitemapRules.indexErrors(index, base)).isEmpty();
    List<String> sitemaps = SitemapRules.locs(index).stream().map(this::path).toList();
    assertThat(sitemaps)
        .contains("/sitemaps/pages.xml", "/sitemaps/news.xml", "/sitemaps/articles-0.xml")
        .anyMatch(p -> p.startsWith("/sitemaps/authors-"))
        .anyMatch(p -> p.startsWith("/sitemaps/topics-"));
    for (String sitemap : sitemaps) {
      String body = xml(sitemap);
      if (sitemap.endsWith("/news.xml")) {
        assertThat(SitemapRules.newsErrors(body, base)).as(sitemap).isEmpty();
      } else {
        assertThat(SitemapRules.urlsetErrors(body, base)).as(sitemap).isEmpty();
      }
      for (String loc : SitemapRules.locs(body)) {
        assertThat(app.get(path(loc)).statusCode()).as(loc).isEqualTo(200);
      }
    }
    // The index's lastmod of a page is the last change of its stories.
    XmlDoc doc = XmlDoc.parse(index);
    assertThat(doc.texts("//sm:sitemap[contains(sm:loc,'/articles-')]/sm:lastmod")).isNotEmpty();
  }

  @Test
  void each_public_story_is_on_the_page_of_its_id_and_pages_keep_their_stories_as_more_arrive() {
    Map<String, List<String>> before = articleSitemaps();
    List<String> all = before.values().stream().flatMap(List::stream).toList();
    assertThat(all).hasSize(publicStories().size()).doesNotHaveDuplicates();
    for (var page : before.entrySet()) {
      assertThat(page.getValue()).hasSizeLessThanOrEqualTo(PAGE);
      long n = Long.parseLong(page.getKey().replaceAll("\\D", ""));
      for (String loc : page.getValue()) {
        long id = Long.parseLong(path(loc).split("/")[2]);
        assertThat((id - 1) / PAGE).as(loc + " on " + page.getKey()).isEqualTo(n);
      }
    }
    Map<String, String> etags = new HashMap<>();
    before.keySet().forEach(p -> etags.put(p, app.get(p).headers().firstValue("ETag").get()));

    for (int i = 0; i < PAGE + 1; i++) {
      app.wiring()
          .articles()
          .publish(story("Ferry schedules change " + i), clock.instant(), Optional.empty());
    }
    Map<String, List<String>> after = articleSitemaps();
    // The pages that were full still hold exactly what they held (byte for byte); new stories
    // went onto the last page and new ones.
    for (var page : before.entrySet()) {
      if (page.getValue().size() == PAGE) {
        assertThat(after.get(page.getKey())).isEqualTo(page.getValue());
        assertThat(app.get(page.getKey()).headers().firstValue("ETag"))
            .contains(etags.get(page.getKey()));
      }
    }
    assertThat(after.values().stream().mapToInt(List::size).sum()).isEqualTo(all.size() + PAGE + 1);
    assertThat(after.size()).isGreaterThan(before.size());
  }

  @Test
  void a_killed_story_leaves_every_sitemap_and_an_update_moves_its_lastmod() {
    var story =
        app.wiring()
            .articles()
            .publish(story("Tunnel reopens after repairs"), clock.instant(), Optional.empty())
            .article();
    String sitemap = "/sitemaps/articles-" + (story.id().value() - 1) / PAGE + ".xml";
    String news = "/sitemaps/news.xml";
    assertThat(xml(sitemap)).contains("/article/" + story.id() + "/");
    assertThat(xml(news)).contains("Tunnel reopens after repairs");

    clock.advance(Duration.ofHours(2));
    app.wiring()
        .articles()
        .update(story.id(), story("Tunnel reopens after overnight repairs"), Optional.empty());
    XmlDoc page = XmlDoc.parse(xml(sitemap));
    assertThat(page.text("//sm:url[contains(sm:loc,'/article/" + story.id() + "/')]/sm:lastmod"))
        .isEqualTo("2026-11-30T11:00:00Z");

    app.wiring().articles().kill(story.id());
    assertThat(xml(sitemap)).doesNotContain("/article/" + story.id() + "/");
    assertThat(xml(news)).doesNotContain("Tunnel reopens");
  }

  @Test
  void the_news_sitemap_holds_the_last_48_hours_with_googles_required_elements() {
    app.wiring()
        .articles()
        .publish(
            story("Old news from three days ago"),
            clock.instant().minus(Duration.ofHours(49)),
            Optional.empty());
    ArticleId fresh =
        app.wiring()
            .articles()
            .publish(story("Fresh news of this morning"), clock.instant(), Optional.empty())
            .article()
            .id();
    String news = xml("/sitemaps/news.xml");
    assertThat(SitemapRules.newsErrors(news, base)).isEmpty();
    XmlDoc doc = XmlDoc.parse(news);
    assertThat(doc.texts("//news:title")).containsExactly("Fresh news of this morning");
    assertThat(doc.text("//news:publication_date")).isEqualTo("2026-11-30T09:00:00Z");
    assertThat(doc.text("//news:publication/news:language")).isEqualTo("en");
    assertThat(doc.text("//sm:loc")).contains("/article/" + fresh + "/");

    // Time passes without a change: the story leaves the news sitemap on its own.
    clock.advance(Duration.ofHours(49));
    assertThat(XmlDoc.parse(xml("/sitemaps/news.xml")).texts("//news:title")).isEmpty();
  }

  @Test
  void a_sitemap_page_past_the_last_or_of_an_unknown_kind_answers_404() {
    assertThat(app.get("/sitemaps/articles-999999.xml").statusCode()).isEqualTo(404);
    assertThat(app.get("/sitemaps/articles-01.xml").statusCode()).isEqualTo(404);
    assertThat(app.get("/sitemaps/videos-0.xml").statusCode()).isEqualTo(404);
  }
}
