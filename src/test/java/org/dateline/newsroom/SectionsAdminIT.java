package org.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.dateline.newsroom.auth.Role;
import org.dateline.newsroom.auth.User;
import org.dateline.section.Section;
import org.dateline.section.Sections;
import org.dateline.section.jdbi.SectionTables;
import org.dateline.testing.Newsroom;
import org.dateline.testing.NewsroomClient;
import org.dateline.testing.Polls;
import org.dateline.testing.TestApp;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Sections admin over real HTTP: adding, renaming and reordering change the public navigation at
 * once.
 */
@Isolated // it bounds wall-clock time, so it runs with no other test class beside it
class SectionsAdminIT {
  @TempDir Path data;
  TestApp app;
  NewsroomClient admin;
  NewsroomClient editor;
  NewsroomClient reporter;

  @BeforeEach
  void start() {
    app = TestApp.start(data, true);
    User a = Newsroom.user(app.wiring(), Role.ADMIN, "Ada Admin");
    User e = Newsroom.user(app.wiring(), Role.EDITOR, "Eddie Editor");
    User r = Newsroom.user(app.wiring(), Role.REPORTER, "Rita Reporter");
    admin = NewsroomClient.signIn(app, a.email(), Newsroom.PASSWORD);
    editor = NewsroomClient.signIn(app, e.email(), Newsroom.PASSWORD);
    reporter = NewsroomClient.signIn(app, r.email(), Newsroom.PASSWORD);
  }

  @AfterEach
  void stop() {
    app.close();
  }

  /** The public navigation's links, as "name href". */
  private List<String> publicNavigation(String path) {
    HttpResponse<String> r = app.get(path);
    assertThat(r.statusCode()).isEqualTo(200);
    return Jsoup.parse(r.body()).select("nav#navigation a").stream()
        .map(a -> a.text() + " " + a.attr("href"))
        .toList();
  }

