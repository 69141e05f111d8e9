package org.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
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

/** The user's own account page over real HTTP: changing the password ends every session. */
class AccountIT {
  static final String NEW_PASSWORD = "a brand new passphrase";
  @TempDir Path data;
  TestApp app;
  User user;
  NewsroomClient session;

  @BeforeEach
  void start() {
    app = TestApp.start(data, false);
    user = Newsroom.user(app.wiring(), Role.REPORTER, "Rita Reporter");
    session = NewsroomClient.signIn(app, user.email(), Newsroom.PASSWORD);
  }

  @AfterEach
  void stop() {
    app.close();
  }

  private int signInStatus(String password) {
    return app.postForm(
            "/newsroom/login", NewsroomClient.form("email", user.email(), "password", password))
        .statusCode();
  }

  @Test
  void the_page_shows_who_is_signed_in_and_the_password_form() {
    HttpResponse<String> r = session.get("/newsroom/account");

    assertThat(r.statusCode()).isEqualTo(200);
    Document page = Jsoup.parse(r.body());
    assertThat(page.select("dl.account").text())
        .contains("Rita Reporter", user.email(), "reporter");
    assertThat(
            page.select("form[action=/newsroom/account/password] input[type=password]")
                .eachAttr("name"))
        .containsExactly("current", "password", "repeat");
    assertThat(page.select("label[for=current], label[for=password], label[for=repeat]"))
        .hasSize(3);
  }

  @Test
  void a_changed_password_ends_every_session_and_sends_the_user_to_sign_in_with_a_message() {
    NewsroomClient otherDevice = NewsroomClient.signIn(app, user.email(), Newsroom.PASSWORD);

    HttpResponse<String> r =
        session.post(
            "/newsroom/account/password",
            "current",
            Newsroom.PASSWORD,
            "password",
            NEW_PASSWORD,
            "repeat",
            NEW_PASSWORD);

    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(NewsroomClient.location(r)).isEqualTo("/newsroom/login?changed=password");
    assertThat(r.headers().allValues("Set-Cookie"))
        .anySatisfy(c -> assertThat(c).startsWith("dateline_session=;").contains("Max-Age=0"));
    assertThat(session.get("/newsroom/desk").statusCode()).isEqualTo(303);
    assertThat(otherDevice.get("/newsroom/desk").statusCode()).isEqualTo(303);
    Document login = Jsoup.parse(app.get("/newsroom/login?changed=password").body());
    assertThat(login.select(".notice").text()).contains("Your password was changed");
    assertThat(signInStatus(Newsroom.PASSWORD)).isEqualTo(401);
    assertThat(signInStatus(NEW_PASSWORD)).isEqualTo(303);
  }

  @Test
  void a_wrong_current_password_a_mismatch_or_a_short_one_changes_nothing() {
    HttpResponse<String> wrong =
        session.post(
            "/newsroom/account/password",
            "current",
            "not my password",
            "password",
            NEW_PASSWORD,
            "repeat",
            NEW_PASSWORD);
    assertThat(wrong.statusCode()).isEqualTo(422);
    assertThat(Jsoup.parse(wrong.body()).select(".error").text())
        .contains("The current password is not right.");

    HttpResponse<String> mismatch =
        session.post(
            "/newsroom/account/password",
            "current",
            Newsroom.PASSWORD,
            "password",
            NEW_PASSWORD,
            "repeat",
            NEW_PASSWORD + "!");
    assertThat(mismatch.statusCode()).isEqualTo(422);
    assertThat(Jsoup.parse(mismatch.body()).select(".error").text()).contains("differ");

    assertThat(
            session
                .post(
                    "/newsroom/account/password",
                    "current",
                    Newsroom.PASSWORD,
                    "password",
                    "short",
                    "repeat",
                    "short")
                .statusCode())
        .isEqualTo(422);
    assertThat(session.get("/newsroom/desk").statusCode()).isEqualTo(200);
    assertThat(signInStatus(Newsroom.PASSWORD)).isEqualTo(303);
  }

  @Test
  void the_change_needs_the_csrf_token_and_a_session() {
    HttpResponse<String> forged =
        session.postWithoutToken(
            "/newsroom/account/password",
            "current",
            Newsroom.PASSWORD,
            "password",
            NEW_PASSWORD,
            "repeat",
            NEW_PASSWORD);
    assertThat(forged.statusCode()).isEqualTo(403);

    HttpResponse<String> anonymous =
        app.postForm(
            "/newsroom/account/password",
            NewsroomClient.form(
                "current", Newsroom.PASSWORD, "password", NEW_PASSWORD, "repeat", NEW_PASSWORD));
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(app.get("/newsroom/account").statusCode()).isEqualTo(303);
    assertThat(session.get("/newsroom/desk").statusCode()).isEqualTo(200);
    assertThat(signInStatus(NEW_PASSWORD)).isEqualTo(401);
  }

  @Test
  void the_login_page_shows_no_text_from_the_address() {
    String body = app.get("/newsroom/login?changed=%3Cscript%3Ealert(1)%3C/script%3E").body();

    assertThat(Jsoup.parse(body).select(".notice")).isEmpty();
    assertThat(body).doesNotContain("alert(1)");
  }
}
