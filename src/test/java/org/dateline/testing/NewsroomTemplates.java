package org.dateline.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.dateline.Wiring;
import org.dateline.feedback.Feedbacks;
import org.dateline.newsroom.auth.Role;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.editor.BodyHtml;
import org.dateline.newsroom.editor.Draft;
import org.dateline.newsroom.workflow.Action;
import org.dateline.newsroom.workflow.Story;
import org.dateline.newsroom.workflow.Workflow.Request;
import org.jsoup.Jsoup;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every newsroom page template with content in it, and how to reach it: the list the newsroom's
 * accessibility and HTML gates walk, as {@link PublicTemplates} is for the public site. A new
 * newsroom template joins here.
 *
 * <p>{@link #prepare} fills a demo app with a newsroom: an administrator (who looks at every page),
 * an editor and a reporter; a published story with a photo, several versions and an open editing
 * session by the reporter; submitted, scheduled, draft and killed stories; reader feedback and home
 * page picks.
 */
public final class NewsroomTemplates {
  public static final String ADMIN_EMAIL = "ada.admin@newsroom.test";
  public static final String ALT = "Container cranes at a harbour under a yellow sun";

  /** How a page is reached besides a plain GET by the signed-in administrator. */
  public enum Via {
    /** GET while signed in. */
    GET,
    /** GET while signed out. */
    SIGNED_OUT,
    /** The login form sent with a wrong password. */
    LOGIN_ERROR,
    /** The story's editor form saved on a stale version. */
    STALE_SAVE,
    /** The story's editor form saved with a photo that has no alt text. */
    PHOTO_WITHOUT_ALT,
    /** The story editor with the photo dialog open (browser only; over HTTP the editor page). */
    PHOTO_DIALOG,
    /** Every {@code <details>} opened (the charts' tables; browser only). */
    OPEN_DETAILS
  }

  /** One template, its address and the status it answers with. */
  public record Page(String name, String path, int status, Via via) {
    public boolean signedOut() {
      return via == Via.SIGNED_OUT || via == Via.LOGIN_ERROR;
    }
  }

  /** What {@link #prepare} made, for tests that look closer. */
  public record Content(
      User admin,
      User editor,
      User reporter,
      Story published,
      Story submitted,
      Story scheduled,
      Story draft,
      Story killed,
      String photoSrc,
      List<Page> pages) {}

  private NewsroomTemplates() {}

  /** Fills {@code app} (demo content loaded) with a newsroom and lists its page templates. */
  public static Content prepare(TestApp app) {
    Wiring w = app.wiring();
    User admin = Newsroom.user(w, Role.ADMIN, "Ada Admin");
    User editor = Newsroom.user(w, Role.EDITOR, "Eddie Editor");
    User reporter = Newsroom.user(w, Role.REPORTER, "Rita Reporter");
    NewsroomClient adminClient = NewsroomClient.signIn(app, admin.email(), Newsroom.PASSWORD);
    String photo = upload(app, adminClient, photo(960, 540)).path("src").asText();

    Story s = w.stories().create(reporter);
    s =
        w.stories()
            .save(
                s.id(),
                s.version(),
                draft(
                    "Harbour reopens after storm repairs",
                    photo,
                    "The harbour reopened on Friday."),
                reporter,
                "");
    s =
        w.stories()
            .save(
                s.id(),
                s.version(),
                draft(
                    "Harbour reopens after two weeks of storm repairs",
                    photo,
                    "The harbour reopened on Friday after two weeks of repairs."),
                reporter,
                "");
    s = w.workflow().apply(s.id(), Request.of(Action.SUBMIT), reporter);
    s = w.workflow().apply(s.id(), Request.of(Action.PUBLISH), editor);
    s =
        w.workflow()
            .apply(
                s.id(),
                new Request(
                    Action.CORRECT, Optional.empty(), "An earlier version gave the wrong day."),
                editor);
    Story published = w.stories().find(s.id()).orElseThrow();
    long articleId = published.articleId().orElseThrow();
    w.stories().opened(published.id(), reporter); // "who is editing what"

    Story submitted = Newsroom.written(w, reporter, "Ferry timetable changes for the winter");
    submitted = w.workflow().apply(submitted.id(), Request.of(Action.SUBMIT), reporter);
    Story scheduled = Newsroom.written(w, editor, "Budget vote expected on Monday");
    scheduled =
        w.workflow()
            .apply(
                scheduled.id(),
                new Request(
                    Action.SCHEDULE, Optional.of(Instant.now().plus(Duration.ofDays(2))), ""),
                editor);
    Story draft = Newsroom.written(w, reporter, "Rail strike talks resume");
    Story killed = Newsroom.written(w, editor, "Museum closes its east wing");
    w.workflow().apply(killed.id(), Request.of(Action.PUBLISH), editor);
    killed =
        w.workflow()
            .apply(killed.id(), new Request(Action.KILL, Optional.empty(), "Legal"), editor);

    w.feedbacks()
        .submit(
            new Feedbacks.Submission(
                articleId,
                "The photo caption names the wrong harbour.\nPlease check.",
                "",
                "10.1.1.1"));
    w.feedbacks()
        .submit(new Feedbacks.Submission(articleId, "Thank you for the update.", "", "10.1.1.2"));
    // The editor shows its notes thread with notes in it (decision 0073).
    w.notes().add(draft.id(), editor, "Who confirmed the figures? <i>Two sources</i>, please.");
    adminClient.post("/newsroom/home", "action", "add", "article", Long.toString(articleId));
    adminClient.post("/newsroom/home", "action", "add", "article", "1");

    long id = published.id();
    int v = published.version();
    long subscriber =
        w.subscribers()
            .add(
                new org.dateline.subscriber.SubscriberForm(
                    "Agence 통신 Québec",
                    "desk@agence.example",
                    List.of(),
                    List.of("en"),
                    List.of(),
                    java.util.Optional.of("https://hooks.agence.example/wire"),
                    50))
            .subscriber()
            .id();
    // Partners' items on the incoming desk, one taken, and a routing rule that matched one.
    var partner =
        w.incoming()
            .add(
                new org.dateline.ingest.ProviderForm(
                    "agence-quebec", "ninjs", org.dateline.ingest.Provider.SourceKind.PUSH, "", ""))
            .provider();
    org.dateline.ingest.Rule rule =
        w.routing()
            .add(
                new org.dateline.ingest.RuleForm(
                    "Urgent Korean items",
                    "",
                    "all",
                    "ko",
                    "2",
                    "",
                    "지진",
                    "draft",
                    "en",
                    "",
                    "",
                    true),
                admin);
    w.incoming()
        .receive(
            partner,
            "sample.json",
            ("{\"uri\":\"urn:aq:1\",\"version\":\"2\",\"language\":\"ko\",\"urgency\":1,"
                    + "\"located\":\"SEOUL\",\"headlines\":[{\"value\":\"경주 지진 <속보>\"}],"
                    + "\"bodies\":[{\"contenttype\":\"text/html\",\"value\":\"<p>규모 5.1의 "
                    + "<b>지진</b>.</p>\"}],"
                    // A picture at an address that never resolves: the page shows it refused.
                    + "\"associations\":{\"p\":{\"type\":\"picture\","
                    + "\"description_text\":\"경주 <img src=x onerror=alert(1)>\","
                    + "\"renditions\":{\"o\":{\"href\":\"https://photos.invalid/지진.jpg\"}}}}}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    long incomingItem = w.incomingDesk().list(org.dateline.ingest.DeskFilter.all()).get(0).id();
    List<Page> pages =
        List.of(
            new Page("login", "/newsroom/login", 200, Via.SIGNED_OUT),
            new Page("login-error", "/newsroom/login", 401, Via.LOGIN_ERROR),
            new Page("dashboard", "/newsroom", 200, Via.GET),
            new Page("dashboard-tables", "/newsroom", 200, Via.OPEN_DETAILS),
            new Page("desk", "/newsroom/desk", 200, Via.GET),
            new Page("desk-published", "/newsroom/desk?stage=published", 200, Via.GET),
            new Page(
                "desk-filtered",
                "/newsroom/desk?stage=submitted&section=National&author="
                    + reporter.id()
                    + "&q=ferry",
                200,
                Via.GET),
            new Page("desk-empty", "/newsroom/desk?stage=embargoed", 200, Via.GET),
            new Page("story", "/newsroom/stories/" + id, 200, Via.GET),
            new Page("story-photo-dialog", "/newsroom/stories/" + id, 200, Via.PHOTO_DIALOG),
            new Page("story-draft", "/newsroom/stories/" + draft.id(), 200, Via.GET),
            new Page("story-killed", "/newsroom/stories/" + killed.id(), 200, Via.GET),
            new Page("story-error", "/newsroom/stories/" + draft.id(), 422, Via.PHOTO_WITHOUT_ALT),
            new Page("preview", "/newsroom/stories/" + id + "/preview", 200, Via.GET),
            new Page("story-kill", "/newsroom/stories/" + id + "/kill", 200, Via.GET),
            new Page("history", "/newsroom/stories/" + id + "/history", 200, Via.GET),
            new Page("version", "/newsroom/stories/" + id + "/versions/" + (v - 1), 200, Via.GET),
            new Page(
                "diff",
                "/newsroom/stories/" + id + "/diff?from=" + (v - 2) + "&to=" + (v - 1),
                200,
                Via.GET),
            new Page("stale", "/newsroom/stories/" + draft.id(), 409, Via.STALE_SAVE),
            new Page("message", "/newsroom/stories/999999", 404, Via.GET),
            new Page("feedback", "/newsroom/feedback", 200, Via.GET),
            new Page("curation", "/newsroom/home", 200, Via.GET),
            new Page("sections", "/newsroom/sections", 200, Via.GET),
            new Page("editions", "/newsroom/editions", 200, Via.GET),
            new Page("edition", "/newsroom/editions/en", 200, Via.GET),
            new Page("subscribers", "/newsroom/subscribers", 200, Via.GET),
            new Page("subscriber", "/newsroom/subscribers/" + subscriber, 200, Via.GET),
            new Page("users", "/newsroom/users", 200, Via.GET),
            new Page("incoming", "/newsroom/incoming", 200, Via.GET),
            new Page("incoming-item", "/newsroom/incoming/" + incomingItem, 200, Via.GET),
            new Page("rules", "/newsroom/rules", 200, Via.GET),
            new Page("rule", "/newsroom/rules/" + rule.id(), 200, Via.GET),
            new Page(
                "user-deactivate",
                "/newsroom/users/" + reporter.id() + "/deactivate",
                200,
                Via.GET),
            new Page("account", "/newsroom/account", 200, Via.GET));
    return new Content(
        admin, editor, reporter, published, submitted, scheduled, draft, killed, photo, pages);
  }

  /** A complete draft in National with every kind of body block, a photo among them. */
  public static Draft draft(String headline, String photoSrc, String lead) {
    String body =
        "<p>"
            + lead
            + " Ships queued <b>outside</b> the <i>breakwater</i>, the <a href=\"https://port.example/\">port authority</a> said.</p>"
            + "<h2>What changes</h2>"
            + "<figure data-src=\""
            + photoSrc
            + "\" data-credit=\"Dateline\"><img src=\""
            + photoSrc
            + "\" alt=\""
            + ALT
            + "\"><figcaption>The harbour on Friday.</figcaption></figure>"
            + "<blockquote><p>We are open for business.</p><footer>\u2014 Kim Min-ji, harbour master</footer></blockquote>"
            + "<ul><li>Container berths</li><li>The ferry terminal</li></ul>"
            + "<p>Repairs cost about 2 billion won.</p>";
    return new Draft(
        headline,
        "The port resumed work on Friday.",
        "National",
        List.of("Rita Reporter"),
        "BUSAN",
        "Feb. 5",
        "Dateline",
        BodyHtml.parse(body),
        List.of("ports", "weather"),
        4);
  }

  /**
   * The page's HTML over HTTP as {@code client} (the administrator) or signed out, checking its
   * status.
   */
  public static String html(TestApp app, NewsroomClient client, Content content, Page page) {
    HttpResponse<String> r =
        switch (page.via()) {
          case SIGNED_OUT -> app.get(page.path());
          case LOGIN_ERROR ->
              app.postForm(
                  "/newsroom/login",
                  NewsroomClient.form(
                      "email", ADMIN_EMAIL, "password", "not the password", "next", "/newsroom"));
          case GET, PHOTO_DIALOG, OPEN_DETAILS -> client.get(page.path());
          case STALE_SAVE ->
              client.post(page.path(), storyForm(app, client, page.path(), true, false));
          case PHOTO_WITHOUT_ALT ->
              client.post(page.path(), storyForm(app, client, page.path(), false, true));
        };
    assertThat(r.statusCode())
        .as(page.name() + " " + page.path() + ": " + r.body())
        .isEqualTo(page.status());
    return r.body();
  }

  /**
   * The editor form's fields as the page has them, its version one behind when {@code stale}, a
   * photo without alt when asked.
   */
  private static String[] storyForm(
      TestApp app, NewsroomClient client, String path, boolean stale, boolean photoWithoutAlt) {
    var form = Jsoup.parse(client.get(path).body()).getElementById("story-form");
    List<String> fields = new java.util.ArrayList<>();
    for (var input : form.select("input[name], textarea[name], select[name]")) {
      String name = input.attr("name");
      if (name.equals("csrf") || name.equals("at") || name.equals("note")) {
        continue;
      }
      String value =
          switch (input.normalName()) {
            case "textarea" -> input.wholeText();
            case "select" -> input.select("option[selected]").attr("value");
            default -> input.attr("value");
          };
      if (name.equals("version") && stale) {
        value = Integer.toString(Integer.parseInt(value) - 1);
      }
      if (name.equals("body") && photoWithoutAlt) {
        value +=
            "<figure><img src=\"/media/none.jpg\"><figcaption>A photo nobody described.</figcaption></figure>";
      }
      if (name.equals("headline") && stale) {
        value += " (my edit)";
      }
      fields.add(name);
      fields.add(value);
    }
    return fields.toArray(String[]::new);
  }

  /**
   * Signs in through the login form in the browser (signing out first), then shows the dashboard.
   */
  public static void signIn(Browser browser, TestApp app, String email) {
    signOut(browser, app);
    browser.open(app.url("/newsroom/login"));
    browser.find("#email").sendKeys(email);
    browser.find("#password").sendKeys(Newsroom.PASSWORD);
    browser.find("form button[type=submit]").click();
    browser
        .waiting(Duration.ofSeconds(10))
        .until(ExpectedConditions.not(ExpectedConditions.urlContains("/newsroom/login")));
  }

  public static void signOut(Browser browser, TestApp app) {
    browser.open(app.url("/newsroom/login"));
    browser.driver().manage().deleteAllCookies();
  }

  /**
   * Shows the page in the browser, signed in as the administrator unless the page is for the signed
   * out, and checks the status it came with; the error states are reached by sending the page's own
   * form as a person would.
   */
  public static void open(Browser browser, TestApp app, Page page) {
    boolean signedIn =
        !browser.driver().manage().getCookies().stream()
            .filter(c -> c.getName().equals("dateline_session"))
            .toList()
            .isEmpty();
    if (page.signedOut() && signedIn) {
      signOut(browser, app);
    } else if (!page.signedOut() && !signedIn) {
      signIn(browser, app, ADMIN_EMAIL);
    }
    browser.open(app.url(page.path()));
    switch (page.via()) {
      case GET, SIGNED_OUT -> {}
      case LOGIN_ERROR -> {
        browser.find("#email").sendKeys(ADMIN_EMAIL);
        browser.find("#password").sendKeys("not the password");
        browser.find("form button[type=submit]").click();
        waitFor(browser, "#login-error");
      }
      case STALE_SAVE -> {
        // The version the page was opened on is one behind, as after someone else's save.
        waitFor(browser, ".editor-surface");
        browser.script(
            "const v = document.querySelector('#story-form [name=version]'); v.value = String(Number(v.value) - 1);");
        browser.find(".save-row button[type=submit]").click();
        browser
            .waiting(Duration.ofSeconds(10))
            .until(
                ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("h1"), "not saved"));
      }
      case PHOTO_WITHOUT_ALT -> {
        // form.submit() skips the editor's own alt-text check, as a browser without the script
        // would.
        waitFor(browser, ".editor-surface");
        browser.script(
            "const f = document.getElementById('story-form');"
                + "f.querySelector('[name=body]').value += '<figure><img src=\"/media/none.jpg\"><figcaption>A photo nobody described.</figcaption></figure>';"
                + "HTMLFormElement.prototype.submit.call(f);");
        waitFor(browser, "#form-error");
        waitFor(browser, ".editor-surface");
      }
      case OPEN_DETAILS ->
          browser.script("document.querySelectorAll('details').forEach(d => d.open = true);");
      case PHOTO_DIALOG -> {
        waitFor(browser, ".editor-surface figure");
        browser.find(".editor-surface figure").click();
        waitFor(browser, "dialog.photo-dialog[open]");
      }
    }
    assertThat(browser.status())
        .as(page.name() + " " + page.path() + " came to the browser with")
        .isEqualTo(page.status());
  }

  private static void waitFor(Browser browser, String css) {
    browser
        .waiting(Duration.ofSeconds(10))
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  /**
   * Uploads a photo as the editor does (multipart, the CSRF token in its header) and returns the
   * JSON answer.
   */
  public static JsonNode upload(TestApp app, NewsroomClient client, byte[] jpeg) {
    String boundary = "----dateline" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"photo.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(jpeg);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> r =
        app.send(
            HttpRequest.newBuilder(URI.create(app.url("/newsroom/photos")))
                .header("Cookie", client.cookie())
                .header("X-CSRF-Token", client.csrf())
                .header("Origin", app.url(""))
                .header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    assertThat(r.statusCode()).as("photo upload: " + r.body()).isEqualTo(200);
    try {
      return new ObjectMapper().readTree(r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A JPEG of a harbour under a sun. */
  public static byte[] photo(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(30, 80, 140));
    g.fillRect(0, 0, width, height);
    g.setColor(new Color(240, 200, 60));
    g.fillOval(width * 2 / 5, height / 3, width / 5, width / 5);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "jpg", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
