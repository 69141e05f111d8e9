package org.dateline.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.testing.NewsroomPayloads.clip;
import static org.dateline.testing.NewsroomPayloads.editorBody;
import static org.dateline.testing.NewsroomPayloads.pastedBody;
import static org.dateline.testing.NewsroomPayloads.photoWithoutAlt;
import static org.dateline.testing.NewsroomPayloads.shown;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.dateline.Wiring;
import org.dateline.newsroom.auth.Role;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.workflow.Action;
import org.dateline.newsroom.workflow.Story;
import org.dateline.newsroom.workflow.Workflow.Request;
import org.dateline.section.Sections;
import org.dateline.testing.Browser;
import org.dateline.testing.HostileInput;
import org.dateline.testing.InjectionScan;
import org.dateline.testing.Newsroom;
import org.dateline.testing.NewsroomClient;
import org.dateline.testing.NewsroomPayloads;
import org.dateline.testing.NewsroomScan;
import org.dateline.testing.NewsroomTemplates;
import org.dateline.testing.TestApp;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The hostile corpus in the newsroom in a real browser, where an escaping mistake or the editor
 * script would run it: every payload-laden draft loaded into the rich-text editor, the same editor
 * given the payload as raw markup again after a refused save, the desk and dashboard listing them
 * all, and each public article. No dialog, no {@code window.__xss}, no injected element or handler,
 * no blocked-script report.
 */
@ResourceLock(Browser.LOCK)
class NewsroomHostileInputBrowserIT {
  private static final List<String> XSS = HostileInput.xssPayloads();
  private static final List<Story> STORIES = new ArrayList<>();
  private static TestApp app;
  private static Browser browser;
  private static String photo;

  @BeforeAll
  static void start(@TempDir Path data) {
    app = TestApp.start(data, true);
    Wiring w = app.wiring();
    User admin = Newsroom.user(w, Role.ADMIN, "Ada Admin");
    NewsroomClient client = NewsroomClient.signIn(app, admin.email(), Newsroom.PASSWORD);
    photo =
        NewsroomTemplates.upload(app, client, NewsroomTemplates.photo(640, 360))
            .path("src")
            .asText();
    List<String> wanted = new ArrayList<>();
    for (String p : XSS) {
      wanted.add(clip(shown(p), Sections.MAX_NAME));
      client.post("/newsroom/sections", "name", wanted.get(wanted.size() - 1));
    }
    // One list of the sections for all: a refused name may exist as another payload (but for case).
    List<String> sections =
        Jsoup.parse(client.get("/newsroom/sections").body())
            .select("table.sections tbody tr td:first-child")
            .eachText();
    for (int i = 0; i < XSS.size(); i++) {
      String p = XSS.get(i);
      String name = wanted.get(i);
      String section =
          sections.stream().filter(n -> n.equalsIgnoreCase(name)).findFirst().orElseThrow();
      User writer =
          w.users().add("browser" + i + "@newsroom.test", p, Role.REPORTER, Newsroom.PASSWORD);
      Story s = w.stories().create(writer);
      s =
          w.stories()
              .save(s.id(), s.version(), NewsroomPayloads.draft(p, section, photo), writer, p);
      w.workflow().apply(s.id(), Request.of(Action.SUBMIT), writer);
      STORIES.add(w.workflow().apply(s.id(), Request.of(Action.PUBLISH), admin));
      w.stories().opened(s.id(), writer); // the desk says the writer is editing it
    }
    browser = Browser.shared();
    NewsroomTemplates.signIn(browser, app, admin.email());
    assertThat(NewsroomScan.inBrowser(browser, "clean dashboard")).isEmpty();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (app != null) {
      app.close();
    }
  }

  /**
   * Two checks on one visit per payload (decision 0097): the draft as loaded into the editor, then
   * the same editor given the payload as raw markup again by a refused save. Each keeps its own
   * findings and assertion.
   */
  @Test
  void every_payload_laden_draft_loads_into_the_editor_as_text_and_a_refused_save_is_cleaned() {
    List<String> loaded = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    for (int i = 0; i < XSS.size(); i++) {
      String p = XSS.get(i);
      browser.open(app.url("/newsroom/stories/" + STORIES.get(i).id()));
      waitFor(".editor-surface");
      loaded.addAll(NewsroomScan.inBrowser(browser, "editor #" + i));
      Object first =
          browser.script("return document.querySelector('.editor-surface p').textContent;");
      assertThat(first).as("the payload as typed, #" + i).isEqualTo(shown(p));

      // Sent as a browser without the editor script would (no alt-text check): the 422 page keeps
      // the markup as typed, and the editor script loads it.
      browser.script(
          "const f = document.getElementById('story-form');"
              + "f.querySelector('[name=body]').value = arguments[0];"
              + "HTMLFormElement.prototype.submit.call(f);",
          photoWithoutAlt(p, photo) + pastedBody(p) + editorBody(p, photo));
      waitFor("#form-error");
      waitFor(".editor-surface figure.needs-alt");
      refused.addAll(NewsroomScan.inBrowser(browser, "refused save #" + i));
    }
    assertThat(loaded).as("the drafts as loaded into the editor").isEmpty();
    assertThat(refused).as("the refused saves' raw markup in the editor").isEmpty();
  }

  @Test
  void the_desk_and_the_dashboard_show_every_payload_as_text() {
    List<String> problems = new ArrayList<>();
    for (String page :
        List.of(
            "/newsroom/desk?stage=published",
            "/newsroom",
            "/newsroom/users",
            "/newsroom/sections",
            "/newsroom/home")) {
      browser.open(app.url(page));
      problems.addAll(NewsroomScan.inBrowser(browser, page));
    }
    browser.open(app.url("/newsroom/desk?stage=published"));
    // The desk shows 50 stories a page (DeskPages.LIMIT); the payloads' stories fill the first.
    assertThat(browser.findAll("table.desk tbody tr"))
        .hasSizeGreaterThanOrEqualTo(Math.min(XSS.size(), 50));
    assertThat(problems).isEmpty();
  }

  @Test
  void every_public_article_written_with_payloads_shows_them_as_text() {
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < XSS.size(); i++) {
      browser.open(app.url("/article/" + STORIES.get(i).articleId().orElseThrow()));
      problems.addAll(InjectionScan.inBrowser(browser, "public article #" + i));
      assertThat(browser.find("article h1").getText()).as("#" + i).isEqualTo(shown(XSS.get(i)));
    }
    assertThat(problems).isEmpty();
  }

  /** Waits for the element, looking every 25 ms (WebDriverWait's default is every 500 ms). */
  private static void waitFor(String css) {
    browser
        .waiting(Duration.ofSeconds(10))
        .pollingEvery(Duration.ofMillis(25))
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }
}
