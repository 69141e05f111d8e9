package org.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.dateline.newsroom.auth.Role;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.workflow.Action;
import org.dateline.newsroom.workflow.Story;
import org.dateline.newsroom.workflow.Workflow;
import org.dateline.testing.Browser;
import org.dateline.testing.Newsroom;
import org.dateline.testing.NewsroomClient;
import org.dateline.testing.TestApp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The story form's workflow fields (issue 10 points 7 and 8): required fields refused in the page
 * and, without the page's script, by the server beside the field with everything typed kept; times
 * typed and shown in the edition's zone (Asia/Seoul) in 24-hour form, while the browser runs in New
 * York with a US locale; read-only bodies shown as they will look.
 */
@ResourceLock(Browser.LOCK)
class StoryFormBrowserIT {
  private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
  @TempDir static Path data;
  static TestApp app;
  static Browser browser;
  static User eddie;
  static User rita;
  static NewsroomClient editor;

  @BeforeAll
  static void start() {
    app = TestApp.start(data, false);
    eddie = Newsroom.user(app.wiring(), Role.EDITOR, "Eddie Editor");
    rita = Newsroom.user(app.wiring(), Role.REPORTER, "Rita Reporter");
    editor = NewsroomClient.signIn(app, eddie.email(), Newsroom.PASSWORD);
    browser = Browser.shared();
    browser
        .driver()
        .executeCdpCommand(
            "Emulation.setTimezoneOverride", Map.of("timezoneId", "America/New_York"));
    browser.driver().executeCdpCommand("Emulation.setLocaleOverride", Map.of("locale", "en-US"));
    browser.open(app.url("/newsroom/login"));
    browser.find("#email").sendKeys(eddie.email());
    browser.find("#password").sendKeys(Newsroom.PASSWORD);
    browser.find("form button[type=submit]").click();
    browser
        .waiting(Duration.ofSeconds(10))
        .until(ExpectedConditions.not(ExpectedConditions.urlContains("/newsroom/login")));
  }

  @AfterAll
  static void stop() {
    browser.driver().executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", ""));
    browser.driver().executeCdpCommand("Emulation.setLocaleOverride", Map.of());
    browser.close();
    app.close();
  }

