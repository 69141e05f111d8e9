package org.dateline.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.testing.NewsroomPayloads.clip;
import static org.dateline.testing.NewsroomPayloads.editorBody;
import static org.dateline.testing.NewsroomPayloads.fields;
import static org.dateline.testing.NewsroomPayloads.pastedBody;
import static org.dateline.testing.NewsroomPayloads.photoWithoutAlt;
import static org.dateline.testing.NewsroomPayloads.shown;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.dateline.feedback.Feedbacks;
import org.dateline.newsroom.auth.Role;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.workflow.Story;
import org.dateline.section.Sections;
import org.dateline.testing.HostileInput;
import org.dateline.testing.Newsroom;
import org.dateline.testing.NewsroomClient;
import org.dateline.testing.NewsroomScan;
import org.dateline.testing.NewsroomTemplates;
import org.dateline.testing.RawHttp;
import org.dateline.testing.TestApp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every newsroom field fed the hostile corpus over real HTTP, and every page that shows it looked
 * at: the story's fields (headline, summary, section, bylines, dateline, body as the editor sends
 * it and as pasted from a word processor, topics), workflow notes and times, a user's name and
 * email, the sign-in email, paths and query parameters. No page may carry a payload as markup, leak
 * internals or be a 500; every newsroom answer carries the security headers and {@code
 * Cache-Control: no-store}.
 */
class NewsroomHostileInputIT {
  private static final List<String> XSS = HostileInput.xssPayloads();
  private static TestApp app;
  private static NewsroomClient admin;
  private static User adminUser;
  private static Story known;
  private static String photo;

  private final List<String> problems = new ArrayList<>();
  private int checked;
  private String lastChecked = "";

