package org.dateline.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.dateline.newsroom.auth.Role;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.workflow.Stage;
import org.dateline.newsroom.workflow.Story;
import org.dateline.testing.Newsroom;
import org.dateline.testing.NewsroomClient;
import org.dateline.testing.TestApp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Zero-width and no-break spaces, NUL, BEL and other control characters in every text field that
 * enters the store, over real HTTP: a field of only invisible characters is empty, controls never
 * reach a page, and text is stored in NFC.
 */
class InvisibleCharactersIT {
  private static final String INVISIBLE = "\u200B\u00A0\u200B\u2060\uFEFF \u200C";

  @TempDir Path data;
  TestApp app;
  User editorUser;
  NewsroomClient editor;

  @BeforeEach
  void start() {
    app = TestApp.start(data, false);
    app.wiring().sections().add("National");
    editorUser = Newsroom.user(app.wiring(), Role.ADMIN, "Ada Admin");
    editor = NewsroomClient.signIn(app, editorUser.email(), Newsroom.PASSWORD);
  }

  @AfterEach
  void stop() {
    app.close();
  }

  private HttpResponse<String> publish(
      Story story, String headline, String bylines, String tags, String body) {
    return editor.post(
        "/newsroom/stories/" + story.id() + "/action",
        "version",
        Integer.toString(story.version()),
        "headline",
        headline,
        "summary",
        "",
        "section",
        "National",
        "urgency",
        "5",
        "bylines",
        bylines,
        "dateline_place",
        "SEOUL",
        "dateline_date",
        "",
        "dateline_source",
        "",
        "body",
        body,
        "tags",
        tags,
        "action",
        "publish");
  }

  @Test
  void a_headline_of_only_zero_width_and_no_break_spaces_does_not_publish() {
    Story story = Newsroom.written(app.wiring(), editorUser, "A story");

    HttpResponse<String> r = publish(story, INVISIBLE, "Ada Admin", "", "<p>Text.</p>");

    assertThat(r.statusCode()).isIn(409, 422);
    assertThat(r.body()).contains("The story needs a headline.");
    assertThat(app.wiring().stories().find(story.id()).orElseThrow().stage())
        .isEqualTo(Stage.DRAFT);
    assertThat(app.get("/news").body()).doesNotContain("/article/");
  }

  @Test
  void a_body_of_only_invisible_paragraphs_does_not_publish() {
    Story story = Newsroom.written(app.wiring(), editorUser, "A story");

    HttpResponse<String> r =
        publish(
            story, "Visible headline", "Ada Admin", "", "<p>" + INVISIBLE + "</p><p>&nbsp;</p>");

    assertThat(r.statusCode()).isIn(409, 422);
    assertThat(r.body()).contains("The story needs at least one paragraph.");
    assertThat(app.get("/news").body()).doesNotContain("Visible headline");
  }

  @Test
  void nul_bel_and_other_controls_never_reach_the_page_and_blank_names_are_dropped() {
    Story story = Newsroom.written(app.wiring(), editorUser, "A story");

    HttpResponse<String> r =
        publish(
            story,
            "Bell\u0007 rings\u0000 at\u001B noon\u007F",
            "\u200BKim\u00A0\u00A0Min-ji\u200B, " + INVISIBLE,
            "Seoul\u0007, " + INVISIBLE + ", Cafe\u0301",
            "<p>First\u0000 paragraph\u0007 here.</p>");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(303);

    String path =
        app.get(
                "/article/"
                    + app.wiring()
                        .stories()
                        .find(story.id())
                        .orElseThrow()
                        .articleId()
                        .orElseThrow())
            .headers()
            .firstValue("Location")
            .orElseThrow();
    HttpResponse<String> page = app.get(path.replaceFirst("^https?://[^/]+", ""));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).doesNotContain("\u0000", "\u0007", "\u001B", "\u007F");
    Document doc = Jsoup.parse(page.body());
    assertThat(doc.select("main h1").text()).isEqualTo("Bell rings at noon");
    assertThat(doc.select("a[href^=/author/]").eachText()).containsExactly("Kim Min-ji");
    assertThat(doc.select("a[href^=/tag/]").eachText()).containsExactly("Seoul", "Café");
    assertThat(doc.select("a[href^=/tag/]").eachText().get(1)).isEqualTo("Caf\u00E9"); // NFC
    assertThat(page.body()).contains("First paragraph here.");
  }

  @Test
  void feedback_of_only_invisible_characters_is_refused_and_controls_are_not_stored() {
    Story story = Newsroom.written(app.wiring(), editorUser, "A story");
    assertThat(publish(story, "Open story", "Ada Admin", "", "<p>Text.</p>").statusCode())
        .isEqualTo(303);
    long id = app.wiring().stories().find(story.id()).orElseThrow().articleId().orElseThrow();

    HttpResponse<String> blank =
        app.postForm(
            "/article/" + id + "/feedback",
            NewsroomClient.form("message", INVISIBLE, "website", ""),
            "Accept",
            "application/json");
    assertThat(blank.statusCode()).isEqualTo(422);
    assertThat(blank.body()).contains("Please write your feedback");

    HttpResponse<String> ringing =
        app.postForm(
            "/article/" + id + "/feedback",
            NewsroomClient.form("message", "Typo\u0007 in the\u0000 second line", "website", ""),
            "Accept",
            "application/json");
    assertThat(ringing.statusCode()).isEqualTo(200);
    assertThat(app.wiring().feedbacks().newest(5))
        .extracting(f -> f.message())
        .containsExactly("Typo in the second line");
  }

  @Test
  void section_and_user_names_are_normalized_and_a_blank_one_is_refused() {
    HttpResponse<String> blank = editor.post("/newsroom/sections", "name", INVISIBLE);
    assertThat(blank.statusCode()).isEqualTo(422);
    assertThat(blank.body()).contains("Please give the section a name.");
    assertThat(
            editor.post("/newsroom/sections", "name", "\u200BWorld\u0007\u00A0 News ").statusCode())
        .isEqualTo(303);
    assertThat(app.wiring().sections().all()).extracting(s -> s.name()).contains("World News");

    HttpResponse<String> user =
        editor.post(
            "/newsroom/users",
            "email",
            "kim@newsroom.test",
            "name",
            "\u200BKim\u0000 Min-ji\u00A0",
            "role",
            "reporter",
            "password",
            "a long enough password");
    assertThat(user.statusCode()).isIn(200, 303);
    assertThat(app.wiring().users().byEmail("kim@newsroom.test").orElseThrow().name())
        .isEqualTo("Kim Min-ji");
  }
}
