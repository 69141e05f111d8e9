package org.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.newsroom.auth.Role;
import org.dateline.testing.HostileInput;
import org.dateline.testing.Newsroom;
import org.dateline.testing.NewsroomClient;
import org.dateline.testing.RawHttp;
import org.dateline.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bodies a server cannot read — an unknown charset, multipart without a boundary or with a broken
 * body, broken percent-escapes, a type the route does not take — are the sender's mistake: every
 * POST route, public and newsroom, answers 400 or 415 on the normal error page (JSON to a client
 * that asks for JSON), never 500, and changes nothing.
 */
class MalformedRequestsIT {
  private static final String FORM = "application/x-www-form-urlencoded";
  @TempDir static Path data;
  static TestApp app;
  static NewsroomClient admin;

  @BeforeAll
  static void start() {
    app = TestApp.start(data, true);
    Newsroom.user(app.wiring(), Role.ADMIN, "Ada Admin");
    admin = NewsroomClient.signIn(app, "ada.admin@newsroom.test", Newsroom.PASSWORD);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  /** Every POST route of both route tables; ids need not exist: the body is refused first. */
  static List<String> postRoutes() {
    return List.of(
        "/article/1/feedback",
        "/newsroom/login",
        "/newsroom/logout",
        "/newsroom/stories",
        "/newsroom/stories/1",
        "/newsroom/stories/1/autosave",
        "/newsroom/stories/1/action",
        "/newsroom/stories/1/restore",
        "/newsroom/stories/1/notes",
        "/newsroom/articles/1/open",
        "/newsroom/photos",
        "/newsroom/feedback/1",
        "/newsroom/home",
        "/newsroom/sections",
        "/newsroom/sections/1",
        "/newsroom/sections/1/move",
        "/newsroom/sections/1/visibility",
        "/newsroom/subscribers",
        "/newsroom/subscribers/1",
        "/newsroom/subscribers/1/state",
        "/newsroom/subscribers/1/rotate",
        "/newsroom/subscribers/1/redeliver",
        "/newsroom/users",
        "/newsroom/users/1/role",
        "/newsroom/users/1/active",
        "/newsroom/users/1/password",
        "/newsroom/account/password");
  }

  /** One malformed body: its Content-Type, its bytes, and what each kind of route answers. */
  record Malformed(String name, String contentType, String body, int formRoute, int photoRoute) {}

  static List<Malformed> malformed() {
    String brokenMultipart = "--b\r\nthis line is no part header\r\n\r\nabc\r\n--b--\r\n";
    return List.of(
        new Malformed("charset=bogus", FORM + "; charset=bogus", "message=hello", 415, 415),
        new Malformed("charset=Shift_JIS", FORM + "; charset=Shift_JIS", "message=hello", 415, 415),
        new Malformed("broken percent-escapes", FORM, "message=%zz%&website=%", 400, 415),
        new Malformed("multipart without a boundary", "multipart/form-data", "--b\r\n", 415, 400),
        new Malformed(
            "multipart with a broken body",
            "multipart/form-data; boundary=b",
            brokenMultipart,
            415,
            400),
        new Malformed(
            "multipart with an unterminated part",
            "multipart/form-data; boundary=b",
            "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.jpg\"\r\n\r\nabc",
            415,
            400),
        new Malformed("plain text", "text/plain", "message=hello", 415, 415),
        new Malformed("no content type", null, "message=hello", 415, 415));
  }

  @Test
  void every_malformed_body_to_every_post_route_is_a_client_error_on_the_error_page() {
    long feedback = app.wiring().feedbacks().countNew();
    List<String> checked = new ArrayList<>();
    for (String route : postRoutes()) {
      for (Malformed m : malformed()) {
        RawHttp.Response r = post(route, m, "text/html");
        String what = m.name() + " to " + route;
        int expected = route.equals("/newsroom/photos") ? m.photoRoute() : m.formRoute();
        assertThat(r.status()).as(what + "\n" + r.text()).isEqualTo(expected);
        assertThat(r.header("Content-Type")).as(what).startsWith("text/html");
        assertThat(r.text()).as(what).contains("class=\"error-page\"");
        assertThat(HostileInput.securityHeaderProblems(r::header)).as(what).isEmpty();
        checked.add(what);
      }
    }
    assertThat(checked).hasSize(postRoutes().size() * malformed().size());
    assertThat(app.wiring().feedbacks().countNew()).isEqualTo(feedback);
  }

  @Test
  void a_client_asking_for_json_gets_the_refusal_as_json() throws IOException {
    for (String route : List.of("/article/1/feedback", "/newsroom/photos", "/newsroom/stories/1")) {
      for (Malformed m : malformed()) {
        RawHttp.Response r = post(route, m, "application/json");
        String what = m.name() + " to " + route;
        assertThat(r.status()).as(what).isIn(400, 415);
        assertThat(r.header("Content-Type")).as(what).startsWith("application/json");
        JsonNode json = new ObjectMapper().readTree(r.body());
        assertThat(json.get("ok").asBoolean()).as(what).isFalse();
        assertThat(json.get("error").asText()).as(what).isNotBlank();
      }
    }
  }

  @Test
  void an_unknown_charset_is_named_in_the_refusal_escaped() {
    RawHttp.Response r =
        post(
            "/article/1/feedback",
            new Malformed("", FORM + "; charset=\"<b>x</b>\"", "message=hi", 415, 415),
            "text/html");

    assertThat(r.status()).isEqualTo(415);
    assertThat(r.text()).contains("UTF-8").doesNotContain("<b>x</b>");
  }

  @Test
  void an_anonymous_newsroom_post_is_refused_401_before_its_body_is_looked_at() {
    RawHttp.Response r =
        RawHttp.send(
            app.port(),
            "POST",
            "/newsroom/photos",
            List.of("Content-Type", "multipart/form-data", "Origin", app.url("")),
            "--b\r\n".getBytes(StandardCharsets.UTF_8),
            null);

    assertThat(r.status()).isEqualTo(401);
  }

  private static RawHttp.Response post(String route, Malformed m, String accept) {
    List<String> headers = new ArrayList<>();
    if (m.contentType() != null) {
      headers.addAll(List.of("Content-Type", m.contentType()));
    }
    headers.addAll(
        List.of(
            "Origin",
            app.url(""),
            "Accept",
            accept,
            "Cookie",
            admin.cookie(),
            "X-CSRF-Token",
            admin.csrf()));
    return RawHttp.send(
        app.port(), "POST", route, headers, m.body().getBytes(StandardCharsets.UTF_8), null);
  }
}