  private static void openInBrowser(Story story) {
    browser.open(app.url("/newsroom/stories/" + story.id()));
    browser
        .waiting(Duration.ofSeconds(10))
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".editor-surface")));
  }

  private static void click(String label) {
    WebElement button =
        browser.findAll("button[name=action]").stream()
            .filter(b -> b.getText().equals(label))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no \"" + label + "\" button"));
    button.click();
  }

  @Test
  void schedule_without_a_time_is_refused_in_the_page_beside_the_required_field() {
    Story story = Newsroom.written(app.wiring(), rita, "Ferry timetable changes");
    openInBrowser(story);
    assertThat(browser.find("label[for=at]").getText()).contains("required");
    String before = browser.url();

    click("Schedule");

    WebElement error = browser.find("#at-error");
    assertThat(error.getText()).startsWith("Give the publication time, e.g. ");
    assertThat(browser.find("#at").getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(browser.script("return document.getElementById('at').required")).isEqualTo(true);
    assertThat(browser.script("return document.activeElement.id")).isEqualTo("at");
    assertThat(browser.url()).isEqualTo(before);
    assertThat(app.wiring().stories().find(story.id()).orElseThrow().scheduledAt()).isEmpty();
  }

  @Test
  void refusals_from_the_server_keep_the_editor_the_typed_text_and_say_why_beside_the_field() {
    Story story = Newsroom.written(app.wiring(), rita, "Bridge closes for repairs");
    String[] typed = {
      "version",
      Integer.toString(story.version()),
      "headline",
      "Bridge closes for a month",
      "summary",
      "A summary.",
      "section",
      "National",
      "urgency",
      "5",
      "bylines",
      "Test Reporter",
      "dateline_place",
      "SEOUL",
      "dateline_date",
      "Feb. 5",
      "dateline_source",
      "Dateline",
      "body",
      "<p>The bridge closes.</p>",
      "tags",
      "",
      "at",
      "",
      "note",
      "a note kept",
      "action",
      "schedule"
    };

    HttpResponse<String> r = editor.post("/newsroom/stories/" + story.id() + "/action", typed);

    assertThat(r.statusCode()).isEqualTo(422);
    Document page = Jsoup.parse(r.body());
    assertThat(page.getElementById("at-error").text()).startsWith("Give the publication time");
    assertThat(page.getElementById("at").attr("aria-invalid")).isEqualTo("true");
    assertThat(page.getElementById("headline").attr("value"))
        .isEqualTo("Bridge closes for a month");
    assertThat(page.getElementById("note").attr("value")).isEqualTo("a note kept");
    assertThat(page.getElementById("story-form")).isNotNull();
    assertThat(app.wiring().stories().find(story.id()).orElseThrow().version())
        .as("nothing saved")
        .isEqualTo(story.version());

    // An unreadable time: the words kept, the message beside the field.
    typed[typed.length - 5] = "next tuesday 3pm";
    Document unreadable =
        Jsoup.parse(editor.post("/newsroom/stories/" + story.id() + "/action", typed).body());
    assertThat(unreadable.getElementById("at").attr("value")).isEqualTo("next tuesday 3pm");
    assertThat(unreadable.getElementById("at-error").text())
        .startsWith("\"next tuesday 3pm\" is not a date and time");
  }

  @Test
  void a_correction_without_a_note_is_refused_beside_the_note() {
    Story story = Newsroom.written(app.wiring(), rita, "Tunnel reopens");
    app.wiring()
        .workflow()
        .apply(story.id(), new Workflow.Request(Action.PUBLISH, Optional.empty(), ""), eddie);
    openInBrowser(story);

    click("Publish correction");

    assertThat(browser.find("#note-error").getText())
        .isEqualTo("A correction needs a note that tells readers what was corrected.");
    assertThat(browser.script("return document.activeElement.id")).isEqualTo("note");
  }

  @Test
  void a_time_typed_in_24_hours_is_read_and_shown_in_the_editions_zone_not_the_browsers() {
    Story story = Newsroom.written(app.wiring(), rita, "Harbour festival announced");
    openInBrowser(story);
    assertThat(browser.find("#at").getAttribute("type")).isEqualTo("text");
    assertThat(browser.find("#at-hint").getText()).contains("Asia/Seoul");

    browser.find("#at").sendKeys("2031-03-04 18:30");
    click("Schedule");
    browser
        .waiting(Duration.ofSeconds(10))
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice")));

    Story scheduled = app.wiring().stories().find(story.id()).orElseThrow();
    assertThat(scheduled.scheduledAt())
        .contains(LocalDateTime.parse("2031-03-04T18:30").atZone(SEOUL).toInstant());
    String audit = browser.find("section.audit").getText();
    assertThat(browser.find("section.audit th").getAttribute("textContent"))
        .isEqualTo("When (Asia/Seoul)");
    assertThat(audit)
        .contains("for 2031-03-04 18:30")
        .doesNotContainPattern("\\d{2}:\\d{2}(:\\d{2})?Z");
  }

  @Test
  void a_submitted_story_shows_its_reporter_the_body_as_it_will_look() {
    Story story = Newsroom.written(app.wiring(), rita, "Night market returns");
    app.wiring()
        .workflow()
        .apply(story.id(), new Workflow.Request(Action.SUBMIT, Optional.empty(), ""), rita);
    NewsroomClient reporter = NewsroomClient.signIn(app, rita.email(), Newsroom.PASSWORD);

    Document page = Jsoup.parse(reporter.get("/newsroom/stories/" + story.id()).body());

    assertThat(page.select("textarea#body")).isEmpty();
    assertThat(page.select(".body-view p:not(.body-view-title)").eachText())
        .containsExactly("The first paragraph.", "The second paragraph.");
  }
}
