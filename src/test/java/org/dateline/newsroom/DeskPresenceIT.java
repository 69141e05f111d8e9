package org.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.dateline.newsroom.auth.Role;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.workflow.Story;
import org.dateline.testing.MutableClock;
import org.dateline.testing.Newsroom;
import org.dateline.testing.NewsroomClient;
import org.dateline.testing.TestApp;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10 point 9, "who is editing", with three signed-in HTTP clients: everyone in a story is
 * listed, and whoever leaves is gone at once (not two minutes later).
 */
class DeskPresenceIT {
  @TempDir static Path data;
  static final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T08:00:00Z"));
  static TestApp app;
  static User rita;
  static NewsroomClient eddie;
  static NewsroomClient emma;
  static NewsroomClient reporter;

  @BeforeAll
  static void start() {
    app = TestApp.start(data, false, clock);
    rita = Newsroom.user(app.wiring(), Role.REPORTER, "Rita Reporter");
    User e = Newsroom.user(app.wiring(), Role.EDITOR, "Eddie Editor");
    User m = Newsroom.user(app.wiring(), Role.EDITOR, "Emma Editor");
    eddie = NewsroomClient.signIn(app, e.email(), Newsroom.PASSWORD);
    emma = NewsroomClient.signIn(app, m.email(), Newsroom.PASSWORD);
    reporter = NewsroomClient.signIn(app, rita.email(), Newsroom.PASSWORD);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static List<String> others(NewsroomClient who, Story s) throws Exception {
    HttpResponse<String> r = who.post("/newsroom/stories/" + s.id() + "/presence");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    List<String> names = new ArrayList<>();
    new ObjectMapper().readTree(r.body()).path("others").forEach(n -> names.add(n.asText()));
    return names;
  }

  @Test
  void everyone_in_a_story_is_listed_and_whoever_leaves_is_gone_at_once() throws Exception {
    Story s = Newsroom.written(app.wiring(), rita, "A story three people open");
    assertThat(reporter.get("/newsroom/stories/" + s.id()).statusCode()).isEqualTo(200);
    clock.advance(Duration.ofSeconds(1));
    assertThat(eddie.get("/newsroom/stories/" + s.id()).statusCode()).isEqualTo(200);
    clock.advance(Duration.ofSeconds(1));

    assertThat(others(emma, s)).containsExactly("Rita Reporter", "Eddie Editor");
    String page = eddie.get("/newsroom/stories/" + s.id()).body();
    assertThat(Jsoup.parse(page).selectFirst("p.presence").text())
        .isEqualTo(
            "Rita Reporter, Emma Editor have this story open too. Saves are checked, so nothing"
                + " is overwritten.");

    HttpResponse<String> left = eddie.post("/newsroom/stories/" + s.id() + "/leave");

    assertThat(left.statusCode()).isEqualTo(204);
    assertThat(others(emma, s)).containsExactly("Rita Reporter");
    assertThat(
            Jsoup.parse(emma.get("/newsroom/desk?stage=draft").body()).select("table.desk").text())
        .contains("Rita Reporter is in it now");
  }

  @Test
  void a_page_that_stops_its_heartbeat_drops_out_after_the_presence_window() throws Exception {
    Story s = Newsroom.written(app.wiring(), rita, "A story left open in a closed laptop");
    others(eddie, s);
    clock.advance(Duration.ofSeconds(20));
    assertThat(others(emma, s)).containsExactly("Eddie Editor");

    clock.advance(Duration.ofSeconds(11)); // 31 s since Eddie's last heartbeat

    assertThat(others(emma, s)).isEmpty();
  }

  @Test
  void a_reporter_cannot_see_who_is_in_another_reporters_story() {
    User olga = Newsroom.user(app.wiring(), Role.REPORTER, "Olga Other");
    Story s = Newsroom.written(app.wiring(), olga, "Olga's own story");

    HttpResponse<String> r = reporter.post("/newsroom/stories/" + s.id() + "/presence");

    assertThat(r.statusCode()).isEqualTo(403);
  }
}