  private List<Section> stored() {
    return app.wiring()
        .database()
        .jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT * FROM sections ORDER BY position, id")
                    .map(
                        (rs, ctx) ->
                            new Section(
                                rs.getLong("id"),
                                rs.getString("slug"),
                                rs.getString("name"),
                                rs.getInt("position")))
                    .list());
  }

  private Section named(String name) {
    return stored().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void a_new_section_is_in_the_admin_list_at_once_and_in_the_navigation_with_its_first_story() {
    List<String> before = publicNavigation("/"); // cached now
    publicNavigation("/news");

    HttpResponse<String> r = admin.post("/newsroom/sections", "name", "  Science & Tech ");

    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(NewsroomClient.location(r)).startsWith("/newsroom/sections#section-");
    // Out of the navigation until a story in it is published (decision 0073).
    assertThat(publicNavigation("/")).hasSize(before.size());
    var w = app.wiring();
    var editor = Newsroom.user(w, org.dateline.newsroom.auth.Role.EDITOR, "Sci Editor");
    var story = w.stories().create(editor);
    story =
        w.stories()
            .save(
                story.id(),
                story.version(),
                Newsroom.completeDraft("Telescope sees first light", "Science & Tech"),
                editor,
                "");
    w.workflow()
        .apply(
            story.id(),
            org.dateline.newsroom.workflow.Workflow.Request.of(
                org.dateline.newsroom.workflow.Action.PUBLISH),
            editor);
    assertThat(publicNavigation("/"))
        .hasSize(before.size() + 1)
        .endsWith("Science & Tech /section/science-tech");
    assertThat(publicNavigation("/news")).endsWith("Science & Tech /section/science-tech");
    assertThat(app.get("/section/science-tech").statusCode()).isEqualTo(200);
    var page = Jsoup.parse(admin.get("/newsroom/sections").body());
    assertThat(page.select("table.sections tbody tr td:first-child").eachText())
        .last()
        .isEqualTo("Science & Tech");
  }

  @Test
  void renaming_keeps_the_address_and_reordering_moves_the_section_in_the_navigation() {
    List<Section> sections = stored();
    Section second = sections.get(1);
    publicNavigation("/");

    assertThat(
            admin
                .post("/newsroom/sections/" + second.id(), "name", "Nation & Regions")
                .statusCode())
        .isEqualTo(303);
    assertThat(publicNavigation("/")).contains("Nation & Regions /section/" + second.slug());
    assertThat(app.get("/section/" + second.slug()).body()).contains("Nation &amp; Regions");

    assertThat(
            admin
                .post("/newsroom/sections/" + second.id() + "/move", "direction", "up")
                .statusCode())
        .isEqualTo(303);
    assertThat(stored().get(0).id()).isEqualTo(second.id());
    List<String> nav = publicNavigation("/");
    assertThat(nav.get(2))
        .isEqualTo("Nation & Regions /section/" + second.slug()); // after Home and All News
    assertThat(nav.get(3))
        .isEqualTo(sections.get(0).name() + " /section/" + sections.get(0).slug());

    admin.post(
        "/newsroom/sections/" + second.id() + "/move",
        "direction",
        "up"); // already first: nothing happens
    assertThat(stored().get(0).id()).isEqualTo(second.id());
    admin.post("/newsroom/sections/" + second.id() + "/move", "direction", "down");
    admin.post("/newsroom/sections/" + second.id() + "/move", "direction", "down");
    assertThat(stored().stream().map(Section::id).toList().indexOf(second.id())).isEqualTo(2);
    assertThat(stored().stream().map(Section::position).toList())
        .isSorted()
        .doesNotHaveDuplicates();
  }

  @Test
  void empty_taken_and_reserved_names_are_refused_with_a_message() {
    String existing = stored().get(0).name();
    int count = stored().size();

    HttpResponse<String> taken =
        admin.post("/newsroom/sections", "name", existing.toUpperCase(Locale.ROOT));
    assertThat(taken.statusCode()).isEqualTo(422);
    assertThat(Jsoup.parse(taken.body()).select(".error").text())
        .contains("There is already a section called");
    assertThat(admin.post("/newsroom/sections", "name", "all news").statusCode()).isEqualTo(422);
    assertThat(admin.post("/newsroom/sections", "name", "   ").statusCode()).isEqualTo(422);
    assertThat(admin.post("/newsroom/sections", "name", "x".repeat(61)).statusCode())
        .isEqualTo(422);
    assertThat(
            admin.post("/newsroom/sections/" + stored().get(1).id(), "name", existing).statusCode())
        .isEqualTo(422);
    assertThat(
            admin
                .post(
                    "/newsroom/sections/" + stored().get(1).id() + "/move", "direction", "sideways")
                .statusCode())
        .isEqualTo(400);
    assertThat(admin.post("/newsroom/sections/999999", "name", "Nowhere").statusCode())
        .isEqualTo(422);
    assertThat(stored()).hasSize(count);
  }

  @Test
  void names_in_any_script_get_an_address_of_their_own_letters() {
    admin.post("/newsroom/sections", "name", "과학");
    admin.post("/newsroom/sections", "name", "문화");
    admin.post("/newsroom/sections", "name", "Культура");
    admin.post("/newsroom/sections", "name", "★★★");
    // New sections join the navigation with their first story; shown here at once (0073).
    for (Section s : stored()) {
      app.wiring().sections().setVisibility(s.id(), Section.Visibility.SHOWN);
    }

    assertThat(named("과학").slug()).isEqualTo("과학");
    assertThat(named("문화").slug()).isEqualTo("문화");
    assertThat(named("Культура").slug()).isEqualTo("культура");
    assertThat(named("★★★").slug()).isEqualTo("section");
    assertThat(publicNavigation("/")).contains("문화 /section/%EB%AC%B8%ED%99%94");
    HttpResponse<String> page = app.get("/section/%EB%AC%B8%ED%99%94");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(page.body()).select("main h1").text()).isEqualTo("문화");
    assertThat(app.get("/section/%EB%AC%B8%ED%99%94").statusCode()).isEqualTo(200); // cached
  }

  @Test
  void a_section_added_by_another_process_shows_in_the_navigation_after_the_next_poll()
      throws InterruptedException {
    publicNavigation("/"); // cached now
    Sections elsewhere = new Sections(SectionTables.repository(app.wiring().database().jdbi()));

    elsewhere.setVisibility(elsewhere.add("Weather").id(), Section.Visibility.SHOWN);
    Polls.after(app);

    assertThat(publicNavigation("/")).contains("Weather /section/weather");
  }

  @Test
  void only_administrators_may_see_or_change_sections() {
    long id = stored().get(0).id();
    for (NewsroomClient user : List.of(editor, reporter)) {
      assertThat(user.get("/newsroom/sections").statusCode()).isEqualTo(403);
      assertThat(user.post("/newsroom/sections", "name", "Gossip").statusCode()).isEqualTo(403);
      assertThat(user.post("/newsroom/sections/" + id, "name", "Gossip").statusCode())
          .isEqualTo(403);
      assertThat(user.post("/newsroom/sections/" + id + "/move", "direction", "down").statusCode())
          .isEqualTo(403);
    }
    assertThat(app.get("/newsroom/sections").statusCode()).isEqualTo(303);
    assertThat(stored()).extracting(Section::name).doesNotContain("Gossip");
    assertThat(stored().get(0).id()).isEqualTo(id);
  }

  @Test
  void every_change_needs_the_csrf_token() {
    long id = stored().get(0).id();
    String name = stored().get(0).name();

    assertThat(admin.postWithoutToken("/newsroom/sections", "name", "Forged").statusCode())
        .isEqualTo(403);
    assertThat(admin.postWithoutToken("/newsroom/sections/" + id, "name", "Forged").statusCode())
        .isEqualTo(403);
    assertThat(
            admin
                .postWithoutToken("/newsroom/sections/" + id + "/move", "direction", "down")
                .statusCode())
        .isEqualTo(403);

    assertThat(stored()).extracting(Section::name).doesNotContain("Forged");
    assertThat(stored().get(0).name()).isEqualTo(name);
    assertThat(stored().get(0).id()).isEqualTo(id);
  }
}
