package org.dateline.edition;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.article.Article;
import org.dateline.article.ArticleContent;
import org.dateline.article.Block;
import org.dateline.article.Dateline;
import org.dateline.testing.TestApp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The public site of every demo edition (decision 0068): each under its prefix with its language,
 * direction, date format and dateline style; the default edition unchanged at {@code /}; a story
 * under another edition's prefix redirected to its own address; a publish in one edition in its
 * lists only.
 */
class EditionSitesIT {
  private static TestApp app;

  /** For each demo edition: a date of its demo stories as its pattern writes it. */
  private static final Map<String, String> DATES =
      Map.of(
          "ko", "2022년 02월 04일",
          "ja", "2022年 02月 04日",
          "zh-Hans", "2022年02月04日",
          "ar", "04/02/2022",
          "es", "04/02/2022");

  @BeforeAll
  static void start(@TempDir Path data) {
    app = TestApp.start(data, true);
    app.wiring().demo().loadEditions();
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static Document page(String path) {
    HttpResponse<String> r = app.get(path);
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return Jsoup.parse(r.body(), app.url(path));
  }

  private static Edition edition(String code) {
    return app.wiring().editions().byCode(code).orElseThrow();
  }

  @Test
  void the_demo_ships_six_editions_with_english_the_default_at_the_root() {
    List<Edition> all = app.wiring().editions().all();
    assertThat(all)
        .extracting(Edition::code)
        .containsExactly("en", "ko", "ja", "zh-Hans", "ar", "es");
    assertThat(all).filteredOn(Edition::isDefault).extracting(Edition::code).containsExactly("en");
    assertThat(edition("ar").direction()).isEqualTo(Edition.Direction.RTL);
    Document home = page("/");
    assertThat(home.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(home.selectFirst("html").hasAttr("dir")).as("ltr is the default: no dir").isFalse();
  }

  @Test
  void each_edition_answers_its_home_list_section_and_article_in_its_language_and_date_format() {
    for (String code : DemoContentCodes.ALL) {
      Edition e = edition(code);
      Document home = page(e.home());
      assertThat(home.selectFirst("html").attr("lang")).as(code).isEqualTo(code);
      assertThat(home.selectFirst("html").attr("dir")).as(code).isEqualTo(dir(e));
      Document news = page(e.path("/news"));
      assertThat(news.selectFirst("html").attr("lang")).isEqualTo(code);
      assertThat(news.select("main a[href*=/article/]")).as(code).hasSize(4);
      assertThat(news.select("main a[href*=/article/]").eachAttr("href"))
          .allMatch(href -> href.startsWith("/" + e.prefix() + "/article/"));
      assertThat(news.text()).as(code).contains(DATES.get(code));
      // The edition's own sections, in its navigation.
      List<String> sectionHrefs =
          home.select("a[href^=/" + e.prefix() + "/section/]").eachAttr("href");
      assertThat(sectionHrefs).as(code).isNotEmpty();
      Document section = page(sectionHrefs.get(0));
      assertThat(section.selectFirst("html").attr("lang")).isEqualTo(code);
      assertThat(section.select("main a[href*=/article/]")).isNotEmpty();
      Document article = page(news.selectFirst("main a[href*=/article/]").attr("href"));
      assertThat(article.selectFirst("html").attr("lang")).isEqualTo(code);
      assertThat(article.selectFirst("html").attr("dir")).isEqualTo(dir(e));
      assertThat(article.text()).as(code).contains(DATES.get(code));
    }
  }

  @Test
  void a_story_shows_its_dateline_in_its_editions_style() {
    Document es = page(storyPath("es", "El puerto de Busan"));
    assertThat(es.select("article p").eachText())
        .anyMatch(p -> p.startsWith("Busan, 3 de febrero (Dateline) -- El puerto"));
    Document ko = page(storyPath("ko", "부산항 1월"));
    assertThat(ko.select("article p").eachText()).anyMatch(p -> p.startsWith("(부산=데이트라인) 부산항만공사는"));
    Document ar = page(storyPath("ar", "ارتفاع صادرات"));
    assertThat(ar.select("article p").eachText())
        .anyMatch(p -> p.startsWith("دبي، 3 فبراير (ديتلاين) -- "));
  }

  @Test
  void a_story_asked_for_under_another_prefix_answers_301_to_its_own_address() {
    String own = storyPath("ko", "부산항 1월");
    String rest = own.substring("/ko".length()); // /article/ID/slug
    for (String wrong : List.of(rest, "/ja" + rest, "/es" + rest)) {
      HttpResponse<String> r = app.get(wrong);
      assertThat(r.statusCode()).as(wrong).isEqualTo(301);
      assertThat(r.headers().firstValue("Location")).as(wrong).hasValue(own);
    }
    String id = rest.split("/")[2];
    assertThat(app.get("/article/" + id).headers().firstValue("Location")).hasValue(own);
    assertThat(app.get("/ar/article/" + id).headers().firstValue("Location")).hasValue(own);
  }

  @Test
  void the_default_editions_own_prefix_redirects_to_the_address_without_it() {
    assertThat(app.get("/en/news").statusCode()).isEqualTo(301);
    assertThat(app.get("/en/news").headers().firstValue("Location")).hasValue("/news");
    assertThat(app.get("/en").headers().firstValue("Location")).hasValue("/");
    assertThat(app.get("/xx/news").statusCode()).isEqualTo(404);
    assertThat(app.get("/xx").statusCode()).isEqualTo(404);
  }

  @Test
  void the_default_editions_pages_keep_their_addresses_and_show_only_its_stories() {
    Document news = page("/news");
    assertThat(news.select("main a[href*=/article/]").eachAttr("href"))
        .isNotEmpty()
        .allMatch(href -> href.startsWith("/article/"));
    assertThat(news.text()).doesNotContain("부산항", "El puerto de Busan");
    assertThat(page("/").select("nav a").eachText()).doesNotContain("경제", "Economía");
    assertThat(app.get("/feed.rss").statusCode()).isEqualTo(200);
    assertThat(app.get("/feed.rss").body()).doesNotContain("부산항");
    assertThat(app.get("/ko/feed.rss").body()).contains("부산항").doesNotContain("Busan bate");
  }

  @Test
  void a_publish_in_one_edition_shows_in_its_all_news_and_home_and_not_in_anothers() {
    // Cached first, so the publish must drop the right pages.
    for (String path : List.of("/", "/news", "/ko/", "/ko/news", "/es/news")) {
      page(path);
    }
    String headline = "새 소식: 인천공항 여객 증가";
    app.wiring()
        .articles()
        .publish(
            new ArticleContent(
                headline,
                "",
                "ko",
                "경제",
                List.of("기자"),
                Optional.of(new Dateline("인천", "", "데이트라인")),
                List.of(new Block.Paragraph("여객이 늘었다.")),
                List.of(),
                5),
            Instant.now(),
            Optional.of("test:incheon"));
    assertThat(page("/ko/news").text()).contains(headline);
    assertThat(page("/ko/").text()).contains(headline);
    assertThat(page("/es/news").text()).doesNotContain(headline);
    assertThat(page("/news").text()).doesNotContain(headline);
    // Only in the block of the other editions' top stories (decision 0077), not in its own lists.
    assertThat(page("/").select("main > :not(section.other-editions)").text())
        .doesNotContain(headline);
    Article stored = app.wiring().articles().bySourceKey("test:incheon").orElseThrow();
    assertThat(stored.edition()).isEqualTo("ko");
  }

  /** The address of the story of {@code code} whose headline starts with {@code start}. */
  private static String storyPath(String code, String start) {
    Document news = page(edition(code).path("/news"));
    return news.select("main a[href*=/article/]").stream()
        .filter(a -> a.text().startsWith(start))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no story " + start + " in " + code))
        .attr("href");
  }

  /** The demo's editions besides the default one. */
  private static final class DemoContentCodes {
    static final List<String> ALL = org.dateline.demo.DemoContent.EDITIONS;
  }

  /** The page's dir attribute: rtl, or none for left to right, the default (decision 0069). */
  private static String dir(Edition e) {
    return e.direction() == Edition.Direction.RTL ? "rtl" : "";
  }
}
