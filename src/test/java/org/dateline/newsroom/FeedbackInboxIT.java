package org.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.dateline.article.ArticleSummary;
import org.dateline.article.Listing;
import org.dateline.article.PageRequest;
import org.dateline.feedback.Feedbacks;
import org.dateline.newsroom.auth.Role;
import org.dateline.newsroom.auth.User;
import org.dateline.testing.MutableClock;
import org.dateline.testing.Newsroom;
import org.dateline.testing.NewsroomClient;
import org.dateline.testing.TestApp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The feedback inbox over real HTTP: escaping, states, per-story lists, paging, roles and CSRF. */
class FeedbackInboxIT {
  @TempDir static Path data;
  static final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T09:00:00Z"));
  static TestApp app;
  static NewsroomClient editor;
  static NewsroomClient reporter;
  static List<ArticleSummary> stories;

  @BeforeAll
  static void start() {
    app = TestApp.start(data, true, clock);
    User e = Newsroom.user(app.wiring(), Role.EDITOR, "Eddie Editor");
    User r = Newsroom.user(app.wiring(), Role.REPORTER, "Rita Reporter");
    editor = NewsroomClient.signIn(app, e.email(), Newsroom.PASSWORD);
    reporter = NewsroomClient.signIn(app, r.email(), Newsroom.PASSWORD);
    stories = app.wiring().articles().page(new Listing.All(), PageRequest.newest(3)).items();
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @BeforeEach
  void clean() {
    clock.advance(Duration.ofMinutes(2)); // a fresh rate-limit window for the public form
    app.wiring().database().jdbi().useHandle(h -> h.execute("DELETE FROM feedback"));
  }

  /** Sends feedback through the public form, as a reader would. */
  private static void readerSends(ArticleSummary story, String message) {
    HttpResponse<String> r =
        app.postForm(
            "/article/" + story.id().value() + "/feedback",
            NewsroomClient.form("message", message, "website", ""));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
  }

  private static long onlyFeedbackId() {
    return app.wiring().feedbacks().newest(1).get(0).id();
  }

  private static String state(long id) {
    return app.wiring()
        .database()
        .jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT state FROM feedback WHERE id = :id")
                    .bind("id", id)
                    .mapTo(String.class)
                    .one());
  }

  private static Document page(String path) {
    HttpResponse<String> r = editor.get(path);
    assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
    return Jsoup.parse(r.body());
  }

