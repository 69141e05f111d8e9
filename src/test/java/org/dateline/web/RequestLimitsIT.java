package org.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dateline.feedback.Feedbacks;
import org.dateline.newsroom.auth.Role;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.workflow.Story;
import org.dateline.testing.HostileInput;
import org.dateline.testing.Newsroom;
import org.dateline.testing.NewsroomClient;
import org.dateline.testing.PublicTemplates;
import org.dateline.testing.RawHttp;
import org.dateline.testing.RawHttp.Streamed;
import org.dateline.testing.TestApp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Request bodies are limited by what is actually read, with or without a Content-Length: a chunked
 * body far over a route's limit is refused 413 on the normal error page while the client is still
 * sending, and a refusal page never echoes more than the field's own limit.
 */
class RequestLimitsIT {
  private static final long MB = 1024 * 1024;
  @TempDir static Path data;
  static TestApp app;
  static String feedback;
  static NewsroomClient reporter;
  static Story story;

  @BeforeAll
  static void start() {
    app = TestApp.start(data, true);
    feedback =
        PublicTemplates.articlePath(app, 1).replaceFirst("^(/article/\\d+)/.*$", "$1/feedback");
    User rita = Newsroom.user(app.wiring(), Role.REPORTER, "Rita Reporter");
    story = Newsroom.written(app.wiring(), rita, "A long read");
    reporter = NewsroomClient.signIn(app, "rita.reporter@newsroom.test", Newsroom.PASSWORD);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void a_chunked_feedback_of_8_mb_is_refused_413_on_the_error_page_before_the_server_read_it() {
    long stored = app.wiring().feedbacks().countNew();

    Streamed s = streamForm(feedback, "message=", 8 * MB);

    assertThat(s.response().status()).as(describe(s)).isEqualTo(413);
    assertErrorPage(s.response(), 413, "Too much to send");
    assertThat(s.response().text()).doesNotContain("a".repeat(100));
    assertThat(s.finishedSending())
        .as("the server answered before the client had sent the whole body")
        .isFalse();
    assertThat(s.sentWhenAnswered()).isLessThan(8 * MB);
    assertThat(app.wiring().feedbacks().countNew()).isEqualTo(stored);
  }

  @Test
  void twenty_four_parallel_chunked_posts_of_15_mb_are_all_refused_unread() throws Exception {
    long stored = app.wiring().feedbacks().countNew();
    ExecutorService pool = Executors.newFixedThreadPool(24);
    try {
      List<Future<Streamed>> answers = new ArrayList<>();
      for (int i = 0; i < 24; i++) {
        boolean login = i % 2 == 1;
        answers.add(
            pool.submit(
                () ->
                    login
                        ? streamForm("/newsroom/login", "email=a%40b.test&password=", 15 * MB)
                        : streamForm(feedback, "message=", 15 * MB)));
      }
      for (Future<Streamed> answer : answers) {
        Streamed s = answer.get();
        assertThat(s.response().status()).as(describe(s)).isEqualTo(413);
        assertErrorPage(s.response(), 413, "Too much to send");
        assertThat(s.finishedSending()).as("refused while the client was still sending").isFalse();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(app.wiring().feedbacks().countNew()).isEqualTo(stored);
  }

  @Test
  void a_chunked_photo_upload_beyond_the_photo_limit_is_refused_413_in_json() throws IOException {
    String boundary = "----dateline-limit";
    byte[] start =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8);

    Streamed s =
        RawHttp.streamChunked(
            app.port(),
            "POST",
            "/newsroom/photos",
            List.of(
                "Cookie",
                reporter.cookie(),
                "X-CSRF-Token",
                reporter.csrf(),
                "Origin",
                app.url(""),
                "Accept",
                "application/json",
                "Content-Type",
                "multipart/form-data; boundary=" + boundary),
            start,
            128 * MB);

    assertThat(s.response().status()).as(describe(s)).isEqualTo(413);
    JsonNode json = new ObjectMapper().readTree(s.response().body());
    assertThat(json.get("ok").asBoolean()).isFalse();
    assertThat(json.get("error").asText()).contains("larger than");
    assertThat(s.finishedSending()).isFalse();
    assertThat(HostileInput.securityHeaderProblems(s.response()::header)).isEmpty();
  }

  @Test
  void a_refused_feedback_echoes_at_most_the_fields_limit() {
    String typed = "가".repeat(Feedbacks.MAX_LENGTH + 5_000);

    HttpResponse<String> r =
        app.postForm(feedback, NewsroomClient.form("message", typed, "website", ""));

    assertThat(r.statusCode()).isEqualTo(422);
    String echoed = Jsoup.parse(r.body()).getElementById("feedback-text").wholeText();
    assertThat(echoed).isEqualTo("가".repeat(Feedbacks.MAX_LENGTH));
    assertThat(r.body()).contains("7,000 characters");
  }

  @Test
  void a_refused_sign_in_echoes_at_most_the_length_of_an_email_address() {
    String typed = "editor@" + "x".repeat(20_000) + ".test";

    HttpResponse<String> r =
        app.postForm("/newsroom/login", NewsroomClient.form("email", typed, "password", "wrong"));

    assertThat(r.statusCode()).isEqualTo(401);
    String echoed = Jsoup.parse(r.body()).select("input[name=email]").attr("value");
    assertThat(echoed).isEqualTo(typed.substring(0, 254));
  }

  @Test
  void a_signed_in_reporter_saves_a_story_longer_than_the_small_form_limit() {
    String paragraph = "<p>" + "기자 회견에서 밝혔다. ".repeat(40) + "</p>";
    String body = paragraph.repeat(90);
    assertThat(NewsroomClient.form("body", body).length()).isGreaterThan(256 * 1024);

    HttpResponse<String> r =
        reporter.post(
            "/newsroom/stories/" + story.id(),
            "version",
            Integer.toString(story.version()),
            "headline",
            "A long read",
            "section",
            "National",
            "body",
            body,
            "urgency",
            "5");

    assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
    Story saved = app.wiring().stories().get(story.id(), userOf("rita.reporter@newsroom.test"));
    assertThat(saved.version()).isGreaterThan(story.version());
    assertThat(saved.draft().body()).hasSize(90);
  }

  @Test
  void an_anonymous_post_to_a_story_is_held_to_the_small_form_limit() {
    String body = "<p>" + "x".repeat(200 * 1024) + "</p>";
    User rita = userOf("rita.reporter@newsroom.test");
    int version = app.wiring().stories().get(story.id(), rita).version();

    HttpResponse<String> r =
        app.postForm("/newsroom/stories/" + story.id(), NewsroomClient.form("body", body));

    assertThat(r.statusCode()).isIn(401, 413);
    assertThat(app.wiring().stories().get(story.id(), rita).version()).isEqualTo(version);
  }

  /**
   * A refusal that comes before the body (here: sign-in required) reads the rest of a body of
   * declared length before it answers, so the client reads the answer instead of a reset, and the
   * connection stays usable. The old server answered at once and closed the connection while the
   * client was still sending.
   */
  @Test
  void a_refusal_answered_before_the_body_reads_the_rest_and_keeps_the_connection()
      throws Exception {
    // Given an anonymous POST of 200 KB whose first kilobyte is sent
    byte[] body = ("body=" + "x".repeat(200 * 1024 - 5)).getBytes(StandardCharsets.US_ASCII);
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", app.port())) {
      socket.setSoTimeout(30_000);
      java.io.OutputStream out = socket.getOutputStream();
      java.io.InputStream in = socket.getInputStream();
      String head =
          "POST /newsroom/stories/"
              + story.id()
              + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
              + "Content-Type: application/x-www-form-urlencoded\r\n"
              + "Content-Length: "
              + body.length
              + "\r\n\r\n";
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(body, 0, 1024);
      out.flush();
      // (a server that answers before reading gets the chance to; this one waits for the rest)
      for (int i = 0; i < 150 && in.available() == 0; i++) {
        Thread.sleep(20);
      }

      // When the client sends the rest, then asks for another page on the same connection
      try {
        out.write(body, 1024, body.length - 1024);
        out.write(
            "GET /robots.txt HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
      } catch (java.net.SocketException closed) {
        throw new AssertionError("the server closed the connection while the body came", closed);
      }

      // Then the refusal is read in full, and the next request is answered
      RawHttp.Response refused = RawHttp.readAnswer(in);
      assertThat(refused.status()).isIn(401, 413);
      assertThat(refused.header("Connection")).isNotEqualToIgnoringCase("close");
      assertThat(RawHttp.readAnswer(in).status()).isEqualTo(200);
    }
  }

  private static User userOf(String email) {
    return app.wiring().users().byEmail(email).orElseThrow();
  }

  private static Streamed streamForm(String path, String prefix, long total) {
    return RawHttp.streamChunked(
        app.port(),
        "POST",
        path,
        List.of(
            "Content-Type",
            "application/x-www-form-urlencoded",
            "Origin",
            "http://127.0.0.1:" + app.port()),
        prefix.getBytes(StandardCharsets.UTF_8),
        total);
  }

  static void assertErrorPage(RawHttp.Response r, int status, String title) {
    assertThat(r.header("Content-Type")).startsWith("text/html");
    Document page = Jsoup.parse(r.text());
    assertThat(page.select("section.error-page .error-code").text())
        .isEqualTo(Integer.toString(status));
    assertThat(page.select("section.error-page h1").text()).isEqualTo(title);
    assertThat(page.select("a.brand")).as("the site chrome").isNotEmpty();
    assertThat(HostileInput.securityHeaderProblems(r::header)).isEmpty();
  }

  private static String describe(Streamed s) {
    return String.join("\n", RawHttp.describe(s.response()))
        + "\nsent when answered: "
        + s.sentWhenAnswered()
        + ", finished: "
        + s.finishedSending()
        + "\n"
        + s.response().text().substring(0, Math.min(500, s.response().text().length()));
  }
}
