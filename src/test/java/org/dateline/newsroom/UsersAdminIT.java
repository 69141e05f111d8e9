package org.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
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
 * Users admin over real HTTP: create, change role, deactivate and reactivate, reset passwords;
 * admins only.
 */
class UsersAdminIT {
  @TempDir Path data;
  TestApp app;
  User adminUser;
  User editorUser;
  NewsroomClient admin;
  NewsroomClient editor;
  NewsroomClient reporter;

  @BeforeEach
  void start() {
    app = TestApp.start(data, false);
    adminUser = Newsroom.user(app.wiring(), Role.ADMIN, "Ada Admin");
    editorUser = Newsroom.user(app.wiring(), Role.EDITOR, "Eddie Editor");
    User r = Newsroom.user(app.wiring(), Role.REPORTER, "Rita Reporter");
    admin = NewsroomClient.signIn(app, adminUser.email(), Newsroom.PASSWORD);
    editor = NewsroomClient.signIn(app, editorUser.email(), Newsroom.PASSWORD);
    reporter = NewsroomClient.signIn(app, r.email(), Newsroom.PASSWORD);
  }

  @AfterEach
  void stop() {
    app.close();
  }

  private int signInStatus(String email, String password) {
    return app.postForm(
            "/newsroom/login", NewsroomClient.form("email", email, "password", password))
        .statusCode();
  }

  private User stored(String email) {
    return app.wiring().users().byEmail(email).orElseThrow();
  }

  @Test
  void the_list_shows_every_account_with_role_and_status() {
    HttpResponse<String> r = admin.get("/newsroom/users");

    assertThat(r.statusCode()).isEqualTo(200);
    Document page = Jsoup.parse(r.body());
    assertThat(page.select("table.users tbody tr td:first-child").eachText())
        .containsExactlyInAnyOrder(
            adminUser.email(), editorUser.email(), "rita.reporter@newsroom.test");
    assertThat(page.select("#role-" + editorUser.id() + " option[selected]").attr("value"))
        .isEqualTo("editor");
    assertThat(page.select("#user-" + editorUser.id()).text()).contains("Active");
    assertThat(page.select("#user-" + adminUser.id()).text()).contains("(you)");
    assertThat(page.select("#user-" + adminUser.id() + " form")).isEmpty();
  }

  @Test
  void an_account_created_with_a_password_can_sign_in_with_its_role() {
    HttpResponse<String> r =
        admin.post(
            "/newsroom/users",
            "email",
            "New.Reporter@Newsroom.test",
            "name",
            "New Reporter",
            "role",
            "reporter",
            "password",
            "a long enough password");

    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(stored("new.reporter@newsroom.test").role()).isEqualTo(Role.REPORTER);
    assertThat(stored("new.reporter@newsroom.test").name()).isEqualTo("New Reporter");
    NewsroomClient created =
        NewsroomClient.signIn(app, "new.reporter@newsroom.test", "a long enough password");
    assertThat(created.get("/newsroom/feedback").statusCode()).isEqualTo(403);
  }

  @Test
  void without_a_password_one_is_generated_and_shown_once() {
    HttpResponse<String> r =
        admin.post(
            "/newsroom/users",
            "email",
            "desk@newsroom.test",
            "name",
            "Desk",
            "role",
            "editor",
            "password",
            "");

    assertThat(r.statusCode()).isEqualTo(200);
    String password = Jsoup.parse(r.body()).select("#generated-password").text();
    assertThat(password).hasSizeGreaterThanOrEqualTo(20);
    assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(
            NewsroomClient.signIn(app, "desk@newsroom.test", password)
                .get("/newsroom/feedback")
                .statusCode())
        .isEqualTo(200);
    assertThat(admin.get("/newsroom/users").body()).doesNotContain(password);
  }

  @Test
  void bad_new_accounts_are_refused_with_a_message() {
    HttpResponse<String> taken =
        admin.post(
            "/newsroom/users",
            "email",
            editorUser.email(),
            "name",
            "Again",
            "role",
            "editor",
            "password",
            "a long enough password");
    assertThat(taken.statusCode()).isEqualTo(422);
    assertThat(Jsoup.parse(taken.body()).select(".error").text())
        .contains("There is already an account");
    assertThat(
            admin
                .post(
                    "/newsroom/users",
                    "email",
                    "x@newsroom.test",
                    "name",
                    "X",
                    "role",
                    "editor",
                    "password",
                    "short")
                .statusCode())
        .isEqualTo(422);
    assertThat(
            admin
                .post(
                    "/newsroom/users",
                    "email",
                    "not-an-email",
                    "name",
                    "X",
                    "role",
                    "editor",
                    "password",
                    "")
                .statusCode())
        .isEqualTo(422);
    assertThat(
            admin
                .post(
                    "/newsroom/users",
                    "email",
                    "y@newsroom.test",
                    "name",
                    "Y",
                    "role",
                    "owner",
                    "password",
                    "")
                .statusCode())
        .isEqualTo(400);
    assertThat(app.wiring().users().all()).hasSize(3);
  }

  @Test
  void a_changed_role_takes_effect_on_the_users_next_request() {
    assertThat(editor.get("/newsroom/feedback").statusCode()).isEqualTo(200);

    HttpResponse<String> r =
        admin.post("/newsroom/users/" + editorUser.id() + "/role", "role", "reporter");

    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(NewsroomClient.location(r)).isEqualTo("/newsroom/users#user-" + editorUser.id());
    assertThat(stored(editorUser.email()).role()).isEqualTo(Role.REPORTER);
    assertThat(editor.get("/newsroom/feedback").statusCode()).isEqualTo(403);
    admin.post("/newsroom/users/" + editorUser.id() + "/role", "role", "admin");
    assertThat(editor.get("/newsroom/users").statusCode()).isEqualTo(200);
  }

