package org.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.dateline.article.ArticleSummary;
import org.dateline.article.Listing;
import org.dateline.article.PageRequest;
import org.dateline.testing.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page answered while it is rendered (through Javalin and {@code Responses}) and the same page
 * answered from the cache (in Jetty, by {@code FastPages}) carry the same headers: both take them
 * from {@code PageHeaders}.
 */
class PageHeadersIT {
  @TempDir Path data;
  TestApp app;

  @BeforeEach
  void start() {
    app = TestApp.start(data, true);
  }

  @AfterEach
  void stop() {
    app.close();
  }

  /** The headers that do not change from one answer of a page to the next, by lower-case name. */
  private static Map<String, List<String>> constant(HttpResponse<String> r) {
    Map<String, List<String>> out = new TreeMap<>();
    r.headers()
        .map()
        .forEach(
            (name, values) -> {
              String n = name.toLowerCase(Locale.ROOT);
              if (n.equals("content-type")) {
                // The servlet layer writes "text/html;charset=utf-8", Jetty as given: the same type
                // (whitespace around ';' is optional in HTTP).
                out.put(n, values.stream().map(v -> v.replace(" ", "")).toList());
              } else if (!n.equals("date") && !n.equals(":status") && !n.equals("x-request-id")) {
                // (the date and the request's own id differ from one answer to the next)
                out.put(n, values);
              }
            });
    return out;
  }

  private void sameHeadersRenderedAndCached(String path, String... request) {
    assertThat(app.wiring().pageCache().peek(path)).as("not cached yet").isNull();
    HttpResponse<String> rendered = app.get(path, request);
    assertThat(rendered.statusCode()).isEqualTo(200);
    assertThat(app.wiring().pageCache().peek(path))
        .as("cached now, so the next answer comes from FastPages")
        .isNotNull();

    HttpResponse<String> cached = app.get(path, request);

    assertThat(cached.statusCode()).isEqualTo(200);
    assertThat(cached.body()).isEqualTo(rendered.body());
    assertThat(constant(cached)).isEqualTo(constant(rendered));
    SecurityHeaders.ALL.forEach(
        (name, value) -> assertThat(cached.headers().firstValue(name)).as(name).contains(value));
    assertThat(cached.headers().firstValue("Cache-Control"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("public, max-age=0, s-maxage="));
  }

  @Test
  void the_home_page_rendered_and_from_the_cache_carries_the_same_headers() {
    sameHeadersRenderedAndCached("/");
  }

  @Test
  void an_article_page_rendered_and_from_the_cache_carries_the_same_headers() {
    ArticleSummary s =
        app.wiring().articles().page(new Listing.All(), PageRequest.newest(1)).items().get(0);
    sameHeadersRenderedAndCached(org.dateline.article.ArticlePaths.of(s.id().value(), s.slug()));
  }

  @Test
  void a_gzipped_page_rendered_and_from_the_cache_carries_the_same_headers() {
    ArticleSummary s =
        app.wiring().articles().page(new Listing.All(), PageRequest.newest(2)).items().get(1);
    String path = org.dateline.article.ArticlePaths.of(s.id().value(), s.slug());
    sameHeadersRenderedAndCached(path, "Accept-Encoding", "gzip");
    assertThat(app.get(path, "Accept-Encoding", "gzip").headers().firstValue("Content-Encoding"))
        .contains("gzip");
  }

  @Test
  void a_content_api_answer_rendered_and_from_the_cache_carries_the_same_cors_headers() {
    ArticleSummary s =
        app.wiring().articles().page(new Listing.All(), PageRequest.newest(1)).items().get(0);
    String path = "/api/v1/articles/" + s.id().value();
    sameHeadersRenderedAndCached(path);
    assertThat(app.get(path).headers().firstValue("Access-Control-Allow-Origin")).contains("*");
  }
}
