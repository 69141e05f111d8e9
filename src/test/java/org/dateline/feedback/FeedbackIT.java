package org.dateline.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.dateline.article.ArticleId;
import org.dateline.testing.MutableClock;
import org.dateline.testing.TestApp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedbackIT {
  @TempDir static Path data;
  static final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T09:00:00Z"));
  static TestApp app;
  static String page;
  static final String ACTION = "/article/1/feedback";

  @BeforeAll
  static void start() {
    app = TestApp.start(data, true, clock);
    page =
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

  @BeforeEach
  void nextMinute() {
    clock.advance(Duration.ofMinutes(2)); // a fresh rate-limit window for each test
  }

  private static String form(Map<String, String> fields) {
    StringBuilder b = new StringBuilder();
    fields.forEach(
        (k, v) ->
            b.append(b.length() == 0 ? "" : "&")
                .append(k)
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return b.toString();
  }

  private static HttpResponse<String> send(String message, String... headers) {
    return app.postForm(ACTION, form(Map.of("message", message, "website", "")), headers);
  }

  private static List<Map<String, Object>> stored(String message) {
    return app.wiring()
        .database()
        .jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT * FROM feedback WHERE message = :m")
                    .bind("m", message)
                    .mapToMap()
                    .list());
  }

  @Test
  void without_javascript_feedback_is_stored_and_the_page_thanks_the_reader() {
    String text = "The second paragraph repeats a word: \"of the of the\".";
    HttpResponse<String> r = send(text);

    assertThat(r.statusCode()).isEqualTo(303);
    String location =
        r.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
    assertThat(location).isEqualTo(page + "?feedback=sent#feedback");
    Document thanks = Jsoup.parse(app.get(location.replace("#feedback", "")).body());
    assertThat(thanks.select(".feedback-thanks").hasAttr("hidden")).isFalse();
    assertThat(thanks.select(".feedback-thanks").text()).isEqualTo("Thanks for your feedback!");
    assertThat(thanks.select(".feedback details").hasAttr("open")).isTrue();
    assertThat(thanks.select(".feedback-form").hasAttr("hidden")).isTrue();

    var rows = stored(text);
    assertThat(rows).hasSize(1);
    assertThat(((Number) rows.get(0).get("article_id")).longValue()).isEqualTo(1L);
    assertThat(rows.get(0).get("received_at")).isEqualTo(clock.instant().toEpochMilli());
    assertThat((String) rows.get(0).get("client_hash"))
        .matches("[0-9a-f]{64}")
        .doesNotContain("127.0.0.1");
    assertThat(rows.get(0).get("state")).isEqualTo("new");
  }

  @Test
  void with_javascript_the_answer_is_json() {
    HttpResponse<String> r = send("Inline feedback works.", "Accept", "application/json");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("\"ok\":true").contains("Thanks for your feedback!");
    assertThat(stored("Inline feedback works.")).hasSize(1);

    HttpResponse<String> bad = send("   ", "Accept", "application/json");
    assertThat(bad.statusCode()).isEqualTo(422);
    assertThat(bad.body()).contains("\"ok\":false").contains("Please write your feedback");
  }

  @Test
  void empty_feedback_gets_a_clear_message_and_keeps_what_was_typed() {
    HttpResponse<String> r = send("   \n  ");
    assertThat(r.statusCode()).isEqualTo(422);
    Document d = Jsoup.parse(r.body());
    assertThat(d.select("#feedback-error").text())
        .isEqualTo("Please write your feedback before sending it.");
    assertThat(d.select("#feedback-error").hasAttr("hidden")).isFalse();
    assertThat(d.select("#feedback details").hasAttr("open")).isTrue();
    assertThat(d.select("h1").text()).startsWith("U.S. closely engaged");
    assertThat(r.headers().firstValue("Cache-Control")).contains("no-store");
  }

  @Test
  void over_long_feedback_gets_a_clear_message_and_keeps_the_text_up_to_the_limit() {
    String text = "<script>alert('x')</script> " + "long ".repeat(400);
    HttpResponse<String> r = send(text);
    assertThat(r.statusCode()).isEqualTo(422);
    Document d = Jsoup.parse(r.body());
    assertThat(d.select("#feedback-error").text()).contains("characters long; the limit is 2,000");
    assertThat(d.select("#feedback-text").first().wholeText())
        .isEqualTo(text.substring(0, Feedbacks.MAX_LENGTH));
    assertThat(r.body()).doesNotContain("<script>alert").contains("&lt;script&gt;alert");
    assertThat(stored(text.strip())).isEmpty();

    String exactlyMax = "x".repeat(Feedbacks.MAX_LENGTH);
    assertThat(send(exactlyMax).statusCode()).isEqualTo(303);
    assertThat(stored(exactlyMax)).hasSize(1);
  }

  @Test
  void a_filled_honeypot_is_thanked_and_not_stored() {
    HttpResponse<String> r =
        app.postForm(
            ACTION, form(Map.of("message", "Buy cheap watches", "website", "http://spam.example")));
    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(stored("Buy cheap watches")).isEmpty();
  }

  @Test
  void one_client_sending_too_fast_gets_429_with_a_readable_page() {
    for (int i = 1; i <= Feedbacks.MAX_PER_WINDOW; i++) {
      assertThat(send("Message number " + i).statusCode()).isEqualTo(303);
    }
    HttpResponse<String> r = send("One too many");
    assertThat(r.statusCode()).isEqualTo(429);
    assertThat(r.headers().firstValue("Retry-After"))
        .hasValueSatisfying(v -> assertThat(Integer.parseInt(v)).isBetween(1, 61));
    Document d = Jsoup.parse(r.body());
    assertThat(d.select("#feedback-error").text())
        .startsWith("You are sending feedback too quickly.");
    assertThat(d.select("#feedback-text").val()).isEqualTo("One too many");
    assertThat(stored("One too many")).isEmpty();

    clock.advance(Feedbacks.WINDOW.plusSeconds(1));
    assertThat(send("One too many").statusCode()).isEqualTo(303);
    assertThat(stored("One too many")).hasSize(1);
  }

  @Test
  void the_same_text_twice_in_a_row_is_stored_once() {
    String text = "Please add a map of the launch sites.";
    assertThat(send(text).statusCode()).isEqualTo(303);
    assertThat(send(text).statusCode()).isEqualTo(303);
    assertThat(stored(text)).hasSize(1);
  }

  @Test
  void cross_site_posts_are_refused_and_store_nothing() {
    String text = "Forged by another site";
    assertThat(send(text, "Origin", "https://evil.example").statusCode()).isEqualTo(403);
    assertThat(send(text, "Sec-Fetch-Site", "cross-site").statusCode()).isEqualTo(403);
    assertThat(send(text, "Sec-Fetch-Site", "same-site").statusCode()).isEqualTo(403);
    assertThat(send(text, "Origin", "null").statusCode()).isEqualTo(403);
    assertThat(stored(text)).isEmpty();
    assertThat(send(text, "Sec-Fetch-Site", "same-origin").statusCode()).isEqualTo(303);
  }

  @Test
  void feedback_on_a_missing_or_killed_story_is_refused() {
    assertThat(
            app.postForm("/article/99999/feedback", form(Map.of("message", "hello"))).statusCode())
        .isEqualTo(404);
    var killed = app.wiring().articles().kill(new ArticleId(2));
    assertThat(
            app.postForm("/article/" + killed.id() + "/feedback", form(Map.of("message", "hello")))
                .statusCode())
        .isEqualTo(410);
  }

  @Test
  void the_feedback_form_is_on_every_article_and_works_without_javascript() {
    Document d = Jsoup.parse(app.get(page).body());
    var form = d.select("#feedback form").first();
    assertThat(form.attr("method")).isEqualTo("post");
    assertThat(form.attr("action")).isEqualTo(ACTION);
    assertThat(d.select("#feedback textarea[name=message]")).hasSize(1);
    assertThat(d.select("#feedback input[name=website]").attr("tabindex")).isEqualTo("-1");
    assertThat(d.select("#feedback button[type=submit]")).hasSize(1);
  }
}
