package org.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.dateline.article.ArticleContent;
import org.dateline.article.ArticleId;
import org.dateline.article.Block;
import org.dateline.testing.TestApp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SitePagesIT {
  @TempDir static Path data;
  static TestApp app;
  static String seedPath;

  @BeforeAll
  static void start() {
    app = TestApp.start(data, true);
    seedPath =
        app.get("/article/1")
            .headers()
            .firstValue("Location")
            .orElseThrow()
            .replaceFirst("^https?://[^/]+", "");
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static Document page(String path) {
    HttpResponse<String> r = app.get(path);
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
    return Jsoup.parse(r.body());
  }

  private static long newStory(String headline, String section, Instant at) {
    var content =
        new ArticleContent(
            headline,
            "Summary.",
            "en",
            section,
            List.of("Test Reporter"),
            Optional.empty(),
            List.of(new Block.Paragraph("Body.")),
            List.of("testing"),
            5);
    return app.wiring().articles().publish(content, at, Optional.empty()).article().id().value();
  }

  @Test
  void home_page_shows_top_stories_latest_and_a_block_per_section() {
    Document home = page("/");
    assertThat(home.select("h2#top-title").text()).isEqualTo("Top stories");
    assertThat(home.select(".latest-list li")).hasSize(10);
    assertThat(home.select(".section-block h2").eachText())
        .contains("North Korea", "National", "Politics", "Economy", "World", "Sports");
    assertThat(home.select("nav#navigation a").eachText()).startsWith("Home", "All News");
    assertThat(home.select(".lead-story img").attr("src")).startsWith("/media/");
  }

  @Test
  void every_section_author_and_tag_page_lists_its_stories() {
    for (String slug :
        List.of("north-korea", "national", "politics", "economy", "world", "sports")) {
      Document d = page("/section/" + slug);
      assertThat(d.select(".story-item")).as(slug).hasSizeGreaterThanOrEqualTo(5);
      assertThat(d.select("nav#navigation a[aria-current=page]").attr("href"))
          .isEqualTo("/section/" + slug);
    }
    assertThat(page("/author/byun-duk-kun").select(".story-item a").eachAttr("href"))
        .contains(seedPath);
    assertThat(page("/author/kim-soo-yeon").select(".story-item")).hasSizeGreaterThan(1);
    assertThat(page("/tag/covid-19").select(".story-item")).hasSizeGreaterThan(1);
  }

  @Test
  void unknown_pages_answer_404_in_the_site_style() {
    for (String path :
        List.of(
            "/nope",
            "/section/nope",
            "/author/nobody",
            "/tag/nothing",
            "/article/99999",
            "/article/0/x",
            "/article/abc/x",
            "/static/css/site.0000000000.css",
            "/media/nothing.jpg")) {
      HttpResponse<String> r = app.get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(404);
      Document d = Jsoup.parse(r.body());
      assertThat(d.select("h1").text()).as(path).isEqualTo("Page not found");
      assertThat(d.select("nav#navigation")).as(path).isNotEmpty();
    }
  }

  @Test
  void a_wrong_or_missing_slug_redirects_permanently_to_the_canonical_url() {
    for (String path : List.of("/article/1", "/article/1/wrong-slug", "/article/1/")) {
      HttpResponse<String> r = app.get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(301);
      assertThat(r.headers().firstValue("Location").orElseThrow()).endsWith(seedPath);
    }
    assertThat(seedPath)
        .matches(
            "/article/1/u-s-closely-engaged-with-allies-partners-to-denuclearize-korean-peninsula-state");
  }

  @Test
  void an_article_page_has_tags_related_stories_bylines_and_photos() {
    String path = page("/tag/covid-19").select(".story-item h2 a").first().attr("href");
    Document d = page(path);
    assertThat(d.select(".tags a").eachAttr("href")).contains("/tag/covid-19");
    assertThat(d.select(".related .story-item")).isNotEmpty();
    assertThat(d.select(".byline a[rel=author]").attr("href")).startsWith("/author/");
    assertThat(d.select("link[rel=canonical]").attr("href")).endsWith(path);
    Document seed = page(seedPath);
    assertThat(seed.select("figure.photo img").attr("src")).startsWith("/media/");
    assertThat(seed.select("figure.photo img").attr("alt"))
        .startsWith("Department of State Press Secretary Ned Price");
    assertThat(seed.select("figure.photo figcaption").text())
        .startsWith("Department of State Press Secretary Ned Price");
  }

  @Test
  void all_news_pages_with_stable_cursors() {
    Document first = page("/news");
    List<String> firstItems = first.select(".story-item h2 a").eachAttr("href");
    assertThat(firstItems).hasSize(20);
    String older = first.select(".pager a[rel=next]").attr("href");
    assertThat(older).startsWith("/news?before=");
    assertThat(first.select(".pager a[rel=prev]")).isEmpty();

    Document second = page(older);
    List<String> secondItems = second.select(".story-item h2 a").eachAttr("href");
    assertThat(secondItems).isNotEmpty().doesNotContainAnyElementsOf(firstItems);

    // A story published meanwhile appears on the first page and does not shift the second.
    long fresh =
        newStory(
            "Fresh story published while reading", "Sports", Instant.parse("2022-02-05T00:00:00Z"));
    assertThat(page("/news").select(".story-item h2 a").first().attr("href"))
        .startsWith("/article/" + fresh + "/");
    assertThat(page(older).select(".story-item h2 a").eachAttr("href")).isEqualTo(secondItems);

    String newer = second.select(".pager a[rel=prev]").attr("href");
    assertThat(newer).startsWith("/news?after=");
    assertThat(page(newer).select(".story-item h2 a").eachAttr("href")).isEqualTo(firstItems);
    app.wiring().articles().kill(new ArticleId(fresh));
  }

  @Test
  void a_deep_list_page_reads_its_stories_and_its_position_in_one_statement() {
    // Given real positions in the middle of All News, whose pages are not cached yet
    var newest =
        app.wiring()
            .articles()
            .page(
                new org.dateline.article.Listing.InEdition(
                    app.wiring().editions().current().code(),
                    new org.dateline.article.Listing.All()),
                org.dateline.article.PageRequest.newest(30))
            .items();
    String before = "/news?before=" + newest.get(12).cursor().token();
    String after = "/news?after=" + newest.get(27).cursor().token();

    for (String path : List.of(before, after)) {
      // When a reader opens the page
      List<String> statements;
      Document d;
      try (var sql = org.dateline.testing.SqlCapture.ofRequests(app.wiring().database().jdbi())) {
        d = page(path);
        statements = sql.statements();
      }

      // Then the store was asked once (decision 0123: a round trip on PostgreSQL), where the
      // cursor's position, the page and whether a newer page exists took three statements
      assertThat(statements).as(path).hasSize(1);
      // and the page links to the pages on both sides
      assertThat(d.select(".pager a[rel=next]").attr("href")).as(path).startsWith("/news?before=");
      assertThat(d.select(".pager a[rel=prev]").attr("href")).as(path).startsWith("/news?after=");
    }
    // The page before the 13th story starts with the 14th, the page after the 28th ends with the
    // 27th, newest first either way
    assertThat(page(before).select(".story-item h2 a").first().attr("href"))
        .startsWith("/article/" + newest.get(13).id().value() + "/");
    List<String> afterItems = page(after).select(".story-item h2 a").eachAttr("href");
    assertThat(afterItems).hasSize(20);
    assertThat(afterItems.get(19)).startsWith("/article/" + newest.get(26).id().value() + "/");
    assertThat(afterItems.get(0)).startsWith("/article/" + newest.get(7).id().value() + "/");
  }

  @Test
  void head_requests_get_the_headers_without_a_body() {
    HttpResponse<String> r =
        app.send(
            HttpRequest.newBuilder(URI.create(app.url("/news")))
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
    assertThat(r.headers().firstValue("ETag")).isPresent();
    assertThat(r.body()).isEmpty();
  }

  @Test
  void a_malformed_cursor_is_a_bad_request() {
    HttpResponse<String> r = app.get("/news?before=%27%20OR%201%3D1%20--");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("The page link is not valid.");
  }

  @Test
  void a_killed_story_answers_410_and_leaves_every_list() {
    long id =
        newStory("Story that will be withdrawn", "World", Instant.parse("2022-02-06T00:00:00Z"));
    String path =
        app.get("/article/" + id)
            .headers()
            .firstValue("Location")
            .orElseThrow()
            .replaceFirst("^https?://[^/]+", "");
    assertThat(app.get(path).statusCode()).isEqualTo(200);
    assertThat(page("/news").select("a[href=" + path + "]")).isNotEmpty();

    app.wiring().articles().kill(new ArticleId(id));

    HttpResponse<String> gone = app.get(path);
    assertThat(gone.statusCode()).isEqualTo(410);
    assertThat(Jsoup.parse(gone.body()).select("h1").text()).isEqualTo("Story withdrawn");
    assertThat(app.get("/article/" + id).statusCode()).isEqualTo(410);
    for (String list :
        List.of("/", "/news", "/section/world", "/author/test-reporter", "/tag/testing")) {
      assertThat(app.get(list).body()).as(list).doesNotContain(path);
    }
  }

  @Test
  void an_updated_story_shows_its_updated_time() {
    long id =
        newStory("Story that will be updated", "National", Instant.parse("2022-01-01T00:00:00Z"));
    var content =
        new ArticleContent(
            "Story that will be updated",
            "Summary.",
            "en",
            "National",
            List.of("Test Reporter"),
            Optional.empty(),
            List.of(new Block.Paragraph("Body, corrected.")),
            List.of("testing"),
            5);
    String key = "test:update";
    app.wiring()
        .database()
        .jdbi()
        .useHandle(h -> h.execute("UPDATE articles SET source_key = ? WHERE id = ?", key, id));
    app.wiring()
        .articles()
        .publish(content, Instant.parse("2022-01-01T00:00:00Z"), Optional.of(key));
    Document d =
        page(
            app.get("/article/" + id)
                .headers()
                .firstValue("Location")
                .orElseThrow()
                .replaceFirst("^https?://[^/]+", ""));
    assertThat(d.select(".updated").text()).startsWith("Updated ");
    assertThat(d.select(".updated time").attr("datetime")).isNotEmpty();
    assertThat(d.select(".article-body").text()).contains("Body, corrected.");
  }

  @Test
  void pages_revalidate_with_etag_and_last_modified() {
    HttpResponse<String> first = app.get(seedPath);
    String etag = first.headers().firstValue("ETag").orElseThrow();
    String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
    // Browsers revalidate every time (max-age=0); a CDN may keep it (decision 0061).
    assertThat(first.headers().firstValue("Cache-Control"))
        .contains("public, max-age=0, s-maxage=300, stale-while-revalidate=30");

    HttpResponse<String> byEtag = app.get(seedPath, "If-None-Match", etag);
    assertThat(byEtag.statusCode()).isEqualTo(304);
    assertThat(byEtag.body()).isEmpty();
    assertThat(app.get(seedPath, "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
    assertThat(app.get(seedPath, "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
    for (String path :
        List.of("/", "/news", "/section/sports", "/author/byun-duk-kun", "/tag/covid-19")) {
      String tag = app.get(path).headers().firstValue("ETag").orElseThrow();
      assertThat(app.get(path, "If-None-Match", tag).statusCode()).as(path).isEqualTo(304);
    }
  }

  @Test
  void pages_are_compressed_for_clients_that_accept_gzip() throws Exception {
    HttpResponse<byte[]> zipped =
        app.send(
            HttpRequest.newBuilder(URI.create(app.url(seedPath)))
                .header("Accept-Encoding", "gzip")
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(zipped.headers().firstValue("Content-Encoding")).contains("gzip");
    assertThat(zipped.headers().firstValue("Vary")).contains("Accept-Encoding");
    String plain = app.get(seedPath).body();
    try (var in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(plain);
    }
    assertThat(zipped.body().length).isLessThan(plain.length() / 2);
  }

  @Test
  void static_assets_have_fingerprinted_urls_cached_for_a_year() {
    Document home = page("/");
    String css = home.select("link[rel=stylesheet]").attr("href");
    String js = home.select("script[src]").attr("src");
    assertThat(css).matches("/static/css/site\\.[0-9a-f]{10}\\.css");
    assertThat(js).matches("/static/js/site\\.[0-9a-f]{10}\\.js");
    for (String url : List.of(css, js)) {
      HttpResponse<String> r = app.get(url);
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValue("Cache-Control"))
          .contains("public, max-age=31536000, immutable");
    }
    String photo = page(seedPath).select("figure.photo img").attr("src");
    HttpResponse<String> image = app.get(photo);
    assertThat(image.statusCode()).isEqualTo(200);
    assertThat(image.headers().firstValue("Content-Type")).contains("image/jpeg");
    assertThat(image.headers().firstValue("Cache-Control"))
        .contains("public, max-age=31536000, immutable");
  }

  @Test
  void the_seed_page_carries_the_seed_in_its_order() {
    Document d = page(seedPath);
    assertThat(d.select(".skip-links a").eachText())
        .containsExactly("Go to Contents", "Go to Navigation");
    assertThat(d.select(".skip-links a").eachAttr("href"))
        .containsExactly("#contents", "#navigation");
    assertThat(d.select("main#contents")).hasSize(1);
    assertThat(d.select("nav#navigation")).hasSize(1);
    assertThat(d.select("h1").text())
        .isEqualTo(
            "U.S. closely engaged with allies, partners to denuclearize Korean Peninsula: State Dept.");
    assertThat(d.select(".kicker").text()).isEqualTo("All News 06:12 February 04, 2022");
    assertThat(d.select(".byline").text()).isEqualTo("By Byun Duk-kun");
    assertThat(d.select(".byline a").attr("href")).isEqualTo("/author/byun-duk-kun");
    assertThat(d.select(".article-body p").first().text())
        .startsWith("WASHINGTON, Feb. 3 (Yonhap) -- The United States");
    assertThat(d.select("#feedback summary").text()).isEqualTo("Send Feedback");
    assertThat(d.select("#feedback label[for=feedback-text]").text())
        .isEqualTo("How can we improve?");
    assertThat(d.select("#feedback .feedback-thanks").text())
        .isEqualTo("Thanks for your feedback!");
    assertThat(d.select("#feedback .feedback-thanks").hasAttr("hidden")).isTrue();
  }

  @Test
  void a_failure_inside_a_page_answers_500_in_the_site_style(@TempDir Path other) {
    try (TestApp broken = TestApp.start(other, false)) {
      broken.get("/");
      broken.wiring().database().close();
      HttpResponse<String> r = broken.get("/author/anyone");
      assertThat(r.statusCode()).isEqualTo(500);
      Document d = Jsoup.parse(r.body());
      assertThat(d.select("h1").text()).isEqualTo("Something went wrong");
      assertThat(r.body()).doesNotContain("Exception", "SQL", "at org.");
    }
  }
}
