package org.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dateline.newsroom.auth.Role;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.workflow.Stage;
import org.dateline.newsroom.workflow.Story;
import org.dateline.testing.Newsroom;
import org.dateline.testing.NewsroomClient;
import org.dateline.testing.TestApp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10 point 9 over real HTTP: the desk's landing tab, counts and bulk actions. */
class DeskBulkIT {
  @TempDir static Path data;
  static TestApp app;
  static User rita;
  static User eddie;
  static NewsroomClient editor;
  static NewsroomClient otherEditor;
  static NewsroomClient reporter;

  @BeforeAll
  static void start() {
    app = TestApp.start(data, false);
    rita = Newsroom.user(app.wiring(), Role.REPORTER, "Rita Reporter");
    eddie = Newsroom.user(app.wiring(), Role.EDITOR, "Eddie Editor");
    User emma = Newsroom.user(app.wiring(), Role.EDITOR, "Emma Editor");
    editor = NewsroomClient.signIn(app, eddie.email(), Newsroom.PASSWORD);
    otherEditor = NewsroomClient.signIn(app, emma.email(), Newsroom.PASSWORD);
    reporter = NewsroomClient.signIn(app, rita.email(), Newsroom.PASSWORD);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static Story submitted(String headline) {
    Story s = Newsroom.written(app.wiring(), rita, headline);
    return app.wiring()
        .workflow()
        .apply(
            s.id(),
            org.dateline.newsroom.workflow.Workflow.Request.of(
                org.dateline.newsroom.workflow.Action.SUBMIT),
            rita);
  }

  private static Stage stage(Story s) {
    return app.wiring().stories().find(s.id()).orElseThrow().stage();
  }

  private static Document desk(NewsroomClient who, String path) {
    HttpResponse<String> r = who.get(path);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return Jsoup.parse(r.body());
  }

  @Test
  void editors_land_on_submitted_and_reporters_on_their_drafts() {
    assertThat(desk(editor, "/newsroom/desk").select(".stage-tabs a[aria-current=page]").text())
        .startsWith("Submitted (");
    assertThat(desk(reporter, "/newsroom/desk").select(".stage-tabs a[aria-current=page]").text())
        .startsWith("Draft (");
  }

  @Test
  void a_reporter_sees_counts_of_own_stories_on_every_tab_and_no_bulk_actions() {
    User other = Newsroom.user(app.wiring(), Role.REPORTER, "Olga Other");
    Newsroom.written(app.wiring(), other, "Someone else's draft");
    Newsroom.written(app.wiring(), rita, "Rita's own draft for the counts");

    Document doc = desk(reporter, "/newsroom/desk");

    List<String> tabs = doc.select(".stage-tabs a").eachText();
    assertThat(tabs).hasSize(Stage.values().length + 1).allMatch(t -> t.matches(".+ \\(\\d+\\)"));
    int drafts =
        app.wiring()
            .database()
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT COUNT(*) FROM stories WHERE stage = 'draft' AND created_by = :u")
                        .bind("u", rita.id())
                        .mapTo(Integer.class)
                        .one());
    assertThat(tabs).contains("Draft (" + drafts + ")");
    assertThat(doc.select("form#bulk")).isEmpty();
    assertThat(doc.select("input[name=story]")).isEmpty();
  }

  @Test
  void bulk_publish_publishes_each_complete_story_and_lists_the_refused_one() {
    Story a = submitted("Bulk one: bridge reopens");
    Story b = submitted("Bulk two: market opens");
    Story blank = app.wiring().stories().create(rita); // no headline: cannot be published

    HttpResponse<String> r =
        editor.post(
            "/newsroom/desk/bulk?stage=submitted",
            "action",
            "publish",
            "story",
            Long.toString(a.id()),
            "story",
            Long.toString(blank.id()),
            "story",
            Long.toString(b.id()));

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(stage(a)).isEqualTo(Stage.PUBLISHED);
    assertThat(stage(b)).isEqualTo(Stage.PUBLISHED);
    assertThat(stage(blank)).isEqualTo(Stage.DRAFT);
    List<String> results = Jsoup.parse(r.body()).select(".bulk-results li").eachText();
    assertThat(results)
        .containsExactly(
            "Bulk one: bridge reopens: published.",
            "(no headline yet): refused — The story needs a headline.",
            "Bulk two: market opens: published.");
  }

  @Test
  void bulk_kill_without_a_reason_kills_nothing_and_with_one_kills_each_with_its_note() {
    Story a = submitted("Kill me one");
    editor.post("/newsroom/desk/bulk", "action", "publish", "story", Long.toString(a.id()));
    assertThat(stage(a)).isEqualTo(Stage.PUBLISHED);

    HttpResponse<String> refused =
        editor.post(
            "/newsroom/desk/bulk?stage=published",
            "action",
            "kill",
            "story",
            Long.toString(a.id()));

    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(refused.body()).select(".bulk-results").text())
        .isEqualTo(
            "A kill needs a reason: readers see it where the story was, and subscribers get it with the kill. Nothing was killed.");
    assertThat(stage(a)).isEqualTo(Stage.PUBLISHED);

    HttpResponse<String> killed =
        editor.post(
            "/newsroom/desk/bulk?stage=published",
            "action",
            "kill",
            "reason",
            "Legal asked us to withdraw it.",
            "story",
            Long.toString(a.id()));

    assertThat(Jsoup.parse(killed.body()).select(".bulk-results li").eachText())
        .containsExactly("Kill me one: killed.");
    assertThat(stage(a)).isEqualTo(Stage.KILLED);
  }

  @Test
  void two_editors_bulk_publishing_the_same_stories_at_once_publish_each_once_without_errors()
      throws Exception {
    List<Story> batch = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      batch.add(submitted("Race story " + i));
    }
    List<String> form = new ArrayList<>(List.of("action", "publish"));
    for (Story s : batch) {
      form.add("story");
      form.add(Long.toString(s.id()));
    }
    String[] fields = form.toArray(String[]::new);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Callable<HttpResponse<String>>> calls =
          List.of(
              () -> editor.post("/newsroom/desk/bulk?stage=submitted", fields),
              () -> otherEditor.post("/newsroom/desk/bulk?stage=submitted", fields));
      List<String> outcomes = new ArrayList<>();
      for (Future<HttpResponse<String>> f : pool.invokeAll(calls)) {
        HttpResponse<String> r = f.get();
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        outcomes.addAll(Jsoup.parse(r.body()).select(".bulk-results li").eachText());
      }
      assertThat(outcomes).hasSize(8);
      for (Story s : batch) {
        assertThat(stage(s)).isEqualTo(Stage.PUBLISHED);
        assertThat(outcomes.stream().filter(o -> o.equals(s.draft().headline() + ": published.")))
            .hasSize(1);
      }
      assertThat(outcomes.stream().filter(o -> o.contains("refused"))).hasSize(4);
    } finally {
      pool.shutdownNow();
    }
  }
}
