package org.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.dateline.newsroom.auth.Role;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.workflow.Stage;
import org.dateline.newsroom.workflow.Story;
import org.dateline.section.Section;
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
 * Editors choose a story's section among existing ones; only administrators create sections. Over
 * real HTTP, as the editor's form posts it.
 */
class SectionChoiceIT {
  @TempDir Path data;
  TestApp app;
  NewsroomClient editor;
  User editorUser;

  @BeforeEach
  void start() {
    app = TestApp.start(data, false);
    app.wiring().sections().add("National");
    app.wiring().sections().add("경제");
    editorUser = Newsroom.user(app.wiring(), Role.EDITOR, "Eddie Editor");
    editor = NewsroomClient.signIn(app, editorUser.email(), Newsroom.PASSWORD);
  }

  @AfterEach
  void stop() {
    app.close();
  }

  private String[] form(Story story, String section) {
    return new String[] {
      "version", Integer.toString(story.version()),
      "headline", "Parliament passes the budget",
      "summary", "",
      "section", section,
      "urgency", "5",
      "bylines", "Eddie Editor",
      "dateline_place", "SEOUL",
      "dateline_date", "",
      "dateline_source", "",
      "body", "<p>The budget passed on Friday.</p>",
      "tags", "budget",
      "action", "publish"
    };
  }

  private List<String> navigation() {
    return Jsoup.parse(app.get("/").body()).select("nav#navigation a").eachText();
  }

  @Test
  void the_editor_offers_the_existing_sections_to_choose_from() {
    Story story = Newsroom.written(app.wiring(), editorUser, "A story");
    Document page = Jsoup.parse(editor.get("/newsroom/stories/" + story.id()).body());
    assertThat(page.select("select#section option").eachAttr("value"))
        .containsExactly("", "National", "경제");
  }

  @Test
  void publishing_with_a_typed_unknown_section_is_refused_in_the_editor_keeping_the_text() {
    // Given a 5,000-character section name typed into the form instead of chosen
    Story story = Newsroom.written(app.wiring(), editorUser, "A story");
    String typed = "Breaking ".repeat(556).strip();
    List<String> before = navigation();

    // When the editor publishes it
    HttpResponse<String> r =
        editor.post("/newsroom/stories/" + story.id() + "/action", form(story, typed));

    // Then the editor page answers 422 with the reason and everything typed kept
    assertThat(r.statusCode()).isEqualTo(422);
    Document page = Jsoup.parse(r.body());
    assertThat(page.getElementById("form-error").text())
        .startsWith("There is no section called")
        .contains("only an administrator can add a section");
    assertThat(page.getElementById("headline").attr("value"))
        .isEqualTo("Parliament passes the budget");
    assertThat(page.select("#section option[selected]").attr("value")).isEqualTo(typed);
    // and nothing was made: no section, no public story, the story still a draft
    assertThat(app.wiring().sections().all())
        .extracting(Section::name)
        .containsExactly("National", "경제");
    assertThat(navigation()).isEqualTo(before);
    assertThat(app.wiring().stories().find(story.id()).orElseThrow().stage())
        .isEqualTo(Stage.DRAFT);
    assertThat(app.get("/news").body()).doesNotContain("Parliament passes the budget");
  }

  @Test
  void saving_and_autosaving_an_unknown_section_are_refused_too() {
    Story story = Newsroom.written(app.wiring(), editorUser, "A story");
    String[] fields = form(story, "Gossip");
    HttpResponse<String> save = editor.post("/newsroom/stories/" + story.id(), fields);
    assertThat(save.statusCode()).isEqualTo(422);
    assertThat(Jsoup.parse(save.body()).getElementById("form-error").text())
        .contains("There is no section called \"Gossip\"");
    HttpResponse<String> autosave =
        editor.post("/newsroom/stories/" + story.id() + "/autosave", fields);
    assertThat(autosave.statusCode()).isEqualTo(422);
    assertThat(autosave.body()).contains("There is no section called");
    assertThat(app.wiring().stories().find(story.id()).orElseThrow().version())
        .isEqualTo(story.version());
  }

  @Test
  void a_chosen_section_in_another_case_or_unicode_form_is_the_existing_one() {
    Story story = Newsroom.written(app.wiring(), editorUser, "A story");
    HttpResponse<String> r =
        editor.post("/newsroom/stories/" + story.id() + "/action", form(story, "NATIONAL"));
    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(app.wiring().sections().all()).hasSize(2);
    assertThat(app.get("/section/national").body()).contains("Parliament passes the budget");
  }

  @Test
  void an_administrator_adds_a_section_and_then_editors_can_choose_it() {
    User adminUser = Newsroom.user(app.wiring(), Role.ADMIN, "Ada Admin");
    NewsroomClient admin = NewsroomClient.signIn(app, adminUser.email(), Newsroom.PASSWORD);
    assertThat(admin.post("/newsroom/sections", "name", "Gossip").statusCode()).isEqualTo(303);
    Story story = Newsroom.written(app.wiring(), editorUser, "A story");
    HttpResponse<String> r =
        editor.post("/newsroom/stories/" + story.id() + "/action", form(story, "Gossip"));
    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(app.get("/section/gossip").body()).contains("Parliament passes the budget");
  }

  @Test
  void an_import_may_still_add_a_section_within_the_name_rules() throws Exception {
    // The importer is run by an operator and publishes at once (decision 0011).
    var seed = org.dateline.testing.Seed.text();
    var result =
        app.wiring()
            .ingest()
            .importText("file:x", seed.replace("All News", "Diplomacy"), p -> p, "x");
    assertThat(result.outcome()).isNotNull();
    assertThat(app.wiring().sections().all()).extracting(Section::name).contains("Diplomacy");
    String longLabel = "Diplomacy ".repeat(10).strip();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                app.wiring()
                    .ingest()
                    .importText("file:y", seed.replace("All News", longLabel), p -> p, "y"))
        .isInstanceOf(org.dateline.ingest.ImportFailed.class)
        .hasMessageContaining("at most 60 characters");
    assertThat(app.wiring().sections().all()).extracting(Section::name).doesNotContain(longLabel);
  }
}
