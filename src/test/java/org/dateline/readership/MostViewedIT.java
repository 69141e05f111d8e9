package org.dateline.readership;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dateline.article.ArticleContent;
import org.dateline.article.ArticleId;
import org.dateline.article.Block;
import org.dateline.testing.MutableClock;
import org.dateline.testing.TestApp;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Most viewed over real HTTP and a real store (decision 0044, 0045): views reported by the page's
 * beacon, counted in memory per story and hour, one row per story and hour in the store, known bots
 * not counted, nothing about the reader kept, and the list on the home and article pages showing
 * only what is public now.
 */
class MostViewedIT {
  private static final String BROWSER =
      "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0"
          + " Safari/537.36";
  private static final Instant T0 = Instant.parse("2026-03-02T10:15:00Z");

  @TempDir Path data;
  private final MutableClock clock = new MutableClock(T0);
  private TestApp app;
  private final List<String> renders = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() {
    app = TestApp.start(data, false, clock);
    app.wiring().pageCache().onRender(renders::add);
  }

  @AfterEach
  void stop() {
    app.close();
  }

  private ArticleId publish(String headline, String section) {
    var content =
        new ArticleContent(
            headline,
            "",
            "en",
            section,
            List.of("Reporter"),
            Optional.empty(),
            List.of(new Block.Paragraph("Text of " + headline + ".")),
            List.of(),
            5);
    app.wiring().sections().ensure(section);
    return app.wiring()
        .articles()
        .publish(content, clock.instant().minus(Duration.ofMinutes(30)), Optional.of(headline))
        .article()
        .id();
  }

