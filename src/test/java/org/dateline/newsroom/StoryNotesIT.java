package org.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dateline.Wiring;
import org.dateline.newsroom.auth.Role;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.workflow.Action;
import org.dateline.newsroom.workflow.Story;
import org.dateline.newsroom.workflow.StoryNote;
import org.dateline.newsroom.workflow.Workflow.Request;
import org.dateline.testing.MutableClock;
import org.dateline.testing.Newsroom;
import org.dateline.testing.NewsroomClient;
import org.dateline.testing.TestApp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10 point 9, the notes thread of a story between its reporter and the desk, over real HTTP
 * on the store under test (SQLite, and PostgreSQL in the failsafe execution "postgresql"); the
 * clock stands at 08:00 UTC, 17:00 in Seoul (the edition's zone).
 */
class StoryNotesIT {
  @TempDir static Path data;
  static final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T08:00:00Z"));
  static TestApp app;
  static Wiring w;
  static User rita;
  static User olga;
  static User eddie;
  static NewsroomClient reporter;
  static NewsroomClient other;
  static NewsroomClient editor;

  @BeforeAll
  static void start() {
    app = TestApp.start(data, false, clock);
    w = app.wiring();
    rita = Newsroom.user(w, Role.REPORTER, "Rita Reporter");
    olga = Newsroom.user(w, Role.REPORTER, "Olga Other");
    eddie = Newsroom.user(w, Role.EDITOR, "김민준 Editor");
    reporter = NewsroomClient.signIn(app, rita.email(), Newsroom.PASSWORD);
    other = NewsroomClient.signIn(app, olga.email(), Newsroom.PASSWORD);
    editor = NewsroomClient.signIn(app, eddie.email(), Newsroom.PASSWORD);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  /** The time of day in Seoul, as the newsroom writes it (08:00 UTC is 17:00 there). */
  private static String seoul(Instant at) {
    return DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Asia/Seoul")).format(at);
  }

  private static List<Element> notes(NewsroomClient who, Story s) {
    HttpResponse<String> page = who.get("/newsroom/stories/" + s.id());
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    return Jsoup.parse(page.body()).select("#notes li.note");
  }

  @Test
  void reporter_and_editor_write_in_one_thread_with_author_role_and_time_in_the_editions_zone() {
    Story s = Newsroom.written(w, rita, "A story the desk asks about");
    String askedAt = seoul(clock.instant());
    String answeredAt = seoul(clock.instant().plus(Duration.ofMinutes(5)));

    HttpResponse<String> asked =
        editor.post("/newsroom/stories/" + s.id() + "/notes", "text", "Who is the second source?");
    clock.advance(Duration.ofMinutes(5));
    HttpResponse<String> answered =
        reporter.post("/newsroom/stories/" + s.id() + "/notes", "text", "The mayor's office.");

    assertThat(asked.statusCode()).isEqualTo(303);
    assertThat(NewsroomClient.location(asked)).isEqualTo("/newsroom/stories/" + s.id() + "#notes");
    assertThat(answered.statusCode()).isEqualTo(303);
    Document after = Jsoup.parse(reporter.follow(answered).body());
    assertThat(after.select("p.flash").text()).isEqualTo("Note added.");
    List<Element> thread = after.select("#notes li.note");
    assertThat(thread).hasSize(2);
    assertThat(thread.get(0).select(".meta").text()).startsWith("김민준 Editor (editor) · " + askedAt);
    assertThat(thread.get(0).select(".note-text").text()).isEqualTo("Who is the second source?");
    assertThat(thread.get(1).select(".meta").text())
        .startsWith("Rita Reporter (reporter) · " + answeredAt);
    assertThat(thread.get(1).select(".note-text").text()).isEqualTo("The mayor's office.");
    assertThat(after.select("#notes .hint").text()).contains("Asia/Seoul");
    // The flash is shown once.
    assertThat(Jsoup.parse(reporter.get("/newsroom/stories/" + s.id()).body()).select("p.flash"))
        .isEmpty();
  }

  @Test
  void another_reporter_can_neither_read_nor_post_notes() {
    Story s = Newsroom.written(w, rita, "Rita's own story");
    editor.post("/newsroom/stories/" + s.id() + "/notes", "text", "Only for Rita and the desk");

    HttpResponse<String> read = other.get("/newsroom/stories/" + s.id());
    HttpResponse<String> posted =
        other.post("/newsroom/stories/" + s.id() + "/notes", "text", "Olga was here");

    assertThat(read.statusCode()).isEqualTo(403);
    assertThat(read.body()).doesNotContain("Only for Rita and the desk");
    assertThat(posted.statusCode()).isEqualTo(403);
    assertThat(w.notes().thread(s.id(), eddie))
        .extracting(StoryNote::text)
        .containsExactly("Only for Rita and the desk");
  }

  @Test
  void a_note_with_markup_is_shown_as_text() {
    Story s = Newsroom.written(w, rita, "A story with a hostile note");
    String hostile = "<script>alert('x')</script> & <b>bold</b>";

    reporter.post("/newsroom/stories/" + s.id() + "/notes", "text", hostile);

    String html = editor.get("/newsroom/stories/" + s.id()).body();
    Element note = Jsoup.parse(html).selectFirst("#notes .note-text");
    assertThat(note.text()).isEqualTo(hostile);
    assertThat(note.select("script, b")).isEmpty();
    assertThat(html).contains("&lt;script&gt;alert(").doesNotContain("<script>alert(");
  }

  @Test
  void an_empty_or_too_long_note_is_refused_beside_the_field_and_nothing_is_stored() {
    Story s = Newsroom.written(w, rita, "A story with refused notes");
    String tooLong = "가".repeat(2001);

    HttpResponse<String> empty =
        reporter.post("/newsroom/stories/" + s.id() + "/notes", "text", " ");
    HttpResponse<String> longOne =
        reporter.post("/newsroom/stories/" + s.id() + "/notes", "text", tooLong);

    assertThat(empty.statusCode()).isEqualTo(422);
    assertThat(Jsoup.parse(empty.body()).select("#note-text-error").text())
        .isEqualTo("Write the note first.");
    assertThat(longOne.statusCode()).isEqualTo(422);
    Document refused = Jsoup.parse(longOne.body());
    assertThat(refused.select("#note-text-error").text())
        .isEqualTo("A note may have at most 2000 characters.");
    assertThat(refused.select("#note-text").text()).isEqualTo(tooLong);
    assertThat(w.notes().thread(s.id(), rita)).isEmpty();
  }

  @Test
  void a_returned_storys_note_is_on_top_of_the_editor_and_on_the_reporters_dashboard() {
    Story s = Newsroom.written(w, rita, "Bridge reopens after repairs");
    w.workflow().apply(s.id(), Request.of(Action.SUBMIT), rita);
    clock.advance(Duration.ofMinutes(1));

    HttpResponse<String> returned =
        editor.post(
            "/newsroom/stories/" + s.id() + "/action",
            "action",
            "return",
            "note",
            "Please confirm the date with the city <b>office</b>.");

    assertThat(returned.statusCode()).as(returned.body()).isEqualTo(303);
    Document page = Jsoup.parse(reporter.get("/newsroom/stories/" + s.id()).body());
    assertThat(page.select(".returned-note").text())
        .contains("Returned by 김민준 Editor (editor) · " + seoul(clock.instant()))
        .contains("Please confirm the date with the city <b>office</b>.");
    assertThat(page.select(".returned-note b")).isEmpty();
    assertThat(page.select("#notes li.note-return .note-text").text())
        .isEqualTo("Please confirm the date with the city <b>office</b>.");
    Document dashboard = Jsoup.parse(reporter.get("/newsroom").body());
    assertThat(dashboard.select("section.returned li").text())
        .startsWith(
            "Returned: Bridge reopens after repairs — Please confirm the date with the city"
                + " <b>office</b>.");
    assertThat(dashboard.select("section.returned a").attr("href"))
        .isEqualTo("/newsroom/stories/" + s.id());
    assertThat(Jsoup.parse(other.get("/newsroom").body()).select("section.returned")).isEmpty();

    // Submitted again, it is no longer a returned story.
    w.workflow().apply(s.id(), Request.of(Action.SUBMIT), rita);
    assertThat(Jsoup.parse(reporter.get("/newsroom").body()).text())
        .doesNotContain("Returned: Bridge reopens after repairs");
    assertThat(
            Jsoup.parse(reporter.get("/newsroom/stories/" + s.id()).body())
                .select(".returned-note"))
        .isEmpty();
  }

  @Test
  void the_dashboard_shows_an_editor_the_queue_and_a_reporter_their_own_stories() {
    Story submitted = Newsroom.written(w, olga, "Olga's submitted story");
    w.workflow().apply(submitted.id(), Request.of(Action.SUBMIT), olga);
    Story draft = Newsroom.written(w, rita, "Rita's draft on the dashboard");

    Document editors = Jsoup.parse(editor.get("/newsroom").body());
    Document ritas = Jsoup.parse(reporter.get("/newsroom").body());

    assertThat(editors.select("#queue-heading").text()).isEqualTo("Waiting for the desk");
    assertThat(editors.select("table.queue tbody tr").eachText())
        .anyMatch(t -> t.startsWith("Olga's submitted story Submitted"))
        .noneMatch(t -> t.contains("Rita's draft on the dashboard"));
    assertThat(ritas.select("#queue-heading").text()).isEqualTo("Your stories");
    assertThat(ritas.select("table.queue tbody tr").eachText())
        .anyMatch(t -> t.startsWith("Rita's draft on the dashboard Draft"))
        .noneMatch(t -> t.contains("Olga"));
    assertThat(ritas.select("table.queue a").eachAttr("href"))
        .contains("/newsroom/stories/" + draft.id());
  }

  @Test
  void notes_posted_at_once_by_several_people_are_all_kept_in_order() throws Exception {
    Story s = Newsroom.written(w, rita, "A story everyone writes about");
    List<NewsroomClient> writers = List.of(reporter, editor, reporter, editor, reporter, editor);
    ExecutorService pool = Executors.newFixedThreadPool(writers.size());
    try {
      List<Future<HttpResponse<String>>> sent = new ArrayList<>();
      for (int i = 0; i < writers.size(); i++) {
        NewsroomClient c = writers.get(i);
        String text = "Note " + i;
        sent.add(pool.submit(() -> c.post("/newsroom/stories/" + s.id() + "/notes", "text", text)));
      }
      for (Future<HttpResponse<String>> f : sent) {
        assertThat(f.get().statusCode()).as(f.get().body()).isEqualTo(303);
      }
    } finally {
      pool.shutdown();
    }

    List<StoryNote> thread = w.notes().thread(s.id(), eddie);
    assertThat(thread).extracting(StoryNote::n).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(thread)
        .extracting(StoryNote::text)
        .containsExactlyInAnyOrder("Note 0", "Note 1", "Note 2", "Note 3", "Note 4", "Note 5");
    assertThat(notes(editor, s)).hasSize(6);
  }
}
