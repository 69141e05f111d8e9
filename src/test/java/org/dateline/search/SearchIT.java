package org.dateline.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dateline.article.ArticleContent;
import org.dateline.article.ArticleId;
import org.dateline.article.Block;
import org.dateline.testing.TestApp;
import org.dateline.testing.VisibleText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reader search over real HTTP on the demo content plus stories made for the case: what is found,
 * in what order, why (the marks), the facets, spelling, languages and unreadable queries.
 */
class SearchIT {
  private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
  private static TestApp app;

  @BeforeAll
  static void start(@TempDir Path data) {
    app = TestApp.start(data, true);
    app.wiring().sections().ensure("Science");
    // Ranking: the same word in a headline and in passing, the older story has the headline.
    publish("Glaciers retreat faster in the Alps", "Passing text.", "en", 0);
    publish("Ski season opens early", "A note on glaciers near the slopes.", "en", 60);
    // Phrase above scattered words.
    publish("Harbour report", "The night ferry crossed the harbour at dawn.", "en", 5);
    publish("Dawn market", "A ferry schedule changed. At night the market opens.", "en", 6);
    // Languages.
    publish("국회 기자회견에서 예산안 발표", "기자들이 국회에서 예산안에 대해 질문했다.", "ko", 10);
    publish("記者会見で新しい予算案を発表", "記者会見で大臣は予算案について説明した。", "ja", 11);
    publish("记者会上公布新预算", "记者们在会上询问了预算问题。", "zh", 12);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static ArticleId publish(String headline, String body, String lang, int minutes) {
    var content =
        new ArticleContent(
            headline,
            "",
            lang,
            "Science",
            List.of("Reporter"),
            Optional.empty(),
            List.of(new Block.Paragraph(body)),
            List.of(),
            5);
    return app.wiring()
        .articles()
        .publish(content, T0.plus(Duration.ofMinutes(minutes)), Optional.of("t:" + headline))
        .article()
        .id();
  }

  private static Document page(String query) {
    var r = app.get("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    assertThat(r.statusCode()).as(query).isEqualTo(200);
    return Jsoup.parse(r.body());
  }

  private static List<String> headlines(Document d) {
    return d.select(".search-result h2").eachText();
  }

  @Test
  void the_seed_story_is_found_by_a_word_a_name_and_a_misspelled_phrase_with_the_reason_marked() {
    String seed = "U.S. closely engaged with allies, partners to denuclearize Korean Peninsula";
    Document byWord = page("denuclearize");
    assertThat(headlines(byWord).get(0)).startsWith(seed);
    assertThat(byWord.select(".search-result mark").eachText()).contains("denuclearize");

    Document byName = page("Ned Price");
    assertThat(headlines(byName)).anyMatch(h -> h.startsWith(seed));
    assertThat(byName.select(".search-result .snippet mark").eachText()).contains("Ned", "Price");

    Document typo = page("\"Korean Peninsla\"");
    assertThat(headlines(typo)).anyMatch(h -> h.startsWith(seed));
    assertThat(VisibleText.of(typo.html())).contains("Showing results for \"Korean Peninsula\"");
  }

  @Test
  void a_headline_match_ranks_above_a_passing_mention_even_when_older() {
    assertThat(headlines(page("glaciers")))
        .containsSubsequence("Glaciers retreat faster in the Alps", "Ski season opens early");
  }

  @Test
  void an_exact_phrase_ranks_above_the_same_words_scattered() {
    assertThat(headlines(page("night ferry"))).containsSubsequence("Harbour report", "Dawn market");
  }

  @Test
  void each_facet_count_equals_the_number_of_results_listed_under_that_filter() {
    Document d = page("korea");
    var links = d.select(".search-facets li > a:first-child");
    assertThat(links).hasSizeGreaterThan(5);
    for (var a : links) {
      long count = Long.parseLong(a.nextElementSibling().text().replaceAll("[^0-9]", ""));
      String href = a.attr("href");
      long listed = 0;
      String next = href;
      while (next != null && !next.isEmpty()) {
        Document filtered = Jsoup.parse(app.get(next).body());
        listed += filtered.select(".search-result").size();
        next = filtered.select("a[rel=next]").attr("href");
      }
      assertThat(listed).as("%s (%s)", a.text(), href).isEqualTo(count);
    }
  }

  @Test
  void korean_japanese_and_chinese_words_find_their_stories_by_stem_and_word() {
    assertThat(headlines(page("기자"))).contains("국회 기자회견에서 예산안 발표");
    assertThat(headlines(page("예산"))).contains("국회 기자회견에서 예산안 발표");
    assertThat(headlines(page("記者"))).contains("記者会見で新しい予算案を発表");
    assertThat(headlines(page("予算"))).contains("記者会見で新しい予算案を発表");
    assertThat(headlines(page("记者"))).contains("记者会上公布新预算");
    assertThat(headlines(page("预算"))).contains("记者会上公布新预算");
    // The demo's own stories in Korean, Japanese and Chinese.
    assertThat(headlines(page("풍력"))).contains("부산 앞바다에 해상풍력 단지 첫 가동");
    assertThat(headlines(page("旅館"))).contains("京都の老舗旅館、観光客の回復で予約が倍増");
    assertThat(headlines(page("港口"))).contains("上海港集装箱吞吐量创下新高");
    // An English word and a Korean word in one query: each analysed for its own fields.
    assertThat(page("budget 기자").select(".search-result")).isEmpty();
    assertThat(headlines(page("기자 OR glaciers")))
        .contains("국회 기자회견에서 예산안 발표", "Glaciers retreat faster in the Alps");
  }

  @Test
  void a_misspelled_word_is_corrected_and_the_correction_searched() {
    Document d = page("denuclearise");
    assertThat(VisibleText.of(d.html())).contains("Showing results for denuclearize");
    assertThat(headlines(d)).isNotEmpty();
    Document glacier = page("glaciars");
    assertThat(headlines(glacier)).contains("Glaciers retreat faster in the Alps");
  }

  @Test
  void empty_overlong_and_unreadable_queries_get_a_helpful_page_never_an_error() {
    assertThat(VisibleText.of(page("").html())).contains("Type a few words");
    String longQuery = "korea ".repeat(200);
    assertThat(VisibleText.of(page(longQuery).html())).contains("characters long");
    for (String broken :
        List.of("((", "\"unclosed", "AND", "*", "title:", "a:b:c", "[1 TO", "~~", "\\", "-", "?")) {
      Document d = page(broken);
      assertThat(d.select("#search-q").attr("value")).as(broken).isEqualTo(broken);
    }
    assertThat(app.get("/search?q=korea&page=abc").statusCode()).isEqualTo(200);
    assertThat(app.get("/search?q=korea&page=99999").statusCode()).isEqualTo(200);
  }

  @Test
  void operators_exclusions_prefixes_and_fields_narrow_the_results() {
    assertThat(headlines(page("glaciers -alps"))).containsExactly("Ski season opens early");
    assertThat(headlines(page("glac*"))).contains("Glaciers retreat faster in the Alps");
    assertThat(headlines(page("glaciers AND ski"))).containsExactly("Ski season opens early");
    assertThat(headlines(page("section:Science glaciers"))).hasSize(2);
    assertThat(headlines(page("author:\"Byun Duk-kun\"")))
        .allMatch(h -> h.startsWith("U.S. closely engaged"));
  }

  @Test
  void the_search_page_is_noindex_and_results_are_newest_first_on_request() {
    var r = app.get("/search?q=glaciers&sort=newest");
    assertThat(r.headers().firstValue("X-Robots-Tag")).contains("noindex");
    Document d = Jsoup.parse(r.body());
    assertThat(d.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
    assertThat(headlines(d))
        .containsExactly("Ski season opens early", "Glaciers retreat faster in the Alps");
  }

  @Test
  void pages_follow_one_another_without_repeating_or_skipping_a_story() {
    List<String> seen = new java.util.ArrayList<>();
    String next = "/search?q=the";
    while (next != null && !next.isEmpty()) {
      Document d = Jsoup.parse(app.get(next).body());
      d.select(".search-result h2 a").forEach(a -> seen.add(a.attr("href")));
      next = d.select("a[rel=next]").attr("href");
    }
    String total = page("the").select(".search-count").text().replaceAll("[^0-9]", "");
    assertThat(seen).doesNotHaveDuplicates().hasSize(Integer.parseInt(total));
  }

  @Test
  void suggestions_offer_headlines_topics_and_people_as_json() {
    var r = app.get("/search/suggest?q=ned%20pri");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("denuclearize Korean Peninsula").contains("\"kind\":\"story\"");
    var topics = app.get("/search/suggest?q=covid");
    assertThat(topics.body()).contains("\"kind\":\"topic\"", "COVID-19");
    assertThat(app.get("/search/suggest").body()).isEqualTo("{\"suggestions\":[]}");
  }

  @Test
  void every_public_page_has_the_search_box() {
    for (String path : List.of("/", "/news", "/search?q=x")) {
      Document d = Jsoup.parse(app.get(path).body());
      assertThat(d.select("form.site-search[action=/search] input[name=q]")).as(path).hasSize(1);
    }
  }

  @Test
  void related_stories_come_from_the_index_never_the_story_itself_nor_unpublished_ones() {
    ArticleId warning =
        publish(
            "Avalanche warning raised", "Avalanche risk rises on the slopes of Gangwon.", "en", 90);
    publish(
        "Avalanche rescue teams train",
        "Rescue teams train for an avalanche in Gangwon.",
        "en",
        91);
    ArticleId hidden =
        app.wiring()
            .articles()
            .embargo(
                new ArticleContent(
                    "Avalanche study under embargo",
                    "",
                    "en",
                    "Science",
                    List.of("Reporter"),
                    Optional.empty(),
                    List.of(new Block.Paragraph("Avalanche risk on the slopes of Gangwon rises.")),
                    List.of(),
                    5),
                Instant.now().plusSeconds(86_400),
                "embargoed-avalanche")
            .id();
    // The keeper refreshes the older story's kept list on its own thread after the newer one's
    // publish returns (decision 0102): the page is read once it has.
    java.util.Objects.requireNonNull(app.wiring().search()).settleRelated();
    String path = "/article/" + warning.value();
    var page =
        Jsoup.parse(app.get(app.get(path).headers().firstValue("Location").orElseThrow()).body());
    List<String> related = page.select(".related a[href^=/article/]").eachAttr("href");
    assertThat(related).noneMatch(h -> h.startsWith(path + "/"));
    assertThat(related).noneMatch(h -> h.startsWith("/article/" + hidden.value() + "/"));
    assertThat(page.select(".related h3, .related h2, .related a").eachText())
        .contains("Avalanche rescue teams train")
        .doesNotContain("Avalanche study under embargo");
  }
}
