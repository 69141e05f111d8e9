package org.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.article.Block;
import org.dateline.newsroom.auth.Role;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.editor.Draft;
import org.dateline.newsroom.workflow.Action;
import org.dateline.newsroom.workflow.Story;
import org.dateline.newsroom.workflow.Workflow.Request;
import org.dateline.testing.Newsroom;
import org.dateline.testing.NewsroomClient;
import org.dateline.testing.TestApp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bylines, topics and headlines in Korean, Japanese, Chinese, Arabic, Cyrillic and with accents:
 * each name has its own page and address, over real HTTP.
 */
class NamesInEveryScriptIT {
  @TempDir Path data;
  TestApp app;
  User editor;

  @BeforeEach
  void start() {
    app = TestApp.start(data, false);
    editor = Newsroom.user(app.wiring(), Role.EDITOR, "Eddie Editor");
  }

  @AfterEach
  void stop() {
    app.close();
  }

  /** Publishes a story through the workflow; returns its public address as the site links it. */
  private String publish(String headline, List<String> bylines, List<String> tags) {
    var w = app.wiring();
    Story s = w.stories().create(editor);
    Draft draft =
        new Draft(
            headline,
            "",
            "",
            bylines,
            "SEOUL",
            "",
            "",
            List.of(new Block.Paragraph("The first paragraph of " + headline + ".")),
            tags,
            5);
    s = w.stories().save(s.id(), s.version(), draft, editor, "");
    s = w.workflow().apply(s.id(), Request.of(Action.PUBLISH), editor);
    HttpResponse<String> r = app.get("/article/" + s.articleId().orElseThrow());
    assertThat(r.statusCode()).isEqualTo(301);
    return NewsroomClient.location(r);
  }

  /** The links of the article page's bylines and topics, by their text. */
  private Map<String, String> nameLinks(String articlePath) {
    HttpResponse<String> r = app.get(articlePath);
    assertThat(r.statusCode()).as(articlePath).isEqualTo(200);
    Document page = Jsoup.parse(r.body());
    Map<String, String> links = new LinkedHashMap<>();
    for (Element a : page.select("a[href^=/author/], a[href^=/tag/]")) {
      links.put(a.text(), a.attr("href"));
    }
    return links;
  }

  private String heading(String path) {
    HttpResponse<String> r = app.get(path);
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return Jsoup.parse(r.body()).select("main h1").text();
  }

  @Test
  void bylines_and_topics_in_every_script_each_get_their_own_page() {
    // Given stories whose bylines and topics are written in six scripts
    Map<String, String> stories = new LinkedHashMap<>();
    stories.put(
        "Moscow talks resume",
        publish("Moscow talks resume", List.of("Иван Петров"), List.of("Россия", "日本")));
    stories.put(
        "Seoul markets open higher",
        publish("Seoul markets open higher", List.of("김철수"), List.of("中国", "한국")));
    stories.put(
        "Tokyo and Cairo sign accord",
        publish(
            "Tokyo and Cairo sign accord",
            List.of("山田太郎", "محمد علي", "José Müller"),
            List.of("مصر", "にほん", "Économie")));

    // When a reader follows each byline and topic from the article pages
    Map<String, String> hrefByName = new LinkedHashMap<>();
    for (String path : stories.values()) {
      hrefByName.putAll(nameLinks(path));
    }

    // Then every name has its own address, and its page is headed by that very name
    assertThat(hrefByName)
        .containsKeys(
            "Иван Петров",
            "김철수",
            "山田太郎",
            "محمد علي",
            "José Müller",
            "Россия",
            "日本",
            "中国",
            "한국",
            "مصر",
            "にほん",
            "Économie");
    assertThat(hrefByName.values()).doesNotHaveDuplicates();
    for (Map.Entry<String, String> e : hrefByName.entrySet()) {
      assertThat(heading(e.getValue())).as(e.getValue()).isEqualTo(e.getKey());
    }
    // and lists only the stories that carry it
    assertThat(app.get(hrefByName.get("김철수")).body())
        .contains("Seoul markets open higher")
        .doesNotContain("Moscow talks resume");
    assertThat(app.get(hrefByName.get("日本")).body())
        .contains("Moscow talks resume")
        .doesNotContain("Seoul markets open higher");
    assertThat(app.get(hrefByName.get("中国")).body())
        .contains("Seoul markets open higher")
        .doesNotContain("Moscow talks resume");
  }

  @Test
  void the_same_name_in_another_case_spacing_or_unicode_form_is_the_same_person() {
    // Given one byline written three ways: as typed, in capitals with two spaces, and decomposed
    String first = publish("First story", List.of("Иван Петров"), List.of("Café"));
    String second = publish("Second story", List.of("ИВАН  ПЕТРОВ"), List.of("CAFE\u0301"));

    // Then both stories link the same author and topic page, which lists both
    Map<String, String> a = nameLinks(first);
    Map<String, String> b = nameLinks(second);
    assertThat(b.get("Иван Петров")).isEqualTo(a.get("Иван Петров")).isNotNull();
    assertThat(b.get("Café")).isEqualTo(a.get("Café")).isNotNull();
    String authorPage = app.get(a.get("Иван Петров")).body();
    assertThat(authorPage).contains("First story").contains("Second story");
  }

  @Test
  void two_different_names_whose_slugs_collide_get_distinct_addresses() {
    // Given "José" and "Jose": different names, one slug ("jose") before a suffix
    String first = publish("Story by José", List.of("José"), List.of("Müller"));
    String second = publish("Story by Jose", List.of("Jose"), List.of("Muller"));

    String jose1 = nameLinks(first).get("José");
    String jose2 = nameLinks(second).get("Jose");
    assertThat(jose1).isNotEqualTo(jose2);
    assertThat(heading(jose1)).isEqualTo("José");
    assertThat(heading(jose2)).isEqualTo("Jose");
    assertThat(nameLinks(first).get("Müller")).isNotEqualTo(nameLinks(second).get("Muller"));
  }

  @Test
  void a_korean_headline_gives_a_readable_percent_encoded_address_that_round_trips() {
    // Given a story with a Korean headline
    String path = publish("서울 증시 상승 출발", List.of("김철수"), List.of());

    // Then its address keeps the Hangul, percent-encoded, and answers (twice: also from the cache)
    assertThat(path).matches("/article/\\d+/[A-Za-z0-9%-]+");
    assertThat(java.net.URI.create("http://x" + path).getPath()).endsWith("/서울-증시-상승-출발");
    assertThat(app.get(path).statusCode()).isEqualTo(200);
    HttpResponse<String> again = app.get(path);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(again.body()).select("link[rel=canonical]").attr("href")).endsWith(path);
    // A wrong slug, and the same slug in lower-case hex, redirect once to the canonical address
    String id = path.split("/", -1)[2];
    HttpResponse<String> wrong = app.get("/article/" + id + "/story");
    assertThat(wrong.statusCode()).isEqualTo(301);
    assertThat(NewsroomClient.location(wrong)).isEqualTo(path);
    HttpResponse<String> lower = app.get(path.toLowerCase(java.util.Locale.ROOT));
    assertThat(lower.statusCode()).isEqualTo(301);
    assertThat(NewsroomClient.location(lower)).isEqualTo(path);
  }
}
