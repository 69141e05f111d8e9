package org.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.dateline.article.ArticleId;
import org.dateline.testing.TestApp;
import org.dateline.testing.WireStories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a CDN in front of the site is told: public pages may be kept by shared caches (s-maxage,
 * stale-while-revalidate) and name their cache keys (Surrogate-Key, Cache-Tag) — the same from the
 * router and from the page cache answered in Jetty; the newsroom and error pages are never kept.
 */
class CdnHeadersIT {
  @TempDir Path data;
  TestApp app;
  ArticleId story;

  @BeforeEach
  void start() {
    app = TestApp.start(data, false);
    app.wiring().sections().ensure("Politics");
    story = WireStories.publish(app, "CDN story", "Politics", "en");
  }

  @AfterEach
  void stop() {
    app.close();
  }

  @Test
  void a_public_page_may_be_kept_by_a_cdn_and_names_its_keys_the_same_when_cached() {
    String path =
        app.get("/article/" + story.value())
            .headers()
            .firstValue("Location")
            .orElseThrow()
            .replaceFirst("^https?://[^/]+", "");
    HttpResponse<String> rendered = app.get(path);
    HttpResponse<String> fromCache = app.get(path);
    for (HttpResponse<String> r : List.of(rendered, fromCache)) {
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValue("Cache-Control"))
          .contains("public, max-age=0, s-maxage=300, stale-while-revalidate=30");
      List<String> keys =
          Arrays.asList(r.headers().firstValue("Surrogate-Key").orElseThrow().split(" "));
      assertThat(keys).contains("article:" + story.value());
      assertThat(r.headers().firstValue("Cache-Tag").orElseThrow().split(","))
          .containsExactlyElementsOf(keys);
    }
    for (String name :
        List.of(
            "Cache-Control",
            "Surrogate-Key",
            "Cache-Tag",
            "ETag",
            "Last-Modified",
            "Content-Security-Policy",
            "X-Content-Type-Options")) {
      assertThat(fromCache.headers().allValues(name))
          .as(name)
          .isEqualTo(rendered.headers().allValues(name));
    }
  }

  @Test
  void a_list_page_names_its_list_and_the_stories_on_it() {
    HttpResponse<String> home = app.get("/");
    assertThat(home.headers().firstValue("Surrogate-Key").orElseThrow().split(" "))
        .contains("list:home", "article:" + story.value());
    HttpResponse<String> section = app.get("/section/politics");
    assertThat(section.headers().firstValue("Surrogate-Key").orElseThrow())
        .containsPattern("(^| )section:[0-9]+( |$)");
  }

  @Test
  void error_pages_and_the_newsroom_are_never_kept_by_a_cdn() {
    HttpResponse<String> missing = app.get("/article/999999/nothing");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.headers().firstValue("Cache-Control").orElse("")).doesNotContain("s-maxage");
    assertThat(missing.headers().firstValue("Surrogate-Key")).isEmpty();
    HttpResponse<String> login = app.get("/newsroom/login");
    assertThat(login.headers().firstValue("Cache-Control").orElse("")).doesNotContain("s-maxage");
    assertThat(login.headers().firstValue("Surrogate-Key")).isEmpty();
  }
}