  @Test
  void deactivating_ends_the_users_sessions_and_stops_sign_in_until_reactivated() {
    assertThat(
            admin
                .post(
                    "/newsroom/users/" + editorUser.id() + "/active",
                    "active",
                    "false",
                    "confirm",
                    "yes")
                .statusCode())
        .isEqualTo(303);

    assertThat(stored(editorUser.email()).active()).isFalse();
    assertThat(editor.get("/newsroom/desk").statusCode()).isEqualTo(303);
    assertThat(signInStatus(editorUser.email(), Newsroom.PASSWORD)).isEqualTo(401);
    assertThat(
            Jsoup.parse(admin.get("/newsroom/users").body())
                .select("#user-" + editorUser.id())
                .text())
        .contains("Deactivated");

    assertThat(
            admin
                .post("/newsroom/users/" + editorUser.id() + "/active", "active", "true")
                .statusCode())
        .isEqualTo(303);
    assertThat(signInStatus(editorUser.email(), Newsroom.PASSWORD)).isEqualTo(303);
    assertThat(
            admin
                .post("/newsroom/users/" + editorUser.id() + "/active", "active", "maybe")
                .statusCode())
        .isEqualTo(400);
  }

  @Test
  void resetting_a_password_ends_the_users_sessions_and_only_the_new_one_works() {
    HttpResponse<String> generated =
        admin.post("/newsroom/users/" + editorUser.id() + "/password", "password", "");

    assertThat(generated.statusCode()).isEqualTo(200);
    String password = Jsoup.parse(generated.body()).select("#generated-password").text();
    assertThat(editor.get("/newsroom/desk").statusCode()).isEqualTo(303);
    assertThat(signInStatus(editorUser.email(), Newsroom.PASSWORD)).isEqualTo(401);
    assertThat(signInStatus(editorUser.email(), password)).isEqualTo(303);

    assertThat(
            admin
                .post(
                    "/newsroom/users/" + editorUser.id() + "/password",
                    "password",
                    "chosen by the admin")
                .statusCode())
        .isEqualTo(303);
    assertThat(signInStatus(editorUser.email(), "chosen by the admin")).isEqualTo(303);
    assertThat(
            admin
                .post("/newsroom/users/" + editorUser.id() + "/password", "password", "short")
                .statusCode())
        .isEqualTo(422);
  }

  @Test
  void administrators_cannot_demote_deactivate_or_reset_themselves_here() {
    long me = adminUser.id();

    assertThat(admin.post("/newsroom/users/" + me + "/role", "role", "reporter").statusCode())
        .isEqualTo(422);
    assertThat(admin.post("/newsroom/users/" + me + "/active", "active", "false").statusCode())
        .isEqualTo(422);
    assertThat(admin.post("/newsroom/users/" + me + "/password", "password", "").statusCode())
        .isEqualTo(422);
    assertThat(admin.post("/newsroom/users/999999/role", "role", "reporter").statusCode())
        .isEqualTo(404);

    assertThat(stored(adminUser.email()).role()).isEqualTo(Role.ADMIN);
    assertThat(admin.get("/newsroom/users").statusCode()).isEqualTo(200);
  }

  @Test
  void only_administrators_may_see_or_change_accounts() {
    long id = editorUser.id();
    for (NewsroomClient user : List.of(editor, reporter)) {
      assertThat(user.get("/newsroom/users").statusCode()).isEqualTo(403);
      assertThat(
              user.post(
                      "/newsroom/users",
                      "email",
                      "sneaky@newsroom.test",
                      "name",
                      "S",
                      "role",
                      "admin",
                      "password",
                      "")
                  .statusCode())
          .isEqualTo(403);
      assertThat(user.post("/newsroom/users/" + id + "/role", "role", "admin").statusCode())
          .isEqualTo(403);
      assertThat(user.post("/newsroom/users/" + id + "/active", "active", "false").statusCode())
          .isEqualTo(403);
      assertThat(user.post("/newsroom/users/" + id + "/password", "password", "").statusCode())
          .isEqualTo(403);
    }
    assertThat(app.get("/newsroom/users").statusCode()).isEqualTo(303);
    assertThat(app.wiring().users().byEmail("sneaky@newsroom.test")).isEmpty();
    assertThat(stored(editorUser.email()).role()).isEqualTo(Role.EDITOR);
    assertThat(stored(editorUser.email()).active()).isTrue();
  }

  @Test
  void every_change_needs_the_csrf_token() {
    long id = editorUser.id();

    assertThat(
            admin
                .postWithoutToken(
                    "/newsroom/users",
                    "email",
                    "forged@newsroom.test",
                    "name",
                    "F",
                    "role",
                    "admin",
                    "password",
                    "")
                .statusCode())
        .isEqualTo(403);
    assertThat(
            admin.postWithoutToken("/newsroom/users/" + id + "/role", "role", "admin").statusCode())
        .isEqualTo(403);
    assertThat(
            admin
                .postWithoutToken("/newsroom/users/" + id + "/active", "active", "false")
                .statusCode())
        .isEqualTo(403);
    assertThat(
            admin
                .postWithoutToken("/newsroom/users/" + id + "/password", "password", "")
                .statusCode())
        .isEqualTo(403);

    assertThat(app.wiring().users().byEmail("forged@newsroom.test")).isEmpty();
    assertThat(stored(editorUser.email()).role()).isEqualTo(Role.EDITOR);
    assertThat(editor.get("/newsroom/desk").statusCode()).isEqualTo(200);
  }
}
