package org.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.dateline.Wiring;
import org.dateline.article.ArticleContent;
import org.dateline.article.ArticleId;
import org.dateline.article.ArticleSummary;
import org.dateline.article.Block;
import org.dateline.article.Listing;
import org.dateline.article.PageRequest;
import org.dateline.testing.TestApp;
import org.dateline.testing.TestStore;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which cached public pages a change drops: only those that show the changed story (its page, its
 * lists, home, All News, pages listing it as related), whichever process made the change. Renders
 * are counted with the cache's render listener.
 */
class PageCacheIT {
  @TempDir Path data;
  TestApp app;
  final List<String> renders = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() {
    app = TestApp.start(data, true);
    app.wiring().pageCache().onRender(renders::add);
  }

  @AfterEach
  void stop() {
    app.close();
  }

  private static ArticleContent story(
      String headline, String section, String byline, List<String> tags) {
    return new ArticleContent(
        headline,
        "A summary.",
        "en",
        section,
        List.of(byline),
        Optional.empty(),
        List.of(new Block.Paragraph("The body.")),
        tags,
        5);
  }

  private ArticleSummary demo(String headlineStart) {
    return app.wiring().articles().page(new Listing.All(), PageRequest.newest(100)).items().stream()
        .filter(s -> s.headline().startsWith(headlineStart))
        .findFirst()
        .orElseThrow();
  }

  private static String path(ArticleSummary s) {
    return "/article/" + s.id() + "/" + s.slug();
  }

  /** GETs each page (200 expected) and returns the keys rendered meanwhile. */
  private List<String> view(List<String> paths) {
    renders.clear();
    for (String p : paths) {
      assertThat(app.get(p).statusCode()).as(p).isEqualTo(200);
    }
    return List.copyOf(renders);
  }

  /** Views the pages once so they are cached, and checks that a second view renders nothing. */
  private void warm(List<String> paths) {
    view(paths);
    assertThat(view(paths)).as("second view of warmed pages").isEmpty();
  }

  @Test
  void a_publish_rerenders_the_story_its_lists_home_and_all_news_and_nothing_else() {
    // Given: the touched lists and some unrelated pages are cached
    ArticleSummary economy = demo("Consumer prices rise");
    List<String> touched =
        List.of("/", "/news", "/section/sports", "/author/han-tae-woo", "/tag/baseball");
    List<String> untouched =
        List.of("/section/economy", "/author/lee-hye-rin", "/tag/inflation", path(economy));
    warm(touched);
    warm(untouched);

    // When: a Sports story by Han Tae-woo about baseball is published
    var published =
        app.wiring()
            .articles()
            .publish(
                story(
                    "Pitchers report early to camp", "Sports", "Han Tae-woo", List.of("baseball")),
                Instant.now(),
                Optional.empty())
            .article();
    String storyPath = "/article/" + published.id() + "/" + published.slug();

    // Then: its page and its lists are rendered (again), the unrelated pages are not
    assertThat(view(touched)).containsExactlyInAnyOrderElementsOf(touched);
    assertThat(view(List.of(storyPath))).containsExactly(storyPath);
    assertThat(view(untouched)).isEmpty();
    assertThat(app.get("/section/sports").body()).contains("Pitchers report early to camp");
  }

  @Test
  void an_update_that_moves_a_story_drops_it_from_its_old_section_and_topic() {
    // Given: the baseball story (Sports; baseball, COVID-19) is listed on cached pages
    ArticleSummary baseball = demo("Baseball clubs open spring training");
    warm(List.of("/section/sports", "/tag/baseball", "/section/economy", "/tag/covid-19"));
    assertThat(app.get("/tag/baseball").body()).contains(path(baseball));

    // When: it is moved to Economy and loses the baseball topic
    var moved =
        app.wiring()
            .articles()
            .update(
                baseball.id(),
                story(
                    "Baseball clubs open spring training at home",
                    "Economy",
                    "Han Tae-woo",
                    List.of("COVID-19")),
                Optional.empty());
    String movedPath = "/article/" + moved.id() + "/" + moved.slug();

    // Then: the old section and topic no longer list it, the new section does
    assertThat(app.get("/section/sports").body()).doesNotContain(movedPath);
    assertThat(app.get("/tag/baseball").body()).doesNotContain(movedPath);
    assertThat(app.get("/section/economy").body()).contains(movedPath);
    assertThat(app.get("/tag/covid-19").body()).contains(movedPath);
  }

  /** The related stories an article page shows (from the search index). */
  private List<ArticleSummary> related(ArticleSummary s) {
    return app.wiring().articles().publicSummaries(app.wiring().search().related(s.id(), 5));
  }