  @Test
  void the_readers_text_is_shown_escaped_with_its_story_and_time_in_the_editions_zone() {
    readerSends(stories.get(0), "<script>alert(1)</script>\nSecond line & more");

    HttpResponse<String> r = editor.get("/newsroom/feedback");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body())
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;<br>Second line &amp; more<br>");
    assertThat(r.body()).doesNotContain("<script>alert(1)");
    Document doc = Jsoup.parse(r.body());
    assertThat(doc.select("script")).allSatisfy(s -> assertThat(s.hasAttr("src")).isTrue());
    Element row = doc.selectFirst("tr[id^=feedback-]");
    assertThat(row.select("td.message").text())
        .isEqualTo("<script>alert(1)</script> Second line & more");
    // 09:xx UTC is 18:xx in Seoul, the demo edition's zone.
    assertThat(row.select("time").text()).matches("18:[0-5][0-9] November 28, 2026");
    Element link = row.selectFirst("a[href^=/article/]");
    assertThat(link.text()).isEqualTo(stories.get(0).headline());
    assertThat(link.attr("href"))
        .isEqualTo("/article/" + stories.get(0).id().value() + "/" + stories.get(0).slug());
    assertThat(row.selectFirst("a:contains(All feedback on this story)").attr("href"))
        .isEqualTo("/newsroom/feedback?state=all&article=" + stories.get(0).id().value());
    assertThat(doc.select(".nr-nav .badge").text()).isEqualTo("1 new");
  }

  @Test
  void marking_read_resolved_and_new_moves_the_message_between_lists_and_returns_to_the_inbox() {
    readerSends(stories.get(0), "The photo caption names the wrong city.");
    long id = onlyFeedbackId();

    HttpResponse<String> read =
        editor.post(
            "/newsroom/feedback/" + id, "state", "read", "back", "/newsroom/feedback?state=new");

    assertThat(read.statusCode()).isEqualTo(303);
    assertThat(NewsroomClient.location(read)).isEqualTo("/newsroom/feedback?state=new");
    assertThat(state(id)).isEqualTo("read");
    assertThat(page("/newsroom/feedback?state=new").select("tr[id=feedback-" + id + "]")).isEmpty();
    assertThat(page("/newsroom/feedback?state=read").select("tr[id=feedback-" + id + "]"))
        .hasSize(1);
    assertThat(page("/newsroom/feedback").select(".nr-nav .badge")).isEmpty();

    editor.post(
        "/newsroom/feedback/" + id, "state", "resolved", "back", "/newsroom/feedback?state=read");
    assertThat(state(id)).isEqualTo("resolved");
    Document resolved = page("/newsroom/feedback?state=resolved");
    assertThat(resolved.select("tr[id=feedback-" + id + "] button").eachAttr("value"))
        .containsExactly("new", "read");

    HttpResponse<String> again =
        editor.post("/newsroom/feedback/" + id, "state", "new", "back", "https://evil.example/");
    assertThat(NewsroomClient.location(again)).isEqualTo("/newsroom/feedback");
    assertThat(state(id)).isEqualTo("new");
  }

  @Test
  void an_unknown_state_or_message_is_refused_and_changes_nothing() {
    readerSends(stories.get(0), "Typo in the headline.");
    long id = onlyFeedbackId();

    assertThat(editor.post("/newsroom/feedback/" + id, "state", "deleted").statusCode())
        .isEqualTo(400);
    assertThat(editor.post("/newsroom/feedback/" + (id + 1000), "state", "read").statusCode())
        .isEqualTo(404);
    assertThat(editor.get("/newsroom/feedback?state=spam").statusCode()).isEqualTo(400);
    assertThat(state(id)).isEqualTo("new");
  }

  @Test
  void all_feedback_on_one_story_lists_only_that_story() {
    readerSends(stories.get(0), "About the first story.");
    clock.advance(Duration.ofMinutes(2));
    readerSends(stories.get(1), "About the second story.");

    Document doc = page("/newsroom/feedback?state=all&article=" + stories.get(1).id().value());

    assertThat(doc.select("h1").text()).contains(stories.get(1).headline());
    assertThat(doc.select("td.message").eachText()).containsExactly("About the second story.");
  }

  @Test
  void the_inbox_pages_by_fifty_newest_first() {
    Feedbacks feedbacks = app.wiring().feedbacks();
    for (int i = 1; i <= 60; i++) {
      feedbacks.submit(
          new Feedbacks.Submission(stories.get(0).id().value(), "Message " + i, "", "10.0.0." + i));
    }

    Document first = page("/newsroom/feedback?state=all");
    List<String> firstTexts = first.select("td.message").eachText();
    assertThat(firstTexts).hasSize(50).first().isEqualTo("Message 60");
    assertThat(firstTexts).last().isEqualTo("Message 11");
    String older = first.selectFirst(".pager a[rel=next]").attr("href");

    Document second = page(older);
    assertThat(second.select("td.message").eachText()).hasSize(10).first().isEqualTo("Message 10");
    assertThat(second.select(".pager a[rel=next]")).isEmpty();
    assertThat(second.selectFirst(".pager a:contains(Newest)").attr("href"))
        .isEqualTo("/newsroom/feedback?state=all");
  }

  @Test
  void only_roles_that_triage_may_read_or_change_feedback() {
    readerSends(stories.get(0), "Reporters should not see this.");
    long id = onlyFeedbackId();

    assertThat(reporter.get("/newsroom/feedback").statusCode()).isEqualTo(403);
    assertThat(reporter.post("/newsroom/feedback/" + id, "state", "read").statusCode())
        .isEqualTo(403);
    assertThat(app.get("/newsroom/feedback").statusCode()).isEqualTo(303);
    assertThat(state(id)).isEqualTo("new");
  }

  @Test
  void a_state_change_without_the_csrf_token_is_refused() {
    readerSends(stories.get(0), "Please fix the byline.");
    long id = onlyFeedbackId();

    HttpResponse<String> r =
        editor.postWithoutToken("/newsroom/feedback/" + id, "state", "resolved");

    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(state(id)).isEqualTo("new");
  }
}
