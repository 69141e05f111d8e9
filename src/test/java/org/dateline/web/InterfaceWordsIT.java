package org.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dateline.testing.PublicTemplates;
import org.dateline.testing.TestApp;
import org.dateline.testing.TestEditions;
import org.dateline.web.site.WordBooks;
import org.dateline.web.site.Words;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every public page template in another language's edition (issue 13 points 1 and 2): the fixed
 * words come from that language's bundle, none of the English ones is left, the page has the
 * language and direction of the edition, and its dates use the edition's locale.
 */
class InterfaceWordsIT {
  /** What readers' stories, names and dates hold: not fixed words of the page. */
  private static final String CONTENT =
      "head, .article-body, .article-head h1, .article-head .kicker, .byline a, .tags li,"
          + " .story-item, .lead-story, .latest-list, .rank-list, .search-result, .search-facets"
          + " li, .list-head, .search-filters li, .search-note strong, .search-note a, #search-q,"
          + " .feedback textarea, nav.sections li:nth-child(n+3)";

  @TempDir Path data;

  @Test
  void a_korean_edition_shows_every_public_page_in_korean_words() {
    try (TestApp app = TestEditions.use(TestApp.start(data, true), TestEditions.KOREAN)) {
      // Given: the demo site as a Korean edition; When: every public template is fetched
      List<String> leftovers = new ArrayList<>();
      for (PublicTemplates.Page page : PublicTemplates.ofDefaultEdition(app)) {
        Document doc = Jsoup.parse(PublicTemplates.html(app, page));
        // Then: Korean language, left to right (no dir attribute), Korean frame words
        assertThat(doc.selectFirst("html").attr("lang")).as(page.name()).isEqualTo("ko");
        assertThat(doc.selectFirst("html").hasAttr("dir")).as(page.name()).isFalse();
        assertThat(doc.select(".skip-links a").eachText())
            .as(page.name())
            .containsExactly("본문 바로가기", "메뉴 바로가기");
        assertThat(doc.select("nav.sections a").eachText()).startsWith("홈", "전체 기사");
        assertThat(doc.selectFirst("footer").text()).contains("무단 전재 및 재배포 금지.");
        leftovers.addAll(englishWords(page.name(), doc));
      }
      // And no English fixed word is left on any page, in text or attributes
      assertThat(leftovers).isEmpty();
    }
  }

  @Test
  void a_korean_edition_answers_the_reader_in_korean_and_machines_in_english() {
    try (TestApp app = TestEditions.use(TestApp.start(data, true), TestEditions.KOREAN)) {
      String article = PublicTemplates.articlePath(app, 1);
      String feedback = article.replaceFirst("^(/article/\\d+)/.*$", "$1/feedback");
      // When: a reader's script sends feedback, and an empty one, asking for JSON
      HttpResponse<String> thanks =
          app.postForm(feedback, "message=좋은+기사&website=", "Accept", "application/json");
      HttpResponse<String> empty =
          app.postForm(feedback, "message=&website=", "Accept", "application/json");
      // Then: both answers are in Korean
      assertThat(thanks.body()).contains("소중한 의견 감사합니다!");
      assertThat(empty.statusCode()).isEqualTo(422);
      assertThat(empty.body()).contains("의견을 입력한 뒤 보내 주세요.");
      // And: a missing page is a Korean error page, while the wire still answers in English
      Document missing = Jsoup.parse(app.get("/no/such/page").body());
      assertThat(missing.selectFirst("h1").text()).isEqualTo("페이지를 찾을 수 없습니다");
      assertThat(missing.select(".error-page a").eachText())
          .containsExactly("홈으로 가기", "최신 뉴스 전체 보기");
      HttpResponse<String> wire = app.get("/wire/no-such-thing");
      assertThat(wire.body()).doesNotContainPattern("[가-힣]");
      // And: the site's feed describes itself in Korean
      assertThat(app.get("/feed.rss").body()).contains("Dateline: 최신 뉴스.");
    }
  }

  @Test
  void an_arabic_edition_is_right_to_left_with_arabic_words_and_latin_digits() {
    try (TestApp app = TestEditions.use(TestApp.start(data, true), TestEditions.ARABIC)) {
      List<String> leftovers = new ArrayList<>();
      for (PublicTemplates.Page page : PublicTemplates.ofDefaultEdition(app)) {
        Document doc = Jsoup.parse(PublicTemplates.html(app, page));
        assertThat(doc.selectFirst("html").attr("lang")).as(page.name()).isEqualTo("ar");
        assertThat(doc.selectFirst("html").attr("dir")).as(page.name()).isEqualTo("rtl");
        assertThat(doc.select(".skip-links a").eachText())
            .containsExactly("انتقل إلى المحتوى", "انتقل إلى القائمة");
        // Dates: Arabic month names, Latin digits, as Arabic news sites write them (0069)
        for (var time : doc.select("main time")) {
          assertThat(time.text())
              .as(page.name())
              .matches("\\d{1,2} \\p{IsArabic}+ \\d{4} \\d\\d:\\d\\d");
        }
        leftovers.addAll(englishWords(page.name(), doc));
      }
      assertThat(leftovers).isEmpty();
      // The newer/older arrows point the way the page reads: older to the left
      Document news = Jsoup.parse(app.get("/news").body());
      assertThat(news.selectFirst("nav.pager a[rel=next]").text()).isEqualTo("أخبار أقدم ←");
    }
  }

  @Test
  void an_english_edition_keeps_its_words_and_carries_no_dir_attribute() {
    try (TestApp app = TestApp.start(data, true)) {
      Document home = Jsoup.parse(app.get("/").body());
      assertThat(home.selectFirst("html").attr("lang")).isEqualTo("en");
      assertThat(home.selectFirst("html").hasAttr("dir")).isFalse();
      assertThat(home.select(".skip-links a").eachText())
          .containsExactly("Go to Contents", "Go to Navigation");
      assertThat(home.selectFirst("p.more").text()).isEqualTo("All News →");
    }
  }

  /**
   * The English bundle's words (at least two words long, placeholders cut out) that {@code doc}
   * still shows outside the stories' own text, in text or in an attribute.
   */
  private static List<String> englishWords(String page, Document doc) {
    Document frame = doc.clone();
    frame.select(CONTENT).remove();
    String text = frame.text();
    StringBuilder attributes = new StringBuilder();
    frame
        .getAllElements()
        .forEach(e -> e.attributes().forEach(a -> attributes.append(a.getValue()).append('\n')));
    List<String> found = new ArrayList<>();
    Words english = WordBooks.load().of("en");
    for (Map.Entry<String, String> e : WordBooks.read("en").entrySet()) {
      for (Words.Part part : english.parts(e.getKey())) {
        String words = part.text().strip();
        if (words.contains(" ") && words.length() > 4 && !e.getKey().endsWith("_pattern")) {
          if (text.contains(words) || attributes.toString().contains(words)) {
            found.add(page + ": " + e.getKey() + " \"" + words + "\"");
          }
        }
      }
    }
    // Single words that were the page's own: checked as whole words of the frame's text
    for (String single :
        List.of("Search", "Home", "Latest", "Send", "Topics", "Updated", "Order")) {
      if ((" " + text + " ").matches("(?s).*[^\\p{L}]" + single + "[^\\p{L}].*")) {
        found.add(page + ": \"" + single + "\"");
      }
    }
    return found;
  }
}
