package org.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.dateline.newsroom.auth.Role;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.workflow.Action;
import org.dateline.newsroom.workflow.Stage;
import org.dateline.newsroom.workflow.Story;
import org.dateline.newsroom.workflow.StoryNote;
import org.dateline.newsroom.workflow.Workflow;
import org.dateline.testing.Browser;
import org.dateline.testing.Newsroom;
import org.dateline.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 10 point 9 in a real browser: the notes thread between a reporter and an editor, and the
 * return-with-a-note journey from the editor's button to the reporter's dashboard and editor.
 */
@ResourceLock(Browser.LOCK)
class NotesBrowserIT {
  @TempDir static Path data;
  static TestApp app;
  static Browser browser;
  static User rita;
  static User eddie;

  @BeforeAll
  static void start() {
    app = TestApp.start(data, false);
    rita = Newsroom.user(app.wiring(), Role.REPORTER, "Rita Reporter");
    eddie = Newsroom.user(app.wiring(), Role.EDITOR, "Eddie Editor");
    browser = Browser.shared();
  }

  @AfterAll
  static void stop() {
    browser.close();
    app.close();
  }

  private static void openAs(User who, String path) {
    DeskBrowserIT.signInTo(app, browser, who.email());
    browser.open(app.url(path));
  }

  private static String waitForText(String css, String text) {
    browser
        .waiting(Duration.ofSeconds(10))
        .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    return browser.find(css).getText();
  }

  @Test
  void a_reporter_and_an_editor_write_to_each_other_in_the_storys_notes() {
    Story s = Newsroom.written(app.wiring(), rita, "Ferry timetable changes");
    openAs(eddie, "/newsroom/stories/" + s.id());

    browser.find("#note-text").sendKeys("Is the new timetable from the port authority?");
    browser.find("#notes button[type=submit]").click();

    assertThat(waitForText("p.flash", "Note added.")).isEqualTo("Note added.");
    assertThat(browser.url()).endsWith("/newsroom/stories/" + s.id() + "#notes");
    openAs(rita, "/newsroom/stories/" + s.id());
    browser.find("#note-text").sendKeys("Yes, published this morning.");
    browser.find("#notes button[type=submit]").click();
    waitForText("p.flash", "Note added.");
    List<WebElement> thread = browser.findAll("#notes li.note");
    assertThat(thread).hasSize(2);
    assertThat(thread.get(0).getText())
        .startsWith("Eddie Editor (editor)")
        .endsWith("Is the new timetable from the port authority?");
    assertThat(thread.get(1).getText())
        .startsWith("Rita Reporter (reporter)")
        .endsWith("Yes, published this morning.");
  }

  @Test
  void an_editor_returns_a_story_with_a_note_and_the_reporter_finds_it_on_the_dashboard() {
    var w = app.wiring();
    Story s = Newsroom.written(w, rita, "Harbour crane collapses");
    w.workflow().apply(s.id(), Workflow.Request.of(Action.SUBMIT), rita);
    openAs(eddie, "/newsroom/stories/" + s.id());

    browser.find("#note").sendKeys("Two sources for the injury count, please.");
    browser.find("button[name=action][value=return]").click();
    waitForText(".notice", "Returned");

    assertThat(w.stories().find(s.id()).orElseThrow().stage()).isEqualTo(Stage.DRAFT);
    openAs(rita, "/newsroom");
    String returned = waitForText("section.returned li", "Harbour crane collapses");
    assertThat(returned)
        .startsWith(
            "Returned: Harbour crane collapses — Two sources for the injury count, please.");
    browser.find("section.returned li a").click();
    String banner = waitForText(".returned-note", "Two sources");
    assertThat(banner)
        .startsWith("Returned by Eddie Editor (editor)")
        .contains("Two sources for the injury count, please.");
    // The banner is the first thing of the page under its title and links.
    assertThat(
            browser.script(
                "return document.querySelector('.returned-note').getBoundingClientRect().top"
                    + " < document.querySelector('#story-form').getBoundingClientRect().top"))
        .isEqualTo(true);
    assertThat(w.notes().thread(s.id(), eddie))
        .extracting(StoryNote::kind, StoryNote::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                StoryNote.Kind.RETURN, "Two sources for the injury count, please."));
  }
}
