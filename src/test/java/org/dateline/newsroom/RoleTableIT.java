package org.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.dateline.newsroom.auth.Role;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.workflow.Story;
import org.dateline.testing.Newsroom;
import org.dateline.testing.NewsroomClient;
import org.dateline.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every newsroom route × (anonymous, reporter, editor, admin) → allowed or denied. Anonymous
 * readers are sent to sign in (GET) or get 401 (POST); a role without the permission gets 403.
 */
class RoleTableIT {
  @TempDir static Path data;
  static TestApp app;
  static final Map<Role, NewsroomClient> clients = new EnumMap<>(Role.class);
  static Story reportersStory;
  static long targetUser;
  static long feedbackId;
  static long sectionId;

  enum Who {
    ANONYMOUS,
    REPORTER,
    EDITOR,
    ADMIN
  }

  /** One row of the table: method, path, form fields, and which of the four may use it. */
  record Row(
      String method,
      String path,
      String[] form,
      boolean anonymous,
      boolean reporter,
      boolean editor,
      boolean admin) {
    boolean allows(Who who) {
      return switch (who) {
        case ANONYMOUS -> anonymous;
        case REPORTER -> reporter;
        case EDITOR -> editor;
        case ADMIN -> admin;
      };
    }
  }

  @BeforeAll
  static void start() {
    app = TestApp.start(data, true);
    var w = app.wiring();
    User reporter = Newsroom.user(w, Role.REPORTER, "Rita Reporter");
    Newsroom.user(w, Role.EDITOR, "Eddie Editor");
    Newsroom.user(w, Role.ADMIN, "Ada Admin");
    targetUser = Newsroom.user(w, Role.REPORTER, "Target Person").id();
    reportersStory = Newsroom.written(w, reporter, "The reporter's story");
    clients.put(
        Role.REPORTER,
        NewsroomClient.signIn(app, "rita.reporter@newsroom.test", Newsroom.PASSWORD));
    clients.put(
        Role.EDITOR, NewsroomClient.signIn(app, "eddie.editor@newsroom.test", Newsroom.PASSWORD));
    clients.put(
        Role.ADMIN, NewsroomClient.signIn(app, "ada.admin@newsroom.test", Newsroom.PASSWORD));
    app.postForm("/article/3/feedback", "message=Route+table+feedback&website=");
    feedbackId = w.feedbacks().newest(1).get(0).id();
    sectionId =
        w.database()
            .jdbi()
            .withHandle(h -> h.createQuery("SELECT MIN(id) FROM sections").mapTo(Long.class).one());
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  static List<Row> table() {
    String s = "/newsroom/stories/" + reportersStory.id();
    String[] none = {};
    List<Row> rows = new ArrayList<>();
    rows.add(new Row("GET", "/newsroom", none, false, true, true, true));
    rows.add(new Row("GET", "/newsroom/desk", none, false, true, true, true));
    rows.add(new Row("GET", "/newsroom/links?q=korea", none, false, true, true, true));
    rows.add(new Row("POST", "/newsroom/stories", none, false, true, true, true));
    rows.add(new Row("GET", s, none, false, true, true, true));
    rows.add(
        new Row(
            "POST", s, new String[] {"version", "999", "headline", "x"}, false, true, true, true));
    rows.add(
        new Row(
            "POST",
            s + "/autosave",
            new String[] {"version", "999", "headline", "x"},
            false,
            true,
            true,
            true));
    rows.add(
        new Row("POST", s + "/action", new String[] {"action", "return"}, false, true, true, true));
    rows.add(new Row("GET", s + "/preview", none, false, true, true, true));
    rows.add(new Row("GET", s + "/history", none, false, true, true, true));
    rows.add(new Row("GET", s + "/versions/1", none, false, true, true, true));
    rows.add(new Row("GET", s + "/diff?from=1&to=2", none, false, true, true, true));
    rows.add(
        new Row("POST", s + "/restore", new String[] {"version", "1"}, false, true, true, true));
    rows.add(new Row("POST", "/newsroom/articles/2/open", none, false, false, true, true));
    rows.add(new Row("POST", "/newsroom/photos", none, false, true, true, true));
    rows.add(new Row("GET", "/newsroom/feedback", none, false, false, true, true));
    rows.add(
        new Row(
            "POST",
            "/newsroom/feedback/" + feedbackId,
            new String[] {"state", "read"},
            false,
            false,
            true,
            true));
    rows.add(new Row("GET", "/newsroom/home", none, false, false, true, true));
    rows.add(
        new Row("POST", "/newsroom/home", new String[] {"op", "none"}, false, false, true, true));
    rows.add(new Row("GET", "/newsroom/sections", none, false, false, false, true));
    rows.add(
        new Row(
            "POST", "/newsroom/sections", new String[] {"name", ""}, false, false, false, true));
    rows.add(
        new Row(
            "POST",
            "/newsroom/sections/" + sectionId,
            new String[] {"name", ""},
            false,
            false,
            false,
            true));
    rows.add(
        new Row(
            "POST",
            "/newsroom/sections/" + sectionId + "/move",
            new String[] {"direction", "none"},
            false,
            false,
            false,
            true));
    rows.add(new Row("GET", "/newsroom/users", none, false, false, false, true));
    rows.add(
        new Row(
            "POST",
            "/newsroom/users",
            new String[] {"email", "not-an-email"},
            false,
            false,
            false,
            true));
    rows.add(
        new Row(
            "POST",
            "/newsroom/users/" + targetUser + "/role",
            new String[] {"role", "reporter"},
            false,
            false,
            false,
            true));
    rows.add(
        new Row(
            "POST",
            "/newsroom/users/" + targetUser + "/active",
            new String[] {"active", "true"},
            false,
            false,
            false,
            true));
    rows.add(
        new Row(
            "POST",
            "/newsroom/users/" + targetUser + "/password",
            new String[] {"password", "short"},
            false,
            false,
            false,
            true));
    rows.add(new Row("GET", "/newsroom/account", none, false, true, true, true));
    rows.add(
        new Row(
            "POST",
            "/newsroom/account/password",
            new String[] {"current", "wrong", "password", "x", "repeat", "x"},
            false,
            true,
            true,
            true));
    return rows;
  }

  @Test
  void every_newsroom_route_allows_exactly_the_roles_it_should() {
    // Story and history routes need a second version to compare.
    clients
        .get(Role.REPORTER)
        .post(
            "/newsroom/stories/" + reportersStory.id(),
            "version",
            Integer.toString(reportersStory.version()),
            "headline",
            "The reporter's story, v2",
            "body",
            "<p>Text.</p>",
            "urgency",
            "5");
    List<String> checked = new ArrayList<>();
    for (Row row : table()) {
      for (Who who : Who.values()) {
        HttpResponse<String> r = send(row, who);
        String what = row.method() + " " + row.path() + " as " + who;
        if (who == Who.ANONYMOUS) {
          if (row.method().equals("GET")) {
            assertThat(r.statusCode()).as(what).isEqualTo(303);
            assertThat(r.headers().firstValue("Location").orElse(""))
                .as(what)
                .contains("/newsroom/login");
          } else {
            assertThat(r.statusCode()).as(what).isIn(401, 403);
          }
        } else if (row.allows(who)) {
          assertThat(r.statusCode()).as(what + ": " + r.body()).isNotIn(401, 403);
          assertThat(r.headers().firstValue("Location").orElse(""))
              .as(what)
              .doesNotContain("/newsroom/login");
        } else {
          assertThat(r.statusCode()).as(what).isEqualTo(403);
        }
        checked.add(what);
      }
    }
    assertThat(checked).hasSize(table().size() * 4);
  }

  @Test
  void a_post_without_the_csrf_token_is_refused_for_every_role() {
    for (Role role : List.of(Role.REPORTER, Role.EDITOR, Role.ADMIN)) {
      HttpResponse<String> r =
          clients.get(role).postWithoutToken("/newsroom/stories", "csrf", "wrong");
      assertThat(r.statusCode()).as(role.name()).isEqualTo(403);
      assertThat(clients.get(role).postWithoutToken("/newsroom/stories").statusCode())
          .as(role.name())
          .isEqualTo(403);
    }
  }

  @Test
  void the_login_page_is_open_to_everyone() {
    assertThat(app.get("/newsroom/login").statusCode()).isEqualTo(200);
    assertThat(app.get("/newsroom/login").headers().firstValue("Cache-Control"))
        .contains("no-store");
  }

  private static HttpResponse<String> send(Row row, Who who) {
    if (who == Who.ANONYMOUS) {
      return row.method().equals("GET")
          ? app.get(row.path())
          : app.postForm(row.path(), NewsroomClient.form(row.form()));
    }
    NewsroomClient c = clients.get(Role.valueOf(who.name()));
    return row.method().equals("GET") ? c.get(row.path()) : c.post(row.path(), row.form());
  }
}