  private HttpResponse<String> view(ArticleId id, String... headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(app.url("/v/" + id.value())))
            .POST(HttpRequest.BodyPublishers.noBody());
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return app.send(b.build());
  }

  private HttpResponse<String> readerView(ArticleId id) {
    return view(id, "User-Agent", BROWSER, "Sec-Fetch-Site", "same-origin");
  }

  private void views(ArticleId id, int n) {
    for (int i = 0; i < n; i++) {
      assertThat(readerView(id).statusCode()).isEqualTo(204);
    }
  }

  /** The rows of article_views: article id, hour, views. */
  private List<Map<String, Object>> rows() {
    return app.wiring()
        .database()
        .jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        "SELECT article_id, hour_start, views FROM article_views"
                            + " ORDER BY article_id, hour_start")
                    .mapToMap()
                    .list());
  }

  private List<String> mostViewedOn(String path) {
    var r = app.get(path);
    assertThat(r.statusCode()).isEqualTo(200);
    return Jsoup.parse(r.body()).select(".most-viewed li a").eachText();
  }

  private String path(ArticleId id) {
    return app.get("/article/" + id.value()).headers().firstValue("Location").orElseThrow();
  }

  @Test
  void parallel_views_become_one_row_per_story_and_hour_and_set_no_cookie() throws Exception {
    // Given: a public story
    ArticleId story = publish("Harbour reopens", "National");
    // When: 200 views arrive in parallel, then the counts are flushed
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<HttpResponse<String>>> sent = new ArrayList<>();
    try {
      for (int i = 0; i < 200; i++) {
        sent.add(pool.submit(() -> readerView(story)));
      }
      for (Future<HttpResponse<String>> f : sent) {
        HttpResponse<String> r = f.get();
        assertThat(r.statusCode()).isEqualTo(204);
        assertThat(r.headers().firstValue("Set-Cookie")).isEmpty();
      }
    } finally {
      pool.shutdown();
    }
    assertThat(rows()).as("nothing is written per view").isEmpty();
    app.wiring().readership().flush();
    // Then: one row holds the hour's 200 views; no reader detail is stored anywhere in it
    long hour = T0.truncatedTo(ChronoUnit.HOURS).toEpochMilli();
    assertThat(rows())
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row).containsOnlyKeys("article_id", "hour_start", "views");
              assertThat(((Number) row.get("article_id")).longValue()).isEqualTo(story.value());
              assertThat(((Number) row.get("hour_start")).longValue()).isEqualTo(hour);
              assertThat(((Number) row.get("views")).longValue()).isEqualTo(200);
            });
    // And: a later flush adds to the same row; the next hour gets its own
    views(story, 3);
    app.wiring().readership().flush();
    clock.advance(Duration.ofHours(1));
    views(story, 2);
    app.wiring().readership().flush();
    assertThat(rows())
        .extracting(r -> ((Number) r.get("views")).longValue())
        .containsExactly(203L, 2L);
  }

  @Test
  void known_bots_prefetches_and_clients_without_a_user_agent_are_not_counted() {
    ArticleId story = publish("Bridge opens", "National");
    for (String agent :
        List.of(
            "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
            "facebookexternalhit/1.1",
            "Mozilla/5.0 (X11; Linux x86_64) HeadlessChrome/156.0 Safari/537.36",
            "curl/8.5.0")) {
      assertThat(view(story, "User-Agent", agent, "Sec-Fetch-Site", "same-origin").statusCode())
          .isEqualTo(204);
    }
    // The JDK's client sends its own agent; a prefetch is no view either.
    assertThat(view(story, "Sec-Fetch-Site", "same-origin").statusCode()).isEqualTo(204);
    assertThat(
            view(
                    story,
                    "User-Agent",
                    BROWSER,
                    "Sec-Fetch-Site",
                    "same-origin",
                    "Sec-Purpose",
                    "prefetch")
                .statusCode())
        .isEqualTo(204);
    app.wiring().sideLists().refresh();
    assertThat(rows()).isEmpty();
    assertThat(mostViewedOn("/")).isEmpty();
  }

  @Test
  void a_view_from_another_site_is_refused_and_not_counted() {
    ArticleId story = publish("Tunnel opens", "National");
    var r = view(story, "User-Agent", BROWSER, "Sec-Fetch-Site", "cross-site");
    assertThat(r.statusCode()).isEqualTo(403);
    app.wiring().readership().flush();
    assertThat(rows()).isEmpty();
  }

  @Test
  void home_and_article_pages_list_the_most_viewed_of_the_last_24_hours_most_first() {
    // Given: three stories viewed 5, 9 and 2 times, and one viewed 30 times 25 hours ago
    ArticleId old = publish("Old favourite", "National");
    views(old, 30);
    app.wiring().readership().flush();
    clock.advance(Duration.ofHours(25));
    ArticleId a = publish("Rail strike ends", "National");
    ArticleId b = publish("서울 지하철 연장 운행", "National");
    ArticleId c = publish("Port strike looms", "Economy");
    views(a, 5);
    views(b, 9);
    views(c, 2);
    // When: the lists are refreshed
    app.wiring().sideLists().refresh();
    // Then: the home page lists them, most viewed first, without the day-old views
    assertThat(mostViewedOn("/"))
        .containsExactly("서울 지하철 연장 운행", "Rail strike ends", "Port strike looms");
    // And: an article page lists the others, not itself
    assertThat(mostViewedOn(path(a))).containsExactly("서울 지하철 연장 운행", "Port strike looms");
  }

  @Test
  void a_killed_story_drops_out_of_most_viewed_at_once_and_an_embargoed_one_never_shows() {
    // Given: a most viewed list with two stories, and views reported for an embargoed story's id
    ArticleId a = publish("Ferry returns", "National");
    ArticleId b = publish("Airport expands", "National");
    var embargoed =
        app.wiring()
            .articles()
            .embargo(
                new ArticleContent(
                    "Secret budget",
                    "",
                    "en",
                    "National",
                    List.of("Reporter"),
                    Optional.empty(),
                    List.of(new Block.Paragraph("Not yet.")),
                    List.of(),
                    5),
                T0.plus(Duration.ofDays(2)),
                "embargoed");
    views(embargoed.id(), 50);
    views(a, 7);
    views(b, 3);
    app.wiring().sideLists().refresh();
    String pathOfB = path(b);
    assertThat(mostViewedOn("/")).containsExactly("Ferry returns", "Airport expands");
    assertThat(mostViewedOn(pathOfB)).containsExactly("Ferry returns");
    // When: the first is killed (no refresh of the lists)
    app.wiring().articles().kill(a);
    // Then: the cached pages that listed it are rendered again without it
    assertThat(mostViewedOn("/")).containsExactly("Airport expands");
    assertThat(mostViewedOn(pathOfB)).isEmpty();
    assertThat(app.get(pathOfB).body()).doesNotContain("Ferry returns", "Secret budget");
  }

  @Test
  void cached_pages_stay_cached_until_the_list_changes() {
    // Given: a cached article page and a refreshed list
    ArticleId a = publish("Dam completed", "National");
    ArticleId b = publish("Bridge repaired", "National");
    views(a, 4);
    views(b, 1);
    app.wiring().sideLists().refresh();
    String pathOfB = path(b);
    assertThat(mostViewedOn(pathOfB)).containsExactly("Dam completed");
    renders.clear();
    // When: more views come and the list is refreshed without changing its order
    views(a, 4);
    views(b, 2);
    app.wiring().sideLists().refresh();
    assertThat(mostViewedOn(pathOfB)).containsExactly("Dam completed");
    // Then: neither the views nor the refresh rendered the page again
    assertThat(renders).doesNotContain(pathOfB);
    // When: the order changes at the next refresh
    views(b, 10);
    app.wiring().sideLists().refresh();
    // Then: the page is rendered again with the new list (a page never lists its own story)
    assertThat(mostViewedOn("/")).containsExactly("Bridge repaired", "Dam completed");
    assertThat(renders).contains("/");
  }

  @Test
  void views_not_yet_flushed_are_kept_at_shutdown() {
    ArticleId a = publish("Museum reopens", "National");
    views(a, 6);
    // When: the server stops before any flush, and starts again
    app.close();
    app = TestApp.start(data, false, clock);
    // Then: the views are in the store and the list shows them
    assertThat(rows()).extracting(r -> ((Number) r.get("views")).longValue()).containsExactly(6L);
    assertThat(mostViewedOn("/")).containsExactly("Museum reopens");
  }
}
