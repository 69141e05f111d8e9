package org.dateline.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.article.ArticleId;
import org.dateline.feedback.Feedbacks;
import org.dateline.testing.HostileInput;
import org.dateline.testing.InjectionScan;
import org.dateline.testing.MutableClock;
import org.dateline.testing.PublicTemplates;
import org.dateline.testing.RawHttp;
import org.dateline.testing.TestApp;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every input a reader has, fed the hostile corpus over real HTTP: feedback, path segments, query
 * parameters and headers. No answer may carry the payload as markup, leak internals, be a 500, or
 * lack the security headers.
 */
class HostileInputIT {
  private static final List<String> XSS = HostileInput.xssPayloads();
  private static final MutableClock CLOCK = new MutableClock(Instant.now());
  private static TestApp app;
  private static String article;
  private static String killed;

  @BeforeAll
  static void start(@TempDir Path data) {
    app = TestApp.start(data, true, CLOCK);
    article = PublicTemplates.articlePath(app, 1);
    killed =
        PublicTemplates.prepare(app).stream()
            .filter(p -> p.status() == 410)
            .findFirst()
            .orElseThrow()
            .path();
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void the_corpus_has_at_least_40_payloads_of_every_kind() {
    assertThat(XSS).hasSizeGreaterThanOrEqualTo(40).doesNotHaveDuplicates();
    for (String kind :
        List.of(
            "<script", "onerror=", "javascript:", "data:", "<svg", "<math", "&#", "%3C", "%253C")) {
      assertThat(XSS)
          .as(kind)
          .anyMatch(p -> p.toLowerCase(Locale.ROOT).contains(kind.toLowerCase(Locale.ROOT)));
    }
  }

  @Test
  void every_payload_sent_as_feedback_is_stored_as_typed() {
    List<String> sent = new ArrayList<>();
    for (String payload : concat(XSS, HostileInput.SQL)) {
      CLOCK.advance(Duration.ofMinutes(1));
      HttpResponse<String> r =
          app.postForm(feedbackAction(), "message=" + form(payload) + "&website=");
      assertThat(r.statusCode()).as(payload).isEqualTo(303);
      assertNoProblems(
          "feedback " + payload,
          r.statusCode(),
          r.body(),
          payload,
          r.headers().firstValue("Content-Type").orElse(""));
      sent.add(payload.strip());
    }
    List<String> stored =
        app.wiring().feedbacks().newest(1000).stream().map(f -> f.message()).toList();
    assertThat(stored).containsAll(sent);
    assertThat(app.wiring().articles().countPublic())
        .as("no story was dropped by SQL in the text")
        .isGreaterThan(30);
    assertThat(app.wiring().database().integrityCheck()).isEqualTo("ok");
  }

  @Test
  void the_error_page_echoes_what_the_reader_typed_escaped_up_to_the_fields_limit() {
    String padding = " " + "x".repeat(2001);
    for (String payload : concat(XSS, HostileInput.SQL)) {
      String typed = payload + padding;
      HttpResponse<String> r =
          app.postForm(feedbackAction(), "message=" + form(typed) + "&website=");

      assertThat(r.statusCode()).as(payload).isEqualTo(422);
      assertNoProblems("422 for " + payload, 422, r.body(), payload, "text/html");
      assertThat(Jsoup.parse(r.body()).getElementById("feedback-text").wholeText())
          .as("the text is kept exactly as typed, up to the field's limit")
          .isEqualTo(typed.substring(0, typed.offsetByCodePoints(0, Feedbacks.MAX_LENGTH)));
    }
  }

  @Test
  void the_too_many_messages_page_echoes_the_text_escaped() {
    CLOCK.advance(Duration.ofMinutes(2));
    for (int i = 0; i < 3; i++) {
      assertThat(postFeedbackFrom("127.0.0.9", "fine message " + i).status()).isEqualTo(303);
    }
    for (String payload : XSS) {
      RawHttp.Response r = postFeedbackFrom("127.0.0.9", payload);
      assertThat(r.status()).as(payload).isEqualTo(429);
      assertThat(r.header("Retry-After")).isNotNull();
      assertNoProblems("429 for " + payload, 429, r.text(), payload, r.header("Content-Type"));
    }
  }

  @Test
  void payloads_in_paths_and_query_parameters_of_every_public_route_never_come_back_as_markup() {
    int requests = 0;
    for (String payload : concat(XSS, HostileInput.SQL)) {
      String p = RawHttp.encode(payload);
      for (String target : targets(p)) {
        RawHttp.Response r = RawHttp.get(app.port(), target, "Accept-Encoding", "gzip");
        requests++;
        assertNoProblems("GET " + target, r.status(), r.text(), payload, r.header("Content-Type"));
        assertThat(HostileInput.securityHeaderProblems(r::header))
            .as("headers of GET " + target)
            .isEmpty();
        String location = r.header("Location");
        if (location != null) {
          assertThat(location)
              .as("Location of GET " + target)
              .startsWith("/")
              .doesNotContain("<", ">", "\"", "\r", "\n", "//");
        }
      }
      RawHttp.Response post =
          RawHttp.send(
              app.port(),
              "POST",
              "/article/" + p + "/feedback",
              sameOrigin(),
              "message=hello".getBytes(StandardCharsets.UTF_8),
              null);
      assertNoProblems(
          "POST feedback to " + payload,
          post.status(),
          post.text(),
          payload,
          post.header("Content-Type"));
      assertThat(post.status()).isEqualTo(404);
    }
    assertThat(requests).isGreaterThan(1000);
  }

  /**
   * Every payload in every header, on four pages. One request carries a different payload in each
   * header of a group, rotated so that each header gets every payload; the groups keep apart the
   * headers one of which hides the other ({@code Forwarded} before {@code X-Forwarded-*}, {@code
   * If-None-Match} before {@code If-Modified-Since}) and a hostile {@code Host}, which Jetty
   * refuses before the application reads anything else.
   */
  @Test
  void payloads_in_request_headers_are_never_echoed_as_markup() {
    List<List<String>> groups =
        List.of(
            List.of(
                "Referer",
                "User-Agent",
                "Accept-Language",
                "X-Forwarded-For",
                "X-Forwarded-Host",
                "Cookie",
                "Accept",
                "If-None-Match",
                "Origin"),
            List.of("Forwarded", "If-Modified-Since"),
            List.of("Host"));
    Set<String> reached = new HashSet<>();
    for (int i = 0; i < XSS.size(); i++) {
      for (List<String> group : groups) {
        List<String> sent = new ArrayList<>();
        List<String> payloads = new ArrayList<>();
        for (int h = 0; h < group.size(); h++) {
          String payload = XSS.get((i + h) % XSS.size());
          sent.add(group.get(h));
          sent.add(payload);
          payloads.add(payload);
          reached.add(group.get(h) + " " + payload);
        }
        for (String target : List.of("/", article, "/no/such/page", "/news?before=bad")) {
          RawHttp.Response r = RawHttp.send(app.port(), "GET", target, sent, null, null);
          String what = headerLines(sent) + " on " + target;
          assertNoProblems(what, r.status(), r.text(), payloads, r.header("Content-Type"));
          assertThat(HostileInput.securityHeaderProblems(r::header)).as(what).isEmpty();
        }
      }
    }
    assertThat(reached).as("every payload in every header").hasSize(12 * XSS.size());
  }

  @Test
  void sql_metacharacters_and_path_traversal_give_4xx_and_leak_nothing() {
    for (String bad : concat(HostileInput.SQL, HostileInput.TRAVERSAL)) {
      String e = RawHttp.encode(bad);
      // As typed (when it can be sent in a request line) and percent-encoded.
      for (String v :
          bad.matches("[\\x21-\\x7e]+") && !bad.contains("#") && !bad.contains("?")
              ? List.of(bad, e)
              : List.of(e)) {
        for (String target :
            List.of(
                "/section/" + v,
                "/author/" + v,
                "/tag/" + v,
                "/article/" + v,
                "/article/" + v + "/x",
                "/media/" + v,
                "/static/" + v,
                "/static/css/" + v,
                "/" + v,
                "/news?before=" + v,
                "/news?after=" + v,
                "/section/politics?before=" + v,
                "/author/byun-duk-kun?after=" + v,
                "/tag/covid-19?before=" + v)) {
          RawHttp.Response r = RawHttp.get(app.port(), target);
          assertThat(r.status()).as("GET " + target).isBetween(400, 499);
          assertThat(HostileInput.leaks(r.text(), bad)).as("GET " + target).isEmpty();
          assertThat(HostileInput.securityHeaderProblems(r::header))
              .as("headers of GET " + target)
              .isEmpty();
        }
      }
    }
    assertThat(app.wiring().database().integrityCheck()).isEqualTo("ok");
  }

  @Test
  void every_kind_of_response_carries_the_security_headers() {
    String css = Jsoup.parse(app.get("/").body()).selectFirst("link[rel=stylesheet]").attr("href");
    String js = Jsoup.parse(app.get("/").body()).selectFirst("script[src]").attr("src");
    String photo = Jsoup.parse(app.get(article).body()).selectFirst("figure img").attr("src");
    String etag = RawHttp.get(app.port(), "/").header("ETag");
    List<Check> checks = new ArrayList<>();
    checks.add(new Check(200, RawHttp.get(app.port(), "/")));
    checks.add(new Check(200, RawHttp.get(app.port(), article, "Accept-Encoding", "gzip")));
    checks.add(new Check(200, RawHttp.get(app.port(), css)));
    checks.add(new Check(200, RawHttp.get(app.port(), js)));
    checks.add(new Check(200, RawHttp.get(app.port(), photo)));
    checks.add(new Check(200, RawHttp.get(app.port(), "/robots.txt")));
    checks.add(new Check(200, RawHttp.send(app.port(), "HEAD", "/news", List.of(), null, null)));
    checks.add(new Check(301, RawHttp.get(app.port(), "/article/1")));
    checks.add(new Check(302, RawHttp.get(app.port(), "/favicon.ico")));
    checks.add(new Check(304, RawHttp.get(app.port(), "/", "If-None-Match", etag)));
    checks.add(new Check(400, RawHttp.get(app.port(), "/news?before=not-a-cursor")));
    checks.add(
        new Check(
            403,
            RawHttp.send(
                app.port(),
                "POST",
                feedbackAction(),
                List.of(
                    "Content-Type",
                    "application/x-www-form-urlencoded",
                    "Origin",
                    "https://evil.example"),
                "message=x".getBytes(StandardCharsets.UTF_8),
                null)));
    checks.add(
        new Check(
            413,
            RawHttp.send(
                app.port(),
                "POST",
                feedbackAction(),
                sameOrigin(),
                ("message=" + "x".repeat(200_000)).getBytes(StandardCharsets.UTF_8),
                null)));
    checks.add(new Check(400, RawHttp.get(app.port(), "/%zz")));
    checks.add(
        new Check(400, RawHttp.get(app.port(), "/", "Host", "<script>window.__xss=1</script>")));
    checks.add(new Check(404, RawHttp.get(app.port(), "/no/such/page")));
    checks.add(new Check(404, RawHttp.get(app.port(), "/static/css/site.0000000000.css")));
    checks.add(new Check(404, RawHttp.get(app.port(), "/media/none.jpg")));
    checks.add(new Check(410, RawHttp.get(app.port(), killed)));
    checks.add(new Check(303, postFeedbackFrom("127.0.0.20", "headers check")));
    checks.add(new Check(422, postFeedbackFrom("127.0.0.20", "")));
    postFeedbackFrom("127.0.0.20", "headers check 2");
    postFeedbackFrom("127.0.0.20", "headers check 3");
    checks.add(new Check(429, postFeedbackFrom("127.0.0.20", "headers check 4")));

    for (Check c : checks) {
      assertThat(c.response().status())
          .as(String.join("\n", RawHttp.describe(c.response())))
          .isEqualTo(c.status());
      assertThat(HostileInput.securityHeaderProblems(c.response()::header))
          .as(c.status() + "\n" + String.join("\n", RawHttp.describe(c.response())))
          .isEmpty();
    }
  }

  @Test
  void a_killed_or_unknown_story_takes_no_feedback() {
    assertThat(
            app.postForm(killed.replaceFirst("^(/article/\\d+)/.*$", "$1/feedback"), "message=hi")
                .statusCode())
        .isEqualTo(410);
    long unknown = 999_999;
    assertThat(app.wiring().articles().find(new ArticleId(unknown))).isEmpty();
    assertThat(app.postForm("/article/" + unknown + "/feedback", "message=hi").statusCode())
        .isEqualTo(404);
  }

  /** Every public route with the (encoded) payload as a path segment or query value. */
  private static List<String> targets(String p) {
    return List.of(
        "/" + p,
        "/" + p + "/" + p,
        "/news/" + p,
        "/section/" + p,
        "/author/" + p,
        "/tag/" + p,
        "/article/" + p,
        "/article/1/" + p,
        "/article/" + p + "/" + p,
        "/media/" + p,
        "/static/" + p,
        "/static/css/" + p,
        "/?q=" + p,
        "/?" + p + "=" + p,
        "/news?before=" + p,
        "/news?after=" + p,
        "/news?before=" + p + "&after=" + p,
        "/section/politics?before=" + p,
        "/section/politics?after=" + p,
        "/author/byun-duk-kun?before=" + p,
        "/tag/covid-19?after=" + p,
        article + "?feedback=" + p,
        article + "?" + p,
        "/no/such/page?x=" + p);
  }

  private static void assertNoProblems(
      String what, int status, String body, String payload, String contentType) {
    assertNoProblems(what, status, body, List.of(payload), contentType);
  }

  private static void assertNoProblems(
      String what, int status, String body, List<String> payloads, String contentType) {
    assertThat(status).as(what + " must not be a server error").isLessThan(500);
    if (contentType != null && contentType.startsWith("text/html")) {
      assertThat(InjectionScan.findings(body, payloads)).as(what).isEmpty();
    } else {
      assertThat(body).as(what + " (" + contentType + ")").doesNotContain("<script", "onerror=");
    }
    if (status >= 400) {
      assertThat(HostileInput.leaks(body, String.join("\n", payloads))).as(what).isEmpty();
    }
  }

  /** The headers sent, one "Name: value" a line, for a failure message. */
  private static String headerLines(List<String> sent) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i + 1 < sent.size(); i += 2) {
      b.append(sent.get(i)).append(": ").append(sent.get(i + 1)).append('\n');
    }
    return b.toString();
  }

  private static RawHttp.Response postFeedbackFrom(String address, String message) {
    return RawHttp.send(
        app.port(),
        "POST",
        feedbackAction(),
        List.of(
            "Content-Type",
            "application/x-www-form-urlencoded",
            "Origin",
            "http://127.0.0.1:" + app.port()),
        ("message=" + form(message) + "&website=").getBytes(StandardCharsets.UTF_8),
        address);
  }

  private static List<String> sameOrigin() {
    return List.of(
        "Content-Type",
        "application/x-www-form-urlencoded",
        "Origin",
        "http://127.0.0.1:" + app.port());
  }

  private static String feedbackAction() {
    return article.replaceFirst("^(/article/\\d+)/.*$", "$1/feedback");
  }

  private static String form(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private record Check(int status, RawHttp.Response response) {}
}