  @BeforeAll
  static void start(@TempDir Path data) {
    app = TestApp.start(data, true);
    adminUser = Newsroom.user(app.wiring(), Role.ADMIN, "Ada Admin");
    admin = NewsroomClient.signIn(app, adminUser.email(), Newsroom.PASSWORD);
    known = Newsroom.written(app.wiring(), adminUser, "A story whose pages take hostile addresses");
    photo =
        NewsroomTemplates.upload(app, admin, NewsroomTemplates.photo(640, 360))
            .path("src")
            .asText();
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void the_newsroom_scan_passes_the_clean_templates_and_flags_an_injected_payload() {
    NewsroomTemplates.Content content = NewsroomTemplates.prepare(app);
    NewsroomClient signedIn =
        NewsroomClient.signIn(app, NewsroomTemplates.ADMIN_EMAIL, Newsroom.PASSWORD);
    String desk = null;
    for (NewsroomTemplates.Page page : content.pages()) {
      String html = NewsroomTemplates.html(app, signedIn, content, page);
      assertThat(NewsroomScan.findings(html)).as(page.name()).isEmpty();
      desk = page.name().equals("desk-published") ? html : desk;
    }
    String payload = "<img src=x onerror=window.__xss=1>";
    String broken =
        desk.replaceFirst("(<td class=\"headline\"><a href=\"[^\"]+\">)", "$1" + payload);
    assertThat(broken).isNotEqualTo(desk);

    assertThat(NewsroomScan.findings(broken, payload))
        .anyMatch(f -> f.startsWith("event handler onerror"))
        .anyMatch(f -> f.startsWith("payload verbatim"));
    assertThat(
            NewsroomScan.findings(
                desk.replace("</body>", "<script src=\"/static/js/evil.js\"></script></body>")))
        .anyMatch(f -> f.startsWith("script that is not the site's own"));
  }

  @Test
  void every_payload_in_every_story_field_note_section_and_user_name_is_shown_as_text_everywhere() {
    String zoneNow =
        LocalDateTime.now(app.wiring().editions().current().zone())
            .plusDays(3)
            .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
    for (int i = 0; i < XSS.size(); i++) {
      String p = XSS.get(i);
      String tag = "#" + i + " ";

      // An administrator names a section and a reporter with the payload (and tries it as an
      // email).
      check(tag + "add section", admin.post("/newsroom/sections", "name", p), p);
      String wanted = clip(shown(p), Sections.MAX_NAME);
      if (!wanted.equals(p)) {
        check(tag + "add section (as stored)", admin.post("/newsroom/sections", "name", wanted), p);
      }
      String section = sectionNamed(wanted, p);
      String email = "hostile" + i + "@newsroom.test";
      expect(
          303,
          check(
              tag + "add user",
              admin.post(
                  "/newsroom/users",
                  "email",
                  email,
                  "name",
                  p,
                  "role",
                  "reporter",
                  "password",
                  Newsroom.PASSWORD),
              p));
      // Refused as no email address, or (<style>@import'...';</style> has the shape of one) shown
      // on the users page.
      HttpResponse<String> asEmail =
          check(
              tag + "user email",
              admin.post(
                  "/newsroom/users",
                  "email",
                  p,
                  "name",
                  "Someone",
                  "role",
                  "reporter",
                  "password",
                  Newsroom.PASSWORD),
              p);
      expect(asEmail.statusCode() == 303 ? 303 : 422, asEmail);
      NewsroomClient reporter = NewsroomClient.signIn(app, email, Newsroom.PASSWORD);
      long reporterId = app.wiring().users().byEmail(email).orElseThrow().id();

      // The reporter writes: as the editor sends it, then pasted from a word processor, then an
      // autosave.
      HttpResponse<String> created =
          expect(303, check(tag + "new story", reporter.post("/newsroom/stories"), p));
      long id = Long.parseLong(NewsroomClient.location(created).replaceAll("\\D+", ""));
      String story = "/newsroom/stories/" + id;
      expect(
          303,
          check(
              tag + "save",
              reporter.post(
                  story, fields(p, section, editorBody(p, photo), version(reporter, story))),
              p));
      int before = version(reporter, story);
      expect(
          303,
          check(
              tag + "save pasted",
              reporter.post(story, fields(p, section, pastedBody(p), before)),
              p));
      expect(
          200,
          check(
              tag + "autosave",
              reporter.post(
                  story + "/autosave", fields(p, section, editorBody(p, photo), before + 1)),
              p));

      // Refused saves show the typed text again: stale, a photo without alt text, a time that is no
      // time.
      expect(
          409,
          check(
              tag + "stale save",
              reporter.post(
                  story, fields(p, section, pastedBody(p) + editorBody(p, photo), before)),
              p));
      String noAlt = photoWithoutAlt(p, photo) + editorBody(p, photo);
      HttpResponse<String> refused =
          expect(
              422,
              check(
                  tag + "photo without alt",
                  reporter.post(story, fields(p, section, noAlt, before + 2)),
                  p));
      shows(
          tag + "the typed headline kept",
          Jsoup.parse(refused.body()).select("#headline").attr("value"),
          p);
      // An unreadable time: the editor again, the message beside the field (issue 10 point 7).
      expect(
          422,
          check(tag + "time", reporter.post(story + "/action", "action", "submit", "at", p), p));

      // The diffs: from the blank page to every field's payload, and from the editor's body to the
      // pasted one.
      for (String page :
          List.of(
              "/newsroom/desk",
              story,
              story + "/history",
              story + "/versions/" + before,
              story + "/versions/" + (before + 1),
              story + "/diff?from=" + (before - 1) + "&to=" + before,
              story + "/diff?from=" + before + "&to=" + (before + 1),
              story + "/preview")) {
        expect(200, check(tag + "reporter GET " + page, reporter.get(page), p));
      }
      Document editor = Jsoup.parse(reporter.get(story).body());
      shows(tag + "the headline as typed", editor.select("h1").text(), shown(p));
      expect(303, check(tag + "submit", reporter.post(story + "/action", "action", "submit"), p));

      // The desk: filters, and "who is editing what" (the reporter has the story open, until the
      // editor opens it).
      String desk = "/newsroom/desk?stage=submitted";
      for (String page :
          List.of(
              desk,
              desk + "&q=" + query(p),
              desk + "&section=" + query(section) + "&author=" + reporterId)) {
        expect(200, check(tag + "editor GET " + page, admin.get(page), p));
      }
      Document filtered =
          Jsoup.parse(
              admin.get(desk + "&section=" + query(section) + "&author=" + reporterId).body());
      shows(
          tag + "one row, and who is editing it",
          filtered.select("table.desk tbody tr").size()
              + " "
              + filtered.select("table.desk tbody tr td.editing").text(),
          "1 " + shown(p) + " is in it now");
      Document opened =
          Jsoup.parse(expect(200, check(tag + "editor GET " + story, admin.get(story), p)).body());
      shows(
          tag + "the reporter has it open",
          opened.select("p.warning").text().replaceFirst(" has this story open too.*", ""),
          shown(p));
      for (String page : List.of(story + "/history", story + "/preview")) {
        expect(200, check(tag + "editor GET " + page, admin.get(page), p));
      }

      // Scheduled (the dashboard shows what comes up), then published and corrected with the
      // payload as note.
      expect(
          303,
          check(
              tag + "schedule",
              admin.post(story + "/action", "action", "schedule", "at", zoneNow),
              p));
      expect(200, check(tag + "dashboard with it scheduled", admin.get("/newsroom"), p));
      expect(
          303, check(tag + "unschedule", admin.post(story + "/action", "action", "unschedule"), p));
      expect(303, check(tag + "publish", admin.post(story + "/action", "action", "publish"), p));
      expect(
          303,
          check(tag + "correct", admin.post(story + "/action", "action", "correct", "note", p), p));
      long article = app.wiring().stories().find(id).orElseThrow().articleId().orElseThrow();
      app.wiring().feedbacks().submit(new Feedbacks.Submission(article, p, "", "10.8." + i + ".1"));
      expect(
          303,
          check(
              tag + "pick",
              admin.post("/newsroom/home", "action", "add", "article", Long.toString(article)),
              p));
      for (String page :
          List.of(
              "/newsroom",
              "/newsroom/home",
              "/newsroom/feedback",
              "/newsroom/feedback?article=" + article,
              "/newsroom/users",
              "/newsroom/sections",
              "/newsroom/desk?stage=published",
              story,
              story + "/preview")) {
        expect(200, check(tag + "editor GET " + page, admin.get(page), p));
      }
      expect(
          303,
          check(
              tag + "unpick",
              admin.post("/newsroom/home", "action", "remove", "article", Long.toString(article)),
              p));

      // The public pages: the article, All News, the home page, and its section, author and tag
      // pages.
      String canonical =
          NewsroomClient.location(
              expect(301, check(tag + "article", app.get("/article/" + article), p)));
      Document page =
          Jsoup.parse(expect(200, check(tag + "public article", app.get(canonical), p)).body());
      shows(tag + "the public headline", page.select("article h1").text(), shown(p));
      Set<String> links = new LinkedHashSet<>(List.of("/news", "/"));
      page.select("article .kicker a, article a[rel=author], article .tags a")
          .forEach(a -> links.add(a.attr("href")));
      shows(
          tag + "links to the section, author and tag pages",
          Boolean.toString(links.size() >= 5),
          "true");
      for (String link : links) {
        expect(200, check(tag + "public GET " + link, app.get(link), p));
      }

      // Killed with the payload as note: the audit trail shows both notes; the public page is gone.
      expect(
          303, check(tag + "kill", admin.post(story + "/action", "action", "kill", "note", p), p));
      for (String link : List.of(story, story + "/history", "/newsroom/desk?stage=killed")) {
        expect(200, check(tag + "editor GET " + link, admin.get(link), p));
      }
      expect(410, check(tag + "killed article", app.get(canonical), p));
    }
    assertThat(checked).isGreaterThan(XSS.size() * 40);
    assertThat(problems).as(report()).isEmpty();
    assertThat(app.wiring().database().integrityCheck()).isEqualTo("ok");
  }

  @Test
  void a_payload_typed_as_the_sign_in_email_is_shown_again_as_text() {
    for (int i = 0; i < XSS.size(); i++) {
      String p = XSS.get(i);
      // Each from its own address, so that the throttle does not answer first.
      RawHttp.Response r = login(p, "127.0.1." + (i + 1));
      check("#" + i + " login", r, "/newsroom/login", p);
      assertThat(r.status()).as(p).isEqualTo(401);
      assertThat(Jsoup.parse(r.text()).getElementById("email").attr("value"))
          .as("kept as typed")
          .isEqualTo(p);
    }
    // From one address, until the throttle answers: that page echoes the email too.
    int throttled = 0;
    for (String p : XSS) {
      RawHttp.Response r = login(p, "127.0.2.1");
      check("throttled login", r, "/newsroom/login", p);
      throttled += r.status() == 429 ? 1 : 0;
    }
    assertThat(throttled).isPositive();
    assertThat(problems).as(report()).isEmpty();
  }

  @Test
  void payloads_in_newsroom_paths_and_query_parameters_never_come_back_as_markup() {
    String story = "/newsroom/stories/" + known.id();
    for (String p : XSS) {
      String e = RawHttp.encode(p);
      for (String target :
          List.of(
              "/newsroom/" + e,
              "/newsroom/desk?stage=" + e + "&section=" + e + "&author=" + e + "&q=" + e,
              "/newsroom/feedback?state=" + e,
              "/newsroom/feedback?article=" + e,
              "/newsroom/feedback?before=" + e,
              "/newsroom/stories/" + e,
              story + "?done=" + e,
              story + "/versions/" + e,
              story + "/diff?from=" + e + "&to=" + e,
              story + "/" + e,
              "/newsroom/home?" + e + "=" + e,
              "/newsroom/users/" + e)) {
        RawHttp.Response r = RawHttp.get(app.port(), target, "Cookie", admin.cookie());
        check("GET " + target, r, target, p);
      }
      for (String target :
          List.of(
              "/newsroom/login?next=" + e,
              "/newsroom/login?changed=" + e,
              "/newsroom/desk?q=" + e)) {
        RawHttp.Response r = RawHttp.get(app.port(), target);
        check("signed out GET " + target, r, target, p);
        String location = r.header("Location");
        if (location != null) {
          assertThat(location)
              .as(target)
              .startsWith("/newsroom")
              .doesNotContain("<", ">", "\"", "\r", "\n", "//");
        }
      }
      for (String target :
          List.of(
              "/newsroom/sections/" + e,
              "/newsroom/users/" + e + "/role",
              "/newsroom/feedback/" + e,
              story + "/restore",
              "/newsroom/articles/" + e + "/open")) {
        RawHttp.Response r =
            RawHttp.send(
                app.port(),
                "POST",
                target,
                List.of(
                    "Content-Type",
                    "application/x-www-form-urlencoded",
                    "Origin",
                    app.url(""),
                    "Cookie",
                    admin.cookie()),
                ("csrf=" + admin.csrf() + "&version=" + e + "&name=x")
                    .getBytes(StandardCharsets.UTF_8),
                null);
        check("POST " + target, r, target, p);
        assertThat(r.status()).as("POST " + target).isBetween(400, 499);
      }
    }
    assertThat(problems).as(report()).isEmpty();
  }

  private static int version(NewsroomClient client, String story) {
    return Integer.parseInt(
        Jsoup.parse(client.get(story).body())
            .select("#story-form input[name=version]")
            .attr("value"));
  }

  /**
   * The stored section whose name is {@code wanted} (but for case): the refusal may mean it exists
   * as another payload.
   */
  private String sectionNamed(String wanted, String p) {
    HttpResponse<String> r = check("sections list", admin.get("/newsroom/sections"), p);
    return Jsoup.parse(r.body())
        .select("table.sections tbody tr td:first-child")
        .eachText()
        .stream()
        .filter(n -> n.equalsIgnoreCase(wanted))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no section named " + wanted));
  }

  private static RawHttp.Response login(String email, String from) {
    byte[] body =
        NewsroomClient.form("email", email, "password", "not the password", "next", "/newsroom")
            .getBytes(StandardCharsets.UTF_8);
    return RawHttp.send(
        app.port(),
        "POST",
        "/newsroom/login",
        List.of("Content-Type", "application/x-www-form-urlencoded", "Origin", app.url("")),
        body,
        from);
  }

  private HttpResponse<String> check(String what, HttpResponse<String> r, String payload) {
    check(
        what,
        r.statusCode(),
        r.body(),
        name -> r.headers().firstValue(name).orElse(null),
        r.uri().getPath(),
        payload);
    return r;
  }

  private void check(String what, RawHttp.Response r, String path, String payload) {
    check(what, r.status(), r.text(), r::header, path, payload);
  }

  private void check(
      String what,
      int status,
      String body,
      Function<String, String> header,
      String path,
      String payload) {
    checked++;
    lastChecked = what;
    String where = what + " (" + status + ")";
    if (status >= 500) {
      problems.add(where + ": a server error: " + body.substring(0, Math.min(300, body.length())));
    }
    String type = String.valueOf(header.apply("Content-Type"));
    if (type.startsWith("text/html")) {
      NewsroomScan.findings(body, payload).forEach(f -> problems.add(where + ": " + f));
    } else if (body.contains("<script") || body.contains("onerror=")) {
      problems.add(
          where
              + ": markup in a "
              + type
              + " answer: "
              + body.substring(0, Math.min(300, body.length())));
    }
    if (status >= 400) {
      // In what the page shows: the newsroom's forms have <select> elements, which are no SQL.
      String shown = type.startsWith("text/html") ? Jsoup.parse(body).text() : body;
      HostileInput.leaks(shown, payload).forEach(l -> problems.add(where + ": leak " + l));
    }
    HostileInput.securityHeaderProblems(header).forEach(h -> problems.add(where + ": " + h));
    if (path.startsWith("/newsroom")
        && !String.valueOf(header.apply("Cache-Control")).contains("no-store")) {
      problems.add(where + ": Cache-Control is " + header.apply("Cache-Control"));
    }
  }

  /**
   * The text a page shows, where the journey expects it (a mismatch may mean markup broke the
   * page).
   */
  private void shows(String what, String actual, String expected) {
    if (!actual.equals(expected)) {
      problems.add(what + ": shows \"" + actual + "\" instead of \"" + expected + "\"");
    }
  }

  /**
   * The journey depends on each step: a wrong status ends the test, with the problems found so far.
   */
  private HttpResponse<String> expect(int status, HttpResponse<String> r) {
    if (r.statusCode() != status) {
      String text = Jsoup.parse(r.body()).text();
      throw new AssertionError(
          lastChecked
              + ": "
              + r.request().method()
              + " "
              + r.uri()
              + " answered "
              + r.statusCode()
              + ", expected "
              + status
              + ": "
              + text.substring(0, Math.min(400, text.length()))
              + "\n"
              + report());
    }
    return r;
  }

  private String report() {
    return problems.size()
        + " problem(s):\n"
        + String.join("\n", problems.subList(0, Math.min(80, problems.size())));
  }

  private static String query(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
