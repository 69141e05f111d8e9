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
import org.dateline.curation.Curation;
import org.dateline.feedback.Feedbacks;
import org.dateline.newsroom.auth.Role;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.workflow.Story;
import org.dateline.section.Sections;
import org.dateline.testing.HostileAnswers;
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

  private static final String SUBMITTED = "/newsroom/desk?stage=submitted";

  private final HostileAnswers answers = new HostileAnswers();

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

  /**
   * The journey of {@link Curation#PLACES} payloads at a time (each story of a batch is picked):
   * each payload still gets a section, a user and a story of its own, and every request that
   * carries a payload carries one (as a user would send it); a page that lists the batch's stories
   * (the desks, the dashboard, the users, the sections, the home and feedback pages, All News and
   * the home page) is fetched once per batch, at the step where each of its stories is in the state
   * the single-payload journey had it, and scanned once for all the batch's payloads (decision
   * 0097).
   */
  @Test
  void every_payload_in_every_story_field_note_section_and_user_name_is_shown_as_text_everywhere() {
    String zoneNow =
        LocalDateTime.now(app.wiring().editions().current().zone())
            .plusDays(3)
            .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
    // As many payloads a batch as the home page has places, so that each story can be picked: the
    // picks another test of this class made (the template check's) are taken off first.
    Curation curation = app.wiring().curation();
    curation.picks().forEach(curation::remove);
    int places = Curation.PLACES - curation.picks().size();
    assertThat(places).as("free places on the home page").isEqualTo(Curation.PLACES);
    for (int from = 0; from < XSS.size(); from += places) {
      List<Payload> batch = new ArrayList<>();
      for (int i = from; i < Math.min(XSS.size(), from + places); i++) {
        batch.add(new Payload(i, XSS.get(i)));
      }
      journey(batch, zoneNow);
    }
    assertThat(answers.checked()).isGreaterThan(XSS.size() * 40);
    assertThat(answers.problems()).as(answers.report()).isEmpty();
    assertThat(app.wiring().database().integrityCheck()).isEqualTo("ok");
  }

  /** One payload's part in a batch: what its steps made. */
  private static final class Payload {
    final int i;
    final String p;
    final String tag;
    String wanted = "";
    String section = "";
    String email = "";
    NewsroomClient reporter;
    long reporterId;
    long id;
    String story = "";
    long article;
    String canonical = "";
    final Set<String> links = new LinkedHashSet<>();

    Payload(int i, String p) {
      this.i = i;
      this.p = p;
      this.tag = "#" + i + " ";
    }
  }

  private void journey(List<Payload> batch, String zoneNow) {
    List<String> all = batch.stream().map(b -> b.p).toList();
    // An administrator names a section and a reporter with each payload (and tries it as an
    // email).
    for (Payload b : batch) {
      answers.check(b.tag + "add section", admin.post("/newsroom/sections", "name", b.p), b.p);
      b.wanted = clip(shown(b.p), Sections.MAX_NAME);
      if (!b.wanted.equals(b.p)) {
        answers.check(
            b.tag + "add section (as stored)",
            admin.post("/newsroom/sections", "name", b.wanted),
            b.p);
      }
    }
    Document sections =
        Jsoup.parse(answers.check("sections list", admin.get("/newsroom/sections"), all).body());
    for (Payload b : batch) {
      b.section = sectionNamed(sections, b.wanted);
      b.email = "hostile" + b.i + "@newsroom.test";
      addUser(b);
      b.reporter = NewsroomClient.signIn(app, b.email, Newsroom.PASSWORD);
      b.reporterId = app.wiring().users().byEmail(b.email).orElseThrow().id();
    }
    for (Payload b : batch) {
      write(b);
      review(b);
    }
    expect(200, answers.check("editor GET the desk", admin.get(SUBMITTED), all));

    // Scheduled (the dashboard shows what comes up), then published and corrected with the
    // payload as note, given feedback and picked for the home page.
    for (Payload b : batch) {
      action(b, "schedule", "at", zoneNow);
    }
    expect(200, answers.check("dashboard with them scheduled", admin.get("/newsroom"), all));
    for (Payload b : batch) {
      action(b, "unschedule");
      action(b, "publish");
      action(b, "correct", "note", b.p);
      b.article = app.wiring().stories().find(b.id).orElseThrow().articleId().orElseThrow();
      app.wiring()
          .feedbacks()
          .submit(new Feedbacks.Submission(b.article, b.p, "", "10.8." + b.i + ".1"));
      expect(303, answers.check(b.tag + "pick", home("add", b), b.p));
    }
    for (String page :
        List.of(
            "/newsroom",
            "/newsroom/home",
            "/newsroom/feedback",
            "/newsroom/users",
            "/newsroom/sections",
            "/newsroom/desk?stage=published")) {
      expect(200, answers.check("editor GET " + page, admin.get(page), all));
    }
    for (Payload b : batch) {
      for (String page :
          List.of("/newsroom/feedback?article=" + b.article, b.story, b.story + "/preview")) {
        expect(200, answers.check(b.tag + "editor GET " + page, admin.get(page), b.p));
      }
      expect(303, answers.check(b.tag + "unpick", home("remove", b), b.p));
    }

    // The public pages: the article, All News, the home page, and its section, author and tag
    // pages.
    for (Payload b : batch) {
      readPublic(b);
    }
    for (String link : List.of("/news", "/")) {
      expect(200, answers.check("public GET " + link, app.get(link), all));
    }

    // Killed with the payload as note: the audit trail shows both notes; the public page is gone.
    for (Payload b : batch) {
      action(b, "kill", "note", b.p);
      for (String link : List.of(b.story, b.story + "/history")) {
        expect(200, answers.check(b.tag + "editor GET " + link, admin.get(link), b.p));
      }
      expect(410, answers.check(b.tag + "killed article", app.get(b.canonical), b.p));
    }
    expect(
        200,
        answers.check(
            "editor GET /newsroom/desk?stage=killed",
            admin.get("/newsroom/desk?stage=killed"),
            all));
  }

  private void addUser(Payload b) {
    expect(
        303,
        answers.check(
            b.tag + "add user",
            admin.post(
                "/newsroom/users",
                "email",
                b.email,
                "name",
                b.p,
                "role",
                "reporter",
                "password",
                Newsroom.PASSWORD),
            b.p));
    // Refused as no email address, or (<style>@import'...';</style> has the shape of one) shown
    // on the users page.
    HttpResponse<String> asEmail =
        answers.check(
            b.tag + "user email",
            admin.post(
                "/newsroom/users",
                "email",
                b.p,
                "name",
                "Someone",
                "role",
                "reporter",
                "password",
                Newsroom.PASSWORD),
            b.p);
    expect(asEmail.statusCode() == 303 ? 303 : 422, asEmail);
  }

  /** The reporter writes, is refused, reads every page of the story, and submits it. */
  private void write(Payload b) {
    String p = b.p;
    String tag = b.tag;
    NewsroomClient reporter = b.reporter;
    // As the editor sends it, then pasted from a word processor, then an autosave.
    HttpResponse<String> created =
        expect(303, answers.check(tag + "new story", reporter.post("/newsroom/stories"), p));
    b.id = Long.parseLong(NewsroomClient.location(created).replaceAll("\\D+", ""));
    String story = "/newsroom/stories/" + b.id;
    b.story = story;
    expect(
        303,
        answers.check(
            tag + "save",
            reporter.post(
                story, fields(p, b.section, editorBody(p, photo), version(reporter, story))),
            p));
    int before = version(reporter, story);
    expect(
        303,
        answers.check(
            tag + "save pasted",
            reporter.post(story, fields(p, b.section, pastedBody(p), before)),
            p));
    expect(
        200,
        answers.check(
            tag + "autosave",
            reporter.post(
                story + "/autosave", fields(p, b.section, editorBody(p, photo), before + 1)),
            p));

    // Refused saves show the typed text again: stale, a photo without alt text, a time that is no
    // time.
    expect(
        409,
        answers.check(
            tag + "stale save",
            reporter.post(
                story, fields(p, b.section, pastedBody(p) + editorBody(p, photo), before)),
            p));
    String noAlt = photoWithoutAlt(p, photo) + editorBody(p, photo);
    HttpResponse<String> refused =
        expect(
            422,
            answers.check(
                tag + "photo without alt",
                reporter.post(story, fields(p, b.section, noAlt, before + 2)),
                p));
    answers.shows(
        tag + "the typed headline kept",
        Jsoup.parse(refused.body()).select("#headline").attr("value"),
        p);
    // An unreadable time: the editor again, the message beside the field (issue 10 point 7).
    expect(
        422,
        answers.check(
            tag + "time", reporter.post(story + "/action", "action", "submit", "at", p), p));

    // The diffs: from the blank page to every field's payload, and from the editor's body to the
    // pasted one.
    for (String page :
        List.of(
            "/newsroom/desk",
            story + "/history",
            story + "/versions/" + before,
            story + "/versions/" + (before + 1),
            story + "/diff?from=" + (before - 1) + "&to=" + before,
            story + "/diff?from=" + before + "&to=" + (before + 1),
            story + "/preview",
            story)) {
      HttpResponse<String> r =
          expect(200, answers.check(tag + "reporter GET " + page, reporter.get(page), p));
      if (page.equals(story)) {
        answers.shows(
            tag + "the headline as typed", Jsoup.parse(r.body()).select("h1").text(), shown(p));
      }
    }
    expect(
        303,
        answers.check(tag + "submit", reporter.post(story + "/action", "action", "submit"), p));
  }

  /**
   * The desk filtered to the story, and "who is editing what" (the reporter has it open, until the
   * editor opens it), right after the submit, while the reporter's presence is fresh.
   */
  private void review(Payload b) {
    String filter = SUBMITTED + "&section=" + query(b.section) + "&author=" + b.reporterId;
    expect(
        200,
        answers.check(
            b.tag + "editor GET " + SUBMITTED + "&q=",
            admin.get(SUBMITTED + "&q=" + query(b.p)),
            b.p));
    Document filtered =
        Jsoup.parse(
            expect(200, answers.check(b.tag + "editor GET " + filter, admin.get(filter), b.p))
                .body());
    answers.shows(
        b.tag + "one row, and who is editing it",
        filtered.select("table.desk tbody tr").size()
            + " "
            + filtered.select("table.desk tbody tr td.editing").text(),
        "1 " + shown(b.p) + " is in it now");
    Document opened =
        Jsoup.parse(
            expect(200, answers.check(b.tag + "editor GET " + b.story, admin.get(b.story), b.p))
                .body());
    answers.shows(
        b.tag + "the reporter has it open",
        opened.select("p.warning").text().replaceFirst(" has this story open too.*", ""),
        shown(b.p));
    for (String page : List.of(b.story + "/history", b.story + "/preview")) {
      expect(200, answers.check(b.tag + "editor GET " + page, admin.get(page), b.p));
    }
  }

  /** The public article, and its section, author and tag pages (All News and home: per batch). */
  private void readPublic(Payload b) {
    b.canonical =
        NewsroomClient.location(
            expect(301, answers.check(b.tag + "article", app.get("/article/" + b.article), b.p)));
    Document page =
        Jsoup.parse(
            expect(200, answers.check(b.tag + "public article", app.get(b.canonical), b.p)).body());
    answers.shows(b.tag + "the public headline", page.select("article h1").text(), shown(b.p));
    b.links.addAll(List.of("/news", "/"));
    page.select("article .kicker a, article a[rel=author], article .tags a")
        .forEach(a -> b.links.add(a.attr("href")));
    answers.shows(
        b.tag + "links to the section, author and tag pages",
        Boolean.toString(b.links.size() >= 5),
        "true");
    for (String link : b.links) {
      if (!link.equals("/news") && !link.equals("/")) {
        expect(200, answers.check(b.tag + "public GET " + link, app.get(link), b.p));
      }
    }
  }

  private void action(Payload b, String action, String... more) {
    List<String> form = new ArrayList<>(List.of("action", action));
    form.addAll(List.of(more));
    expect(
        303,
        answers.check(
            b.tag + action, admin.post(b.story + "/action", form.toArray(String[]::new)), b.p));
  }

  private static HttpResponse<String> home(String action, Payload b) {
    return admin.post("/newsroom/home", "action", action, "article", Long.toString(b.article));
  }

  @Test
  void a_payload_typed_as_the_sign_in_email_is_shown_again_as_text() {
    for (int i = 0; i < XSS.size(); i++) {
      String p = XSS.get(i);
      // Each from its own address, so that the throttle does not answer first.
      RawHttp.Response r = login(p, "127.0.1." + (i + 1));
      answers.check("#" + i + " login", r, "/newsroom/login", p);
      assertThat(r.status()).as(p).isEqualTo(401);
      assertThat(Jsoup.parse(r.text()).getElementById("email").attr("value"))
          .as("kept as typed")
          .isEqualTo(p);
    }
    // From one address, until the throttle answers: that page echoes the email too.
    int throttled = 0;
    for (String p : XSS) {
      RawHttp.Response r = login(p, "127.0.2.1");
      answers.check("throttled login", r, "/newsroom/login", p);
      throttled += r.status() == 429 ? 1 : 0;
    }
    assertThat(throttled).isPositive();
    assertThat(answers.problems()).as(answers.report()).isEmpty();
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
        answers.check("GET " + target, r, target, p);
      }
      for (String target :
          List.of(
              "/newsroom/login?next=" + e,
              "/newsroom/login?changed=" + e,
              "/newsroom/desk?q=" + e)) {
        RawHttp.Response r = RawHttp.get(app.port(), target);
        answers.check("signed out GET " + target, r, target, p);
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
        answers.check("POST " + target, r, target, p);
        assertThat(r.status()).as("POST " + target).isBetween(400, 499);
      }
    }
    assertThat(answers.problems()).as(answers.report()).isEmpty();
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
  private static String sectionNamed(Document sections, String wanted) {
    return sections.select("table.sections tbody tr td:first-child").eachText().stream()
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

  private HttpResponse<String> expect(int status, HttpResponse<String> r) {
    return answers.expect(status, r);
  }

  private static String query(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
