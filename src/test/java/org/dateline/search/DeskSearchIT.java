package org.dateline.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desk's filter with words is full-text over every story the user may see, in every stage, with
 * the stage shown: an editor finds a draft by a word from its body.
 */
class DeskSearchIT {
  @TempDir Path data;

  private static Story written(TestApp app, User author, String headline, String body) {
    var w = app.wiring();
    w.sections().ensure("National");
    Story s = w.stories().create(author);
    Draft d = Newsroom.completeDraft(headline, "National");
    Draft withBody =
        new Draft(
            d.headline(),
            d.summary(),
            d.section(),
            d.bylines(),
            d.datelinePlace(),
            d.datelineDate(),
            d.datelineSource(),
            List.of(new Block.Paragraph(body)),
            d.tags(),
            d.urgency());
    return w.stories().save(s.id(), s.version(), withBody, author, "");
  }

  /** Each row as "headline | stage". */
  private static List<String> rows(NewsroomClient client, String query) {
    var r = client.get("/newsroom/desk?" + query);
    assertThat(r.statusCode()).as(query).isEqualTo(200);
    return Jsoup.parse(r.body()).select("table.desk tbody tr").stream()
        .map(
            (Element tr) -> {
              // An editor's rows start with the bulk actions' checkbox.
              int h = tr.select("td").indexOf(tr.selectFirst("td.headline"));
              return tr.select("td").get(h).selectFirst("a").text()
                  + " | "
                  + tr.select("td").get(h + 3).text();
            })
        .toList();
  }

  @Test
  void an_editor_finds_stories_of_every_stage_by_a_word_of_their_body_and_a_reporter_only_hers() {
    try (TestApp app = TestApp.start(data, false)) {
      var w = app.wiring();
      User editor = Newsroom.user(w, Role.EDITOR, "Eddie Editor");
      User rita = Newsroom.user(w, Role.REPORTER, "Rita Reporter");
      User ravi = Newsroom.user(w, Role.REPORTER, "Ravi Reporter");
      // Given stories in several stages, each with the word "quarantine" in its body only
      Story draft = written(app, rita, "Ferry timetable", "Crews plan a quarantine drill.");
      Story other = written(app, ravi, "Port cranes", "A quarantine zone at the port.");
      Story killed = written(app, rita, "Bridge opening", "After the quarantine the bridge opens.");
      Story embargoed = written(app, rita, "Budget figures", "Quarantine costs in the budget.");
      Story scheduled = written(app, rita, "Rail strike", "Quarantine rules for drivers.");
      written(app, rita, "Unrelated", "Nothing to see.");
      w.workflow().apply(killed.id(), Request.of(Action.SUBMIT), rita);
      w.workflow().apply(killed.id(), Request.of(Action.PUBLISH), editor);
      w.workflow()
          .apply(killed.id(), new Request(Action.KILL, Optional.empty(), "Withdrawn."), editor);
      w.workflow().apply(embargoed.id(), Request.of(Action.SUBMIT), rita);
      w.workflow()
          .apply(
              embargoed.id(),
              new Request(Action.EMBARGO, Optional.of(Instant.now().plusSeconds(86_400)), ""),
              editor);
      w.workflow().apply(scheduled.id(), Request.of(Action.SUBMIT), rita);
      w.workflow()
          .apply(
              scheduled.id(),
              new Request(Action.SCHEDULE, Optional.of(Instant.now().plusSeconds(86_400)), ""),
              editor);

      // When the editor searches the desk for the word, in all stages
      NewsroomClient editorClient = NewsroomClient.signIn(app, editor.email(), Newsroom.PASSWORD);
      List<String> found = rows(editorClient, "stage=all&q=quarantine");

      // Then every story with the word is there, with its stage, and nothing else
      assertThat(found)
          .containsExactlyInAnyOrder(
              "Ferry timetable | Draft",
              "Port cranes | Draft",
              "Bridge opening | Killed",
              "Budget figures | Embargoed",
              "Rail strike | Scheduled");
      assertThat(rows(editorClient, "stage=killed&q=quarantine"))
          .containsExactly("Bridge opening | Killed");

      // A reporter finds only her own stories
      NewsroomClient ritaClient = NewsroomClient.signIn(app, rita.email(), Newsroom.PASSWORD);
      assertThat(rows(ritaClient, "stage=all&q=quarantine"))
          .hasSize(4)
          .noneMatch(r -> r.startsWith("Port cranes"));

      // A save is found at once by its new words
      Story again = w.stories().find(draft.id()).orElseThrow();
      Draft d = again.draft();
      w.stories()
          .save(
              draft.id(),
              again.version(),
              new Draft(
                  d.headline(),
                  d.summary(),
                  d.section(),
                  d.bylines(),
                  d.datelinePlace(),
                  d.datelineDate(),
                  d.datelineSource(),
                  List.of(new Block.Paragraph("The lighthouse keeper retires.")),
                  d.tags(),
                  d.urgency()),
              rita,
              "");
      assertThat(rows(editorClient, "q=lighthouse")).containsExactly("Ferry timetable | Draft");
      assertThat(rows(editorClient, "q=quarantine")).hasSize(4);
      assertThat(other.stage().code()).isEqualTo("draft");
    }
  }

  @Test
  void the_editors_link_picker_offers_published_stories_only_with_their_addresses() {
    try (TestApp app = TestApp.start(data, true)) {
      var w = app.wiring();
      User editor = Newsroom.user(w, Role.EDITOR, "Eddie Editor");
      Story embargoed = written(app, editor, "Denuclearize talks embargoed", "Secret terms.");
      w.workflow().apply(embargoed.id(), Request.of(Action.SUBMIT), editor);
      w.workflow()
          .apply(
              embargoed.id(),
              new Request(Action.EMBARGO, Optional.of(Instant.now().plusSeconds(86_400)), ""),
              editor);
      NewsroomClient client = NewsroomClient.signIn(app, editor.email(), Newsroom.PASSWORD);

      var r = client.get("/newsroom/links?q=denuclearize");

      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.body())
          .contains("U.S. closely engaged with allies, partners to denuclearize Korean Peninsula")
          .containsPattern("\"url\":\"http://[^\"]+/article/1/")
          .contains("/article/1/")
          .doesNotContain("embargoed");
      assertThat(app.get("/newsroom/links?q=denuclearize").statusCode()).isNotEqualTo(200);
    }
  }
}
