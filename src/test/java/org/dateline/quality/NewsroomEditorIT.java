package org.dateline.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.dateline.newsroom.auth.Role;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.editor.Draft;
import org.dateline.newsroom.editor.Revision;
import org.dateline.newsroom.workflow.Action;
import org.dateline.newsroom.workflow.Desk;
import org.dateline.newsroom.workflow.Stories;
import org.dateline.newsroom.workflow.Story;
import org.dateline.newsroom.workflow.Workflow.Request;
import org.dateline.testing.MutableClock;
import org.dateline.testing.Newsroom;
import org.dateline.testing.NewsroomClient;
import org.dateline.testing.NewsroomTemplates;
import org.dateline.testing.TestApp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The story editor over real HTTP: autosave and its stale refusal, the alt-text refusal that keeps
 * what was typed, the preview against the public page, the desk's filters and "who is editing
 * what".
 */
class NewsroomEditorIT {
  private static final MutableClock CLOCK = new MutableClock(Instant.now());
  private static final ObjectMapper JSON = new ObjectMapper();
  private static TestApp app;
  private static User editorUser;
  private static User rita;
  private static User ravi;
  private static NewsroomClient editor;
  private static NewsroomClient reporter;
  private static String photo;

  @BeforeAll
  static void start(@TempDir Path data) {
    app = TestApp.start(data, true, CLOCK);
    editorUser = Newsroom.user(app.wiring(), Role.EDITOR, "Eddie Editor");
    rita = Newsroom.user(app.wiring(), Role.REPORTER, "Rita Reporter");
    ravi = Newsroom.user(app.wiring(), Role.REPORTER, "Ravi Reporter");
    editor = NewsroomClient.signIn(app, editorUser.email(), Newsroom.PASSWORD);
    reporter = NewsroomClient.signIn(app, rita.email(), Newsroom.PASSWORD);
    photo =
        NewsroomTemplates.upload(app, editor, NewsroomTemplates.photo(800, 450))
            .path("src")
            .asText();
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void an_autosave_answers_the_next_version_and_stores_a_revision() throws IOException {
    Story story = Newsroom.written(app.wiring(), rita, "Ferry timetable changes");
    int n = story.version();
    int revisions = history(story).size();

    HttpResponse<String> r =
        json(
            reporter,
            "/newsroom/stories/" + story.id() + "/autosave",
            form(n, "Ferry timetable changes for winter", "<p>Ferries run less often.</p>"));

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    assertThat(r.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
    JsonNode answer = JSON.readTree(r.body());
    assertThat(answer.path("ok").asBoolean()).isTrue();
    assertThat(answer.path("version").asInt()).isEqualTo(n + 1);
    List<Revision> after = history(story);
    assertThat(after).hasSize(revisions + 1);
    Revision newest = after.stream().filter(v -> v.version() == n + 1).findFirst().orElseThrow();
    assertThat(newest.draft().headline()).isEqualTo("Ferry timetable changes for winter");
    assertThat(newest.note()).isEqualTo("autosave");
    assertThat(app.wiring().stories().find(story.id()).orElseThrow().version()).isEqualTo(n + 1);
  }

  @Test
  void an_autosave_on_a_stale_version_is_refused_as_json_and_stores_nothing() throws IOException {
    Story story = Newsroom.written(app.wiring(), rita, "Rail strike talks resume");
    Story theirs =
        app.wiring()
            .stories()
            .save(
                story.id(),
                story.version(),
                Newsroom.completeDraft("Rail strike talks resume on Monday", "National"),
                editorUser,
                "");
    int revisions = history(story).size();

    HttpResponse<String> r =
        json(
            reporter,
            "/newsroom/stories/" + story.id() + "/autosave",
            form(story.version(), "My stale headline", "<p>Mine.</p>"));

    assertThat(r.statusCode()).isEqualTo(409);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    JsonNode answer = JSON.readTree(r.body());
    assertThat(answer.path("ok").asBoolean()).isFalse();
    assertThat(answer.path("error").asText()).isNotBlank();
    assertThat(answer.path("version").asInt()).isEqualTo(theirs.version());
    assertThat(history(story)).hasSize(revisions);
    Story now = app.wiring().stories().find(story.id()).orElseThrow();
    assertThat(now.version()).isEqualTo(theirs.version());
    assertThat(now.draft().headline()).isEqualTo("Rail strike talks resume on Monday");
  }

  @Test
  void a_save_with_a_photo_without_alt_text_is_refused_keeping_every_typed_value() {
    Story story = Newsroom.written(app.wiring(), rita, "Museum reopens its east wing");
    String body =
        "<p>The museum reopened on Saturday.</p>\n<figure><img src=\""
            + photo
            + "\"><figcaption>The east wing.</figcaption></figure>";
    String[] typed = {
      "version",
      Integer.toString(story.version()),
      "headline",
      "Museum reopens its east wing after a year",
      "summary",
      "Visitors queued from dawn.\nA second line.",
      "section",
      "National",
      "urgency",
      "2",
      "bylines",
      "Rita Reporter, Kim Min-ji",
      "dateline_place",
      "GYEONGJU",
      "dateline_date",
      "March 3",
      "dateline_source",
      "Dateline",
      "body",
      body,
      "tags",
      "museums, culture"
    };

    HttpResponse<String> r = reporter.post("/newsroom/stories/" + story.id(), typed);

    assertThat(r.statusCode()).isEqualTo(422);
    Document page = Jsoup.parse(r.body());
    assertThat(page.getElementById("form-error").text())
        .isEqualTo("Every photo needs alt text: describe what the photo shows.");
    assertThat(page.getElementById("form-error").attr("role")).isEqualTo("alert");
    assertThat(page.getElementById("headline").attr("value"))
        .isEqualTo("Museum reopens its east wing after a year");
    assertThat(page.getElementById("summary").wholeText())
        .isEqualTo("Visitors queued from dawn.\nA second line.");
    assertThat(page.select("#section option[selected]").attr("value")).isEqualTo("National");
    assertThat(page.select("#urgency option[selected]").attr("value")).isEqualTo("2");
    assertThat(page.getElementById("bylines").attr("value")).isEqualTo("Rita Reporter, Kim Min-ji");
    assertThat(page.getElementById("dateline_place").attr("value")).isEqualTo("GYEONGJU");
    assertThat(page.getElementById("dateline_date").attr("value")).isEqualTo("March 3");
    assertThat(page.getElementById("dateline_source").attr("value")).isEqualTo("Dateline");
    assertThat(page.getElementById("body").wholeText()).isEqualTo(body);
    assertThat(page.getElementById("tags").attr("value")).isEqualTo("museums, culture");
    assertThat(page.select("#story-form input[name=version]").attr("value"))
        .isEqualTo(Integer.toString(story.version()));
    assertThat(app.wiring().stories().find(story.id()).orElseThrow().version())
        .as("nothing saved")
        .isEqualTo(story.version());
  }

  /**
   * Previewed at the moment of publication (the test clock stands still): the same words, times and
   * markup.
   */
  @Test
  void the_preview_of_a_published_story_shows_the_public_article() {
    Story story = app.wiring().stories().create(rita);
    Draft draft =
        NewsroomTemplates.draft(
            "Harbour reopens after storm repairs", photo, "The harbour reopened on Friday.");
    story = app.wiring().stories().save(story.id(), story.version(), draft, rita, "");
    story = app.wiring().workflow().apply(story.id(), Request.of(Action.PUBLISH), editorUser);
    String canonical =
        NewsroomClient.location(app.get("/article/" + story.articleId().orElseThrow()));

    Element published = article(app.get(canonical));
    Element preview = article(editor.get("/newsroom/stories/" + story.id() + "/preview"));

    assertThat(preview.text()).isEqualTo(published.text());
    assertThat(preview.select("*").stream().map(Element::normalName).toList())
        .isEqualTo(published.select("*").stream().map(Element::normalName).toList());
    // The same markup; the preview loads photos from the newsroom's address (/media/ shows the
    // public only photos of public stories).
    assertThat(preview.select(".article-body img").attr("src")).isEqualTo("/newsroom" + photo);
    assertThat(editor.get("/newsroom" + photo).statusCode()).isEqualTo(200);
    assertThat(preview.select(".article-body").outerHtml().replace("/newsroom/media/", "/media/"))
        .isEqualTo(published.select(".article-body").outerHtml());
    assertThat(preview.text())
        .contains(
            "Harbour reopens after storm repairs",
            "BUSAN, Feb. 5 (Dateline) -- The harbour reopened",
            "We are open for business.",
            "Container berths",
            "Rita Reporter",
            "ports");

    // A draft change shows in the preview, not on the public page, until it is published.
    app.wiring()
        .stories()
        .save(
            story.id(),
            story.version(),
            NewsroomTemplates.draft(
                "Harbour reopens after two weeks of repairs",
                photo,
                "The harbour reopened on Friday."),
            editorUser,
            "");
    assertThat(
            article(editor.get("/newsroom/stories/" + story.id() + "/preview")).select("h1").text())
        .isEqualTo("Harbour reopens after two weeks of repairs");
    assertThat(article(app.get(canonical)).select("h1").text())
        .isEqualTo("Harbour reopens after storm repairs");
  }

  @Test
  void the_desk_filters_by_stage_section_author_and_headline() {
    Story harbour = written(rita, "Desk test: harbour cranes return", "National");
    Story budget = written(ravi, "Desk test: budget vote delayed", "Politics");
    Story ferries = written(rita, "Desk test: ferries cut winter HARBOUR runs", "Politics");
    Story draft = written(rita, "Desk test: harbour fees rise", "National");
    for (Story s : List.of(harbour, budget, ferries)) {
      app.wiring()
          .workflow()
          .apply(s.id(), Request.of(Action.SUBMIT), s.createdBy() == rita.id() ? rita : ravi);
    }

    assertThat(desk(editor, "stage=submitted&q=desk+test"))
        .containsExactly(
            "Desk test: ferries cut winter HARBOUR runs",
            "Desk test: budget vote delayed",
            "Desk test: harbour cranes return");
    assertThat(desk(editor, "stage=draft&q=desk+test"))
        .containsExactly("Desk test: harbour fees rise");
    assertThat(desk(editor, "stage=submitted&q=desk+test&section=Politics"))
        .containsExactly(
            "Desk test: ferries cut winter HARBOUR runs", "Desk test: budget vote delayed");
    assertThat(desk(editor, "stage=submitted&q=desk+test&author=" + ravi.id()))
        .containsExactly("Desk test: budget vote delayed");
    assertThat(desk(editor, "stage=submitted&q=harbour"))
        .as("headline words, any case")
        .containsExactly(
            "Desk test: ferries cut winter HARBOUR runs", "Desk test: harbour cranes return");
    assertThat(desk(editor, "stage=submitted&q=harbour&section=National&author=" + rita.id()))
        .containsExactly("Desk test: harbour cranes return");
    assertThat(desk(editor, "stage=submitted&q=%25"))
        .as("a % is a character, not a wildcard")
        .isEmpty();
    assertThat(desk(editor, "stage=published&q=desk+test")).isEmpty();
    assertThat(desk(reporter, "stage=submitted&q=desk+test&author=" + ravi.id()))
        .as("a reporter sees only her own")
        .containsExactly(
            "Desk test: ferries cut winter HARBOUR runs", "Desk test: harbour cranes return");
    assertThat(draft.stage().code()).isEqualTo("draft");
  }

  @Test
  void the_desk_shows_who_has_a_story_open_until_the_page_stops_checking_in() {
    Story story = written(rita, "Editing test: bridge closes for repairs", "National");
    app.wiring().workflow().apply(story.id(), Request.of(Action.SUBMIT), rita);
    String query = "stage=submitted&q=editing+test";
    CLOCK.advance(Stories.EDITING_WINDOW.plusSeconds(1)); // since Rita wrote it
    assertThat(editing(editor, query)).containsExactly("");

    assertThat(reporter.get("/newsroom/stories/" + story.id()).statusCode())
        .isEqualTo(200); // Rita opens it

    assertThat(editing(editor, query)).containsExactly("Rita Reporter is in it now");
    assertThat(editing(reporter, query)).as("not to herself").containsExactly("");
    assertThat(
            Jsoup.parse(editor.get("/newsroom/stories/" + story.id()).body())
                .select("p.warning")
                .text())
        .startsWith("Rita Reporter has this story open too");
    CLOCK.advance(Duration.ofSeconds(30));
    reporter.get("/newsroom/stories/" + story.id()); // Rita opens it again after the editor did
    CLOCK.advance(Desk.PRESENCE_WINDOW.minusSeconds(1));
    assertThat(editing(editor, query)).containsExactly("Rita Reporter is in it now");
    CLOCK.advance(Duration.ofSeconds(2));
    assertThat(editing(editor, query)).as("her page stopped checking in").containsExactly("");
  }

  private static Story written(User author, String headline, String section) {
    app.wiring().sections().ensure(section); // an administrator made it
    Story s = app.wiring().stories().create(author);
    return app.wiring()
        .stories()
        .save(s.id(), s.version(), Newsroom.completeDraft(headline, section), author, "");
  }

  /** The desk's headlines for the query, in order. */
  private static List<String> desk(NewsroomClient client, String query) {
    HttpResponse<String> r = client.get("/newsroom/desk?" + query);
    assertThat(r.statusCode()).as(query).isEqualTo(200);
    return Jsoup.parse(r.body())
        .select("table.desk tbody tr td.headline > a:first-child")
        .eachText();
  }

  /** The desk's "Now" column for the query. */
  private static List<String> editing(NewsroomClient client, String query) {
    HttpResponse<String> r = client.get("/newsroom/desk?" + query);
    assertThat(r.statusCode()).isEqualTo(200);
    List<String> out = new ArrayList<>();
    Jsoup.parse(r.body())
        .select("table.desk tbody tr")
        .forEach(row -> out.add(row.select("td.editing").text()));
    return out;
  }

  /** The article element without the feedback form (the related stories follow it, outside). */
  private static Element article(HttpResponse<String> r) {
    assertThat(r.statusCode()).isEqualTo(200);
    Document page = Jsoup.parse(r.body());
    page.select(".related").remove();
    Element article = page.selectFirst("article.article");
    assertThat(article).isNotNull();
    article.select("section.feedback").remove();
    return article;
  }

  private static List<Revision> history(Story story) {
    return app.wiring().stories().history(story.id(), editorUser);
  }

  private static String[] form(int version, String headline, String body) {
    return new String[] {
      "version",
      Integer.toString(version),
      "headline",
      headline,
      "summary",
      "A summary.",
      "section",
      "National",
      "urgency",
      "5",
      "bylines",
      "Test Reporter",
      "dateline_place",
      "SEOUL",
      "dateline_date",
      "Feb. 5",
      "dateline_source",
      "Dateline",
      "body",
      body,
      "tags",
      "testing"
    };
  }

  /** A POST as the editor's script sends it: form fields and the CSRF token, asking for JSON. */
  private static HttpResponse<String> json(NewsroomClient client, String path, String... fields) {
    List<String> all = new ArrayList<>(List.of(fields));
    all.add("csrf");
    all.add(client.csrf());
    return app.postForm(
        path,
        NewsroomClient.form(all.toArray(String[]::new)),
        "Cookie",
        client.cookie(),
        "Accept",
        "application/json");
  }
}
