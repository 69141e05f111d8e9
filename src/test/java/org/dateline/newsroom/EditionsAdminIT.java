package org.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.edition.Edition;
import org.dateline.edition.EditionForm;
import org.dateline.edition.Editions;
import org.dateline.edition.jdbi.EditionTables;
import org.dateline.newsroom.auth.Role;
import org.dateline.newsroom.auth.User;
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
 * The editions admin over real HTTP (decision 0079): administrators only, CSRF, the command line's
 * checks with what was typed kept, every change recorded, and every page cache following a change
 * made here or by another process.
 */
class EditionsAdminIT {
  @TempDir Path data;
  TestApp app;
  User adminUser;
  NewsroomClient admin;
  NewsroomClient editor;
  NewsroomClient reporter;

  @BeforeEach
  void start() {
    app = TestApp.start(data, true);
    adminUser = Newsroom.user(app.wiring(), Role.ADMIN, "Ada Admin");
    User e = Newsroom.user(app.wiring(), Role.EDITOR, "Eddie Editor");
    User r = Newsroom.user(app.wiring(), Role.REPORTER, "Rita Reporter");
    admin = NewsroomClient.signIn(app, adminUser.email(), Newsroom.PASSWORD);
    editor = NewsroomClient.signIn(app, e.email(), Newsroom.PASSWORD);
    reporter = NewsroomClient.signIn(app, r.email(), Newsroom.PASSWORD);
  }

  @AfterEach
  void stop() {
    app.close();
  }

  private static final String[] GERMAN = {
    "code",
    "de",
    "name",
    "Deutsch",
    "prefix",
    "de",
    "zone",
    "Europe/Berlin",
    "date_pattern",
    "d. MMMM yyyy, HH:mm",
    "dateline_style",
    "{PLACE} ({source}) -",
    "direction",
    "ltr",
    "position",
    "7"
  };

