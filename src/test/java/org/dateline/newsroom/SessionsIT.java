package org.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.dateline.newsroom.auth.Role;
import org.dateline.newsroom.auth.User;
import org.dateline.testing.MutableClock;
import org.dateline.testing.Newsroom;
import org.dateline.testing.NewsroomClient;
import org.dateline.testing.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How long a newsroom session lives, over real HTTP with a clock the test moves: 30 idle minutes,
 * 12 hours in all however busy (OWASP ASVS 3.3.2, level 2), and a new sign-in in the same browser
 * ends the session it had.
 */
class SessionsIT {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T06:00:00Z"));
  @TempDir Path data;
  TestApp app;
  User user;

  @BeforeEach
  void start() {
    app = TestApp.start(data, false, clock);
    user = Newsroom.user(app.wiring(), Role.REPORTER, "Mi-rae Reporter");
  }

  @AfterEach
  void stop() {
    app.close();
  }

  @Test
  void a_session_in_use_all_day_still_ends_twelve_hours_after_sign_in() {
    NewsroomClient session = NewsroomClient.signIn(app, user.email(), Newsroom.PASSWORD);

    for (int minutes = 20; minutes < 12 * 60; minutes += 20) {
      clock.advance(Duration.ofMinutes(20));
      assertThat(session.get("/newsroom/desk").statusCode())
          .as("%d minutes after sign-in", minutes)
          .isEqualTo(200);
    }
    clock.advance(Duration.ofMinutes(20)); // 12 hours after sign-in

    HttpResponse<String> after = session.get("/newsroom/desk");
    assertThat(after.statusCode()).isEqualTo(303);
    assertThat(NewsroomClient.location(after)).startsWith("/newsroom/login");
  }

  @Test
  void a_session_left_alone_for_thirty_minutes_ends() {
    NewsroomClient session = NewsroomClient.signIn(app, user.email(), Newsroom.PASSWORD);
    clock.advance(Duration.ofMinutes(29));
    assertThat(session.get("/newsroom/desk").statusCode()).isEqualTo(200);

    clock.advance(Duration.ofMinutes(30));

    assertThat(session.get("/newsroom/desk").statusCode()).isEqualTo(303);
  }

  @Test
  void the_session_cookie_lives_no_longer_than_the_absolute_lifetime() {
    HttpResponse<String> r =
        app.postForm(
            "/newsroom/login",
            NewsroomClient.form("email", user.email(), "password", Newsroom.PASSWORD));

    assertThat(r.headers().allValues("Set-Cookie"))
        .anySatisfy(
            c ->
                assertThat(c)
                    .startsWith("dateline_session=")
                    .contains("HttpOnly", "SameSite=Lax", "Max-Age=43200"));
  }

  @Test
  void signing_in_again_in_the_same_browser_ends_the_session_it_had() {
    NewsroomClient before = NewsroomClient.signIn(app, user.email(), Newsroom.PASSWORD);

    HttpResponse<String> again =
        app.postForm(
            "/newsroom/login",
            NewsroomClient.form("email", user.email(), "password", Newsroom.PASSWORD),
            "Cookie",
            before.cookie());

    assertThat(again.statusCode()).isEqualTo(303);
    String now =
        again.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("dateline_session="))
            .map(c -> c.substring(0, c.indexOf(';')))
            .findFirst()
            .orElseThrow();
    assertThat(now).isNotEqualTo(before.cookie());
    assertThat(before.get("/newsroom/desk").statusCode()).as("the old session").isEqualTo(303);
    HttpResponse<String> desk =
        app.send(
            HttpRequest.newBuilder(URI.create(app.url("/newsroom/desk")))
                .header("Cookie", now)
                .GET()
                .build());
    assertThat(desk.statusCode()).as("the new session").isEqualTo(200);
  }
}
