package org.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dateline.article.ArticleContent;
import org.dateline.article.Block;
import org.dateline.testing.TestApp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The date archive: a day's and a month's stories in the edition's time zone (Asia/Seoul by
 * default), linked from each article's date and from the search page's date facet.
 */
class ArchiveIT {
  private static TestApp app;

  @BeforeAll
  static void start(@TempDir Path data) {
    app = TestApp.start(data, true);
    // 00:30 on March 5 in Seoul is still March 4 in UTC.
    publish("Night ferry crosses at half past midnight", "2026-03-04T15:30:00Z");
    publish("Late evening vote ends", "2026-03-04T14:59:00Z");
    for (int i = 0; i < 25; i++) {
      publish("March fifth story " + i, "2026-03-05T0" + (i % 9) + ":0" + (i % 6) + ":00Z");
    }
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static void publish(String headline, String at) {
    app.wiring()
        .articles()
        .publish(
            new ArticleContent(
                headline,
                "",
                "en",
                "",
                List.of("Reporter"),
                Optional.empty(),
                List.of(new Block.Paragraph("Text.")),
                List.of(),
                5),
            Instant.parse(at),
            Optional.of("archive:" + headline));
  }

  /** Every headline of a list, following its pages. */
  private static List<String> all(String path) {
    List<String> out = new ArrayList<>();
    String next = path;
    while (!next.isEmpty()) {
      var r = app.get(next);
      assertThat(r.statusCode()).as(next).isEqualTo(200);
      Document d = Jsoup.parse(r.body());
      out.addAll(d.select(".story-list h2").eachText());
      next = d.select("a[rel=next]").attr("href");
    }
    return out;
  }

  @Test
  void a_day_lists_the_stories_of_that_day_in_the_editions_time_zone_in_every_page() {
    List<String> fifth = all("/archive/2026/03/05");
    assertThat(fifth).hasSize(26).contains("Night ferry crosses at half past midnight");
    assertThat(fifth).doesNotHaveDuplicates();
    assertThat(all("/archive/2026/03/04")).containsExactly("Late evening vote ends");
    assertThat(all("/archive/2026/03")).hasSize(27);
  }

  @Test
  void dates_that_do_not_exist_or_are_not_canonical_answer_404() {
    for (String path :
        List.of(
            "/archive/2026/02/30",
            "/archive/2026/3/5",
            "/archive/2026/13",
            "/archive/0000/01/01",
            "/archive/20x6/01",
            "/archive/2026/00/10")) {
      assertThat(app.get(path).statusCode()).as(path).isEqualTo(404);
    }
    assertThat(app.get("/archive/2026/03/05?before=garbage").statusCode()).isEqualTo(400);
  }

  @Test
  void an_articles_date_links_to_its_day_and_the_search_date_facet_to_its_month() {
    var redirect = app.get("/article/1");
    Document article =
        Jsoup.parse(app.get(redirect.headers().firstValue("Location").orElseThrow()).body());
    String href = article.select(".kicker a.date-link").attr("href");
    assertThat(href).isEqualTo("/archive/2022/02/04");
    assertThat(all(href)).contains(article.select("h1").text());

    Document search = Jsoup.parse(app.get("/search?q=korea").body());
    assertThat(search.select(".search-facets a.archive-link").eachAttr("href"))
        .contains("/archive/2022/02", "/archive/2022/01");
  }
}
