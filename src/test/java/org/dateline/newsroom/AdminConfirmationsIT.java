package org.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.dateline.Wiring;
import org.dateline.newsroom.auth.Role;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.workflow.Action;
import org.dateline.newsroom.workflow.Story;
import org.dateline.newsroom.workflow.Workflow.Request;
import org.dateline.section.Section;
import org.dateline.testing.Newsroom;
import org.dateline.testing.NewsroomClient;
import org.dateline.testing.TestApp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10 point 11 over real HTTP on the store under test: every admin and curation change
 * confirms after its redirect; deactivating asks first; sections new, hidden and retired stay out
 * of the public navigation while their pages and stories keep working.
 */
class AdminConfirmationsIT {
  @TempDir static Path data;
  static TestApp app;
  static Wiring w;
  static User admin;
  static User rita;
  static NewsroomClient adminClient;
  static NewsroomClient reporter;

  @BeforeAll
  static void start() {
    app = TestApp.start(data, false);
    w = app.wiring();
    admin = Newsroom.user(w, Role.ADMIN, "Ada Admin");
    rita = Newsroom.user(w, Role.REPORTER, "Rita Reporter");
    adminClient = NewsroomClient.signIn(app, admin.email(), Newsroom.PASSWORD);
    reporter = NewsroomClient.signIn(app, rita.email(), Newsroom.PASSWORD);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static List<String> navigation() {
    HttpResponse<String> home = app.get("/");
    assertThat(home.statusCode()).isEqualTo(200);
    return Jsoup.parse(home.body()).select("nav#navigation a").eachText();
  }

  private static String flash(HttpResponse<String> redirect) {
    assertThat(redirect.statusCode()).as(redirect.body()).isEqualTo(303);
    return Jsoup.parse(adminClient.follow(redirect).body()).select("p.flash").text();
  }

  private static Section section(String name) {
    w.sections().refresh();
    return w.sections().all().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }

  private static Story publishedIn(String section, String headline) {
    Story s = w.stories().create(admin);
    s = w.stories().save(s.id(), s.version(), Newsroom.completeDraft(headline, section), admin, "");
    return w.workflow().apply(s.id(), Request.of(Action.PUBLISH), admin);
  }

  @Test
  void a_new_section_stays_out_of_the_navigation_until_its_first_story_is_published() {
    HttpResponse<String> added = adminClient.post("/newsroom/sections", "name", "Économie 경제");

    assertThat(flash(added))
        .isEqualTo(
            "Section “Économie 경제” added. It joins the site's navigation when its first story is"
                + " published.");
    Section s = section("Économie 경제");
    assertThat(NewsroomClient.location(added)).isEqualTo("/newsroom/sections#section-" + s.id());
    assertThat(navigation()).doesNotContain("Économie 경제");
    assertThat(app.get("/section/" + s.slug()).statusCode()).isEqualTo(200);

    publishedIn("Économie 경제", "Exports rise for a third month");

    assertThat(navigation()).contains("Économie 경제");
    assertThat(section("Économie 경제").visibility()).isEqualTo(Section.Visibility.SHOWN);
  }

  @Test
  void a_hidden_section_leaves_the_navigation_and_its_pages_still_answer() {
    w.sections().ensure("Weather");
    Story story = publishedIn("Weather", "Snow expected on Sunday");
    Section s = section("Weather");
    assertThat(navigation()).contains("Weather");

    HttpResponse<String> hidden =
        adminClient.post("/newsroom/sections/" + s.id() + "/visibility", "visibility", "hidden");

    assertThat(flash(hidden))
        .isEqualTo(
            "Section “Weather” is hidden from the site's navigation; its pages still answer.");
    assertThat(navigation()).doesNotContain("Weather");
    HttpResponse<String> page = app.get("/section/" + s.slug());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Snow expected on Sunday");
    assertThat(app.get(publicPath(story)).statusCode()).isEqualTo(200);
    // Stories may still choose it.
    Story fresh = w.stories().create(rita);
    assertThat(
            Jsoup.parse(reporter.get("/newsroom/stories/" + fresh.id()).body())
                .select("#section option")
                .eachText())
        .contains("Weather");
  }

  @Test
  void a_retired_section_is_no_choice_for_new_stories_and_its_stories_keep_working() {
    w.sections().ensure("Lottery");
    Story story = publishedIn("Lottery", "Numbers of the week");
    Section s = section("Lottery");

    HttpResponse<String> retired =
        adminClient.post("/newsroom/sections/" + s.id() + "/visibility", "visibility", "retired");

    assertThat(flash(retired)).startsWith("Section “Lottery” is retired");
    assertThat(navigation()).doesNotContain("Lottery");
    assertThat(app.get("/section/" + s.slug()).statusCode()).isEqualTo(200);
    assertThat(app.get(publicPath(story)).statusCode()).isEqualTo(200);
    Story fresh = w.stories().create(rita);
    assertThat(
            Jsoup.parse(reporter.get("/newsroom/stories/" + fresh.id()).body())
                .select("#section option")
                .eachText())
        .doesNotContain("Lottery", "Lottery (retired)");
    // The story already in it keeps it, and can be updated.
    Document editor = Jsoup.parse(adminClient.get("/newsroom/stories/" + story.id()).body());
    assertThat(editor.select("#section option[selected]").text()).isEqualTo("Lottery (retired)");
    Story updated =
        w.stories()
            .save(
                story.id(),
                story.version(),
                Newsroom.completeDraft("Numbers of the week, corrected", "Lottery"),
                admin,
                "");
    w.workflow().apply(updated.id(), Request.of(Action.UPDATE), admin);
    assertThat(app.get(publicPath(story)).body()).contains("Numbers of the week, corrected");
  }

  @Test
  void deactivating_asks_first_and_then_confirms() {
    User target = Newsroom.user(w, Role.REPORTER, "Ким Target");

    HttpResponse<String> asked = adminClient.get("/newsroom/users/" + target.id() + "/deactivate");
    HttpResponse<String> unconfirmed =
        adminClient.post("/newsroom/users/" + target.id() + "/active", "active", "false");

    assertThat(asked.statusCode()).isEqualTo(200);
    Document page = Jsoup.parse(asked.body());
    assertThat(page.select("h1").text()).isEqualTo("Deactivate Ким Target?");
    assertThat(page.select("form.confirm-form input[name=confirm]").val()).isEqualTo("yes");
    assertThat(unconfirmed.statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(unconfirmed.body()).select("h1").text())
        .isEqualTo("Deactivate Ким Target?");
    assertThat(w.users().byId(target.id()).orElseThrow().active()).isTrue();

    HttpResponse<String> confirmed =
        adminClient.post(
            "/newsroom/users/" + target.id() + "/active", "active", "false", "confirm", "yes");

    assertThat(flash(confirmed))
        .isEqualTo("Ким Target (" + target.email() + ") deactivated; their sessions have ended.");
    assertThat(w.users().byId(target.id()).orElseThrow().active()).isFalse();
    assertThat(
            flash(adminClient.post("/newsroom/users/" + target.id() + "/active", "active", "true")))
        .isEqualTo("Ким Target (" + target.email() + ") reactivated; they can sign in again.");
  }

  @Test
  void user_and_section_changes_each_confirm_with_a_message() {
    HttpResponse<String> created =
        adminClient.post(
            "/newsroom/users",
            "email",
            "haruka@newsroom.test",
            "name",
            "佐藤 晴香",
            "role",
            "reporter",
            "password",
            "a long enough password 1");
    assertThat(flash(created)).isEqualTo("Account created for 佐藤 晴香 (haruka@newsroom.test).");
    User haruka = w.users().byEmail("haruka@newsroom.test").orElseThrow();
    assertThat(
            flash(adminClient.post("/newsroom/users/" + haruka.id() + "/role", "role", "editor")))
        .isEqualTo("佐藤 晴香 (haruka@newsroom.test) is now an editor.");

    Section s = w.sections().add("Culture <b>" + System.nanoTime() + "</b>");
    HttpResponse<String> renamed =
        adminClient.post("/newsroom/sections/" + s.id(), "name", "Culture & Arts");
    String message = flash(renamed);
    assertThat(message)
        .isEqualTo("Section “" + s.name() + "” renamed to “Culture & Arts”; its address stays.");
    assertThat(adminClient.follow(renamed).body()).contains("“Culture &lt;b&gt;");
    assertThat(flash(adminClient.post("/newsroom/sections/" + s.id() + "/move", "direction", "up")))
        .isEqualTo("Section “Culture & Arts” moved up.");
  }

  @Test
  void curation_finds_published_stories_by_words_confirms_and_returns_to_the_row() {
    publishedIn("", "Lighthouse keeper retires after forty years");
    publishedIn("", "A story about something else");
    Story draft = w.stories().create(admin);
    w.stories()
        .save(
            draft.id(),
            draft.version(),
            Newsroom.completeDraft("Lighthouse draft never published", ""),
            admin,
            "");

    Document found = Jsoup.parse(adminClient.get("/newsroom/home?q=lighthouse").body());

    List<String> rows = found.select("table.candidates tbody tr").eachText();
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0)).startsWith("Lighthouse keeper retires after forty years");
    assertThat(found.select("#curation-q").val()).isEqualTo("lighthouse");
    String id = found.select("table.candidates input[name=article]").val();

    HttpResponse<String> added =
        adminClient.post("/newsroom/home", "action", "add", "article", id, "q", "lighthouse");

    assertThat(NewsroomClient.location(added))
        .isEqualTo("/newsroom/home?q=lighthouse#candidate-" + id);
    assertThat(flash(added))
        .isEqualTo(
            "“Lighthouse keeper retires after forty years” added to the home page's top stories,"
                + " place 1.");
  }

  /** The story's canonical public address (its short one redirects there). */
  private static String publicPath(Story story) {
    String shortPath =
        org.dateline.article.ArticlePaths.byId(
            w.stories().find(story.id()).orElseThrow().articleId().orElseThrow());
    HttpResponse<String> r = app.get(shortPath);
    return r.statusCode() / 100 == 3 ? NewsroomClient.location(r) : shortPath;
  }
}