  private List<Map<String, Object>> changes() {
    return app.wiring()
        .database()
        .jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT * FROM edition_changes ORDER BY changed_at, edition, n")
                    .mapToMap()
                    .list());
  }

  private Optional<Edition> stored(String code) {
    Editions fresh = new Editions(EditionTables.repository(app.wiring().database().jdbi()));
    return fresh.byCode(code);
  }

  @Test
  void an_administrator_adds_an_edition_which_is_recorded_and_served_at_its_prefix() {
    assertThat(app.get("/de/").statusCode()).isEqualTo(404);

    HttpResponse<String> r = admin.post("/newsroom/editions", GERMAN);

    assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
    assertThat(NewsroomClient.location(r)).isEqualTo("/newsroom/editions#edition-de");
    Edition de = stored("de").orElseThrow();
    assertThat(de.name()).isEqualTo("Deutsch");
    assertThat(de.zone().getId()).isEqualTo("Europe/Berlin");
    assertThat(de.datelineStyle().pattern()).isEqualTo("{PLACE} ({source}) -");
    assertThat(de.position()).isEqualTo(7);
    assertThat(de.isDefault()).isFalse();
    List<Map<String, Object>> audit = changes();
    assertThat(audit).hasSize(1);
    assertThat(audit.get(0))
        .containsEntry("edition", "de")
        .containsEntry("changed_by", "Ada Admin");
    assertThat(audit.get(0).get("what").toString())
        .contains("prefix: de", "zone: Europe/Berlin", "default: no");
    assertThat(app.get("/de/").statusCode()).isEqualTo(200);
    Document list = Jsoup.parse(admin.get("/newsroom/editions").body());
    assertThat(list.select("#edition-de").text()).contains("Deutsch", "/de/", "Europe/Berlin");
    assertThat(list.select("table.edition-changes").text()).contains("Ada Admin", "de");
  }

  @Test
  void a_refused_edition_comes_back_with_what_was_typed_and_nothing_is_stored() {
    String[] badZone = GERMAN.clone();
    badZone[7] = "Mars/Olympus_Mons";
    String[] reserved = GERMAN.clone();
    reserved[5] = "news";
    String[] taken = GERMAN.clone();
    taken[5] = app.wiring().editions().current().prefix();
    String[] badTag = GERMAN.clone();
    badTag[1] = "Deutsch!";

    for (String[] form : List.of(badZone, reserved, taken, badTag)) {
      HttpResponse<String> r = admin.post("/newsroom/editions", form);

      assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
      Document page = Jsoup.parse(r.body());
      assertThat(page.select("#add-error").text()).isNotEmpty();
      assertThat(page.select("#add-name").val()).isEqualTo("Deutsch");
      assertThat(page.select("#add-zone").val()).isEqualTo(form[7]);
      assertThat(page.select("#add-prefix").val()).isEqualTo(form[5]);
      assertThat(page.select("#add-code").val()).isEqualTo(form[1]);
    }
    assertThat(Jsoup.parse(admin.post("/newsroom/editions", badZone).body()).text())
        .contains("\"Mars/Olympus_Mons\" is not a time zone");
    assertThat(stored("de")).isEmpty();
    assertThat(changes()).isEmpty();
  }

  @Test
  void only_administrators_with_the_token_may_add_or_change_an_edition() {
    for (NewsroomClient other : List.of(editor, reporter)) {
      assertThat(other.get("/newsroom/editions").statusCode()).isEqualTo(403);
      assertThat(other.get("/newsroom/editions/en").statusCode()).isEqualTo(403);
      assertThat(other.post("/newsroom/editions", GERMAN).statusCode()).isEqualTo(403);
      assertThat(other.post("/newsroom/editions/en", "name", "Hijacked").statusCode())
          .isEqualTo(403);
    }
    assertThat(admin.postWithoutToken("/newsroom/editions", GERMAN).statusCode()).isEqualTo(403);
    assertThat(admin.postWithoutToken("/newsroom/editions/en", "name", "Forged").statusCode())
        .isEqualTo(403);
    assertThat(app.get("/newsroom/editions").statusCode()).isEqualTo(303);
    assertThat(stored("de")).isEmpty();
    assertThat(stored("en").orElseThrow().name()).isEqualTo("English");
    assertThat(changes()).isEmpty();
  }

  @Test
  void an_unknown_edition_is_not_found() {
    assertThat(admin.get("/newsroom/editions/xx").statusCode()).isEqualTo(404);
    assertThat(admin.post("/newsroom/editions/xx", "name", "X").statusCode()).isEqualTo(404);
  }

  @Test
  void a_change_here_drops_every_cached_page_of_this_node() {
    String before = firstDate("/news"); // cached now
    assertThat(before).doesNotMatch("\\d{4}-.*");

    HttpResponse<String> r =
        admin.post(
            "/newsroom/editions/en",
            "name",
            "English",
            "prefix",
            "en",
            "zone",
            "Asia/Seoul",
            "date_pattern",
            "yyyy-MM-dd HH:mm",
            "dateline_style",
            "{place}[, {date:MMM. d}][ ({source})] --",
            "direction",
            "ltr",
            "position",
            "0");

    assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
    assertThat(firstDate("/news")).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
    var audit = changes();
    assertThat(audit).hasSize(1);
    assertThat(audit.get(0).get("what").toString())
        .isEqualTo("date pattern: HH:mm MMMM dd, yyyy → yyyy-MM-dd HH:mm");
    Document edit = Jsoup.parse(admin.get("/newsroom/editions/en").body());
    assertThat(edit.select("#edit-date-pattern").val()).isEqualTo("yyyy-MM-dd HH:mm");
  }

  @Test
  void a_change_by_another_process_drops_the_cached_pages_within_the_poll()
      throws InterruptedException {
    String before = firstDate("/news"); // cached now
    assertThat(before).doesNotMatch("\\d{4}/.*");
    // Another node (or the command line) on the same store: its own facade over the same tables.
    Editions elsewhere = new Editions(EditionTables.repository(app.wiring().database().jdbi()));
    elsewhere.set(
        new EditionForm(
            "en",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of("yyyy/MM/dd HH:mm"),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            false),
        "command line");

    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    String now = firstDate("/news");
    while (!now.matches("\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}") && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
      now = firstDate("/news");
    }
    assertThat(now).matches("\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}");
    assertThat(changes().get(0)).containsEntry("changed_by", "command line");
  }

  /** The first story date on a list page. */
  private String firstDate(String path) {
    HttpResponse<String> r = app.get(path);
    assertThat(r.statusCode()).isEqualTo(200);
    return Jsoup.parse(r.body()).select("time").first().text();
  }
}