  @Test
  void a_kill_drops_the_pages_that_show_the_story_as_related_and_only_those() {
    // Given: an article page showing another story as related, and one that does not
    ArticleSummary skaters = demo("Speed skaters get first taste");
    List<ArticleSummary> related = related(skaters);
    assertThat(related).isNotEmpty();
    ArticleSummary victim = related.get(0);
    ArticleSummary unrelated =
        app.wiring().articles().page(new Listing.All(), PageRequest.newest(100)).items().stream()
            .filter(s -> !s.id().equals(victim.id()) && !s.id().equals(skaters.id()))
            .filter(s -> related(s).stream().noneMatch(r -> r.id().equals(victim.id())))
            .findFirst()
            .orElseThrow();
    warm(List.of(path(skaters), path(unrelated)));
    assertThat(app.get(path(skaters)).body()).contains(path(victim));

    // When: the related story is killed
    app.wiring().articles().kill(victim.id());

    // Then: the page that listed it is rendered again without it; the other page is kept
    assertThat(view(List.of(path(skaters)))).containsExactly(path(skaters));
    assertThat(Jsoup.parse(app.get(path(skaters)).body()).select(".related a").eachAttr("href"))
        .doesNotContain(path(victim));
    assertThat(view(List.of(path(unrelated)))).isEmpty();
    assertThat(app.get(path(victim)).statusCode()).isEqualTo(410);
  }

  @Test
  void a_publish_by_another_process_drops_only_the_pages_it_touches() throws Exception {
    // Given: cached pages in the serving process
    ArticleSummary economy = demo("Consumer prices rise");
    List<String> untouched = List.of("/section/economy", "/tag/inflation", path(economy));
    warm(List.of("/news", "/section/world"));
    warm(untouched);

    // When: another process (an import, a second node) publishes a World story
    try (Wiring other = new Wiring(TestStore.config(data), Clock.systemUTC())) {
      other
          .articles()
          .publish(
              story(
                  "Ferry links resume across the strait", "World", "Oh Seo-jin", List.of("trade")),
              Instant.now(),
              Optional.empty());
    }

    // Then: the serving process follows the change log to it (polled every 500 ms) ...
    String news = "";
    for (int i = 0; i < 200 && !news.contains("Ferry links resume"); i++) {
      Thread.sleep(50);
      news = app.get("/news").body();
    }
    assertThat(news).contains("Ferry links resume");
    assertThat(app.get("/section/world").body()).contains("Ferry links resume");
    // ... and keeps the pages that do not show the story
    assertThat(view(untouched)).isEmpty();
  }

  @Test
  void a_change_of_the_home_page_curation_rerenders_the_home_page_only() {
    // Given
    List<String> others = List.of("/news", "/section/economy", "/tag/covid-19");
    warm(List.of("/"));
    warm(others);

    // When: an editor picks a top story
    ArticleId pick = demo("Consumer prices rise").id();
    app.wiring().curation().add(pick);

    // Then
    assertThat(view(List.of("/"))).containsExactly("/");
    assertThat(view(others)).isEmpty();
  }

  @Test
  void a_list_cursor_that_names_no_story_is_sent_to_its_position_and_never_cached() {
    // Given: the cursor of a real position (the 20th story of All News) and a made-up one
    // between the 19th and the 20th
    List<ArticleSummary> newest =
        app.wiring().articles().page(new Listing.All(), PageRequest.newest(20)).items();
    var real = newest.get(19).cursor();
    String madeUp = real.publishedMillis() + "-" + (real.id() + 1_000_000);

    // When: a made-up cursor is asked for
    renders.clear();
    HttpResponse<String> r = app.get("/news?before=" + madeUp);

    // Then: it is redirected to the real position it stands for, without rendering or keeping
    // a page for it
    assertThat(r.statusCode()).isEqualTo(302);
    assertThat(r.headers().firstValue("Location"))
        .hasValue("/news?before=" + newest.get(18).cursor().token());
    assertThat(renders).isEmpty();
    // and a cursor newer than every story stands for the first page
    HttpResponse<String> future = app.get("/news?before=99999999999999-1");
    assertThat(future.statusCode()).isEqualTo(302);
    assertThat(future.headers().firstValue("Location")).hasValue("/news");
    // while a real position is rendered once and then served from the cache
    assertThat(view(List.of("/news?before=" + real.token())))
        .containsExactly("/news?before=" + real.token());
    assertThat(view(List.of("/news?before=" + real.token()))).isEmpty();
  }

  @Test
  void readers_of_a_page_a_publish_just_dropped_all_get_the_new_page() throws Exception {
    // Given: the home page is cached, then a publish drops it
    warm(List.of("/"));
    app.wiring()
        .articles()
        .publish(
            story("Ice hockey final goes to overtime", "Sports", "Han Tae-woo", List.of()),
            Instant.now(),
            Optional.empty());
    org.dateline.testing.Polls.after(app);
    assertThat(app.wiring().pageCache().peek("/")).isNull();
    renders.clear();

    // When: sixteen readers ask for it at the same moment
    int readers = 16;
    var pool = java.util.concurrent.Executors.newFixedThreadPool(readers);
    try {
      var ready = new java.util.concurrent.CountDownLatch(readers);
      List<java.util.concurrent.Future<HttpResponse<String>>> answers = new java.util.ArrayList<>();
      for (int i = 0; i < readers; i++) {
        answers.add(
            pool.submit(
                () -> {
                  ready.countDown();
                  ready.await();
                  return app.get("/");
                }));
      }

      // Then: every one gets the page with the new story, and it is rendered at most once per
      // reader (decision 0140: readers who miss it while another renders it wait for that page)
      for (var answer : answers) {
        HttpResponse<String> r = answer.get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("Ice hockey final goes to overtime");
      }
      assertThat(renders.stream().filter("/"::equals).count()).isBetween(1L, (long) readers);
      assertThat(app.wiring().pageCache().peek("/")).isNotNull();
    } finally {
      pool.shutdownNow();
    }
  }
}
