package org.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dateline.Wiring;
import org.dateline.newsroom.auth.Role;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.workflow.Action;
import org.dateline.newsroom.workflow.Story;
import org.dateline.newsroom.workflow.Workflow.Request;
import org.dateline.testing.MutableClock;
import org.dateline.testing.Newsroom;
import org.dateline.testing.NewsroomClient;
import org.dateline.testing.TestApp;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Reporters see their own" upcoming stories is a question the facade asks the store, not a filter
 * over the first stories of everyone's: a reporter's story is listed however many other stories
 * come up before it.
 */
class DashboardUpcomingIT {
  static final Instant NOW = Instant.parse("2026-11-28T09:00:00Z");

  /** More than the dashboard ever looked through for a reporter (ten times its ten rows). */
  static final int OTHERS = 101;

  @TempDir Path data;
  final MutableClock clock = new MutableClock(NOW);
  TestApp app;

  @BeforeEach
  void start() {
    app = TestApp.start(data, false, clock);
  }

  @AfterEach
  void stop() {
    app.close();
  }

  private List<String> upcomingRows(User user) {
    return Jsoup.parse(
            NewsroomClient.signIn(app, user.email(), Newsroom.PASSWORD).get("/newsroom").body())
        .select("table.upcoming tbody tr")
        .eachText();
  }

  @Test
  void given_many_stories_of_others_coming_up_first_a_reporter_still_sees_their_own() {
    Wiring w = app.wiring();
    User reporter = Newsroom.user(w, Role.REPORTER, "Rita Reporter");
    User editor = Newsroom.user(w, Role.EDITOR, "Eddie Editor");
    for (int i = 1; i <= OTHERS; i++) {
      Story s = Newsroom.written(w, editor, "Editor's story " + i);
      w.workflow()
          .apply(
              s.id(),
              new Request(Action.SCHEDULE, Optional.of(NOW.plus(Duration.ofMinutes(i))), ""),
              editor);
    }
    Story own = Newsroom.written(w, reporter, "Rita's story, 리타의 기사");
    w.workflow()
        .apply(
            own.id(),
            new Request(Action.SCHEDULE, Optional.of(NOW.plus(Duration.ofDays(2))), ""),
            editor);

    var rows = upcomingRows(reporter);

    assertThat(rows).hasSize(1);
    assertThat(rows.get(0)).contains("Rita's story, 리타의 기사", "Scheduled", "Rita Reporter");
    assertThat(upcomingRows(editor))
        .as("editors see everyone's, soonest first, ten of them")
        .hasSize(10)
        .first()
        .asString()
        .contains("Editor's story 1 ");
  }
}
