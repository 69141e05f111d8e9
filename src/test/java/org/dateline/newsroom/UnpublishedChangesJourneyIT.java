package org.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.dateline.article.ArticleId;
import org.dateline.newsroom.auth.Role;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.workflow.Action;
import org.dateline.newsroom.workflow.Story;
import org.dateline.newsroom.workflow.Workflow.Request;
import org.dateline.testing.Browser;
import org.dateline.testing.Newsroom;
import org.dateline.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An editor changes a story readers already have, in a real browser: the desk and the editor say
 * the changes are not published (listing the story by what readers see) until they are; an action
 * that is refused keeps nothing of the edit it came with.
 */
@ResourceLock(Browser.LOCK)
class UnpublishedChangesJourneyIT {
  @TempDir static Path data;
  static TestApp app;
  static Browser browser;
  static User editor;

  @BeforeAll
  static void start() {
    app = TestApp.start(data, true);
    editor = Newsroom.user(app.wiring(), Role.EDITOR, "Eddie Editor");
    browser = Browser.shared();
  }

  @AfterAll
  static void stop() {
    browser.close();
    app.close();
  }

  private static void signIn() {
    browser.open(app.url("/newsroom/login"));
    browser.driver().manage().deleteAllCookies();
    browser.open(app.url("/newsroom/login"));
    browser.find("#email").sendKeys("eddie.editor@newsroom.test");
    browser.find("#password").sendKeys(Newsroom.PASSWORD);
    browser.find("form button[type=submit]").click();
    browser
        .waiting(Duration.ofSeconds(10))
        .until(ExpectedConditions.not(ExpectedConditions.urlContains("/newsroom/login")));
  }

  private static Story published(String headline) {
    Story s = Newsroom.written(app.wiring(), editor, headline);
    return app.wiring().workflow().apply(s.id(), Request.of(Action.PUBLISH), editor);
  }

  private static void clickAction(String label) {
    browser.findAll("button[name=action]").stream()
        .filter(b -> b.getText().equals(label))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no \"" + label + "\" button on " + browser.url()))
        .click();
  }

  private static WebElement deskRow(String linkText) {
    return browser
        .driver()
        .findElement(By.linkText(linkText))
        .findElement(By.xpath("./ancestor::tr"));
  }

  private static String publicHeadline(Story s) {
    return app.wiring()
        .articles()
        .find(new ArticleId(s.articleId().orElseThrow()))
        .orElseThrow()
        .headline();
  }

  @Test
  void an_edited_published_story_is_marked_and_listed_by_its_live_headline_until_published() {
    Story story = published("Ferry timetable changes from Monday");
    signIn();
    browser.open(app.url("/newsroom/stories/" + story.id()));
    assertThat(browser.findAll(".unpublished-marker")).as("nothing changed yet").isEmpty();

    WebElement headline = browser.find("#headline");
    headline.sendKeys(Keys.END, " and Tuesday");
    browser.find(".save-row button[type=submit]").click();
    browser
        .waiting(Duration.ofSeconds(10))
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice")));

    // The editor: marked, with the word diff against what readers have.
    assertThat(browser.find(".unpublished-marker").getText()).isEqualTo("Changes not published");
    WebElement diff = browser.find("details.live-diff");
    assertThat(diff.getText()).contains("Ferry timetable changes from Monday");
    diff.findElement(By.tagName("summary")).click();
    assertThat(diff.findElements(By.cssSelector("ins")).stream().map(WebElement::getText))
        .as("the added words")
        .containsAnyOf("and", "and Tuesday");

    // The desk: listed under Published by the live headline, marked.
    browser.open(app.url("/newsroom/desk?stage=published"));
    WebElement row = deskRow("Ferry timetable changes from Monday");
    assertThat(row.getText()).contains("changes not published");
    assertThat(browser.findAll("a").stream().map(WebElement::getText))
        .doesNotContain("Ferry timetable changes from Monday and Tuesday");
    assertThat(publicHeadline(story)).isEqualTo("Ferry timetable changes from Monday");

    // Publishing the update clears the mark everywhere.
    row.findElement(By.linkText("Ferry timetable changes from Monday")).click();
    clickAction("Publish update");
    browser
        .waiting(Duration.ofSeconds(10))
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".notice"), "Update published"));
    assertThat(browser.findAll(".unpublished-marker")).isEmpty();
    assertThat(publicHeadline(story)).isEqualTo("Ferry timetable changes from Monday and Tuesday");
    browser.open(app.url("/newsroom/desk?stage=published"));
    assertThat(deskRow("Ferry timetable changes from Monday and Tuesday").getText())
        .doesNotContain("changes not published");
  }

  @Test
  void a_correction_without_a_note_is_refused_beside_the_note_and_saves_nothing_of_the_edit() {
    Story story = published("Council approves new library");
    signIn();
    browser.open(app.url("/newsroom/stories/" + story.id()));
    // No autosave in this test: on a loaded machine its 10-second timer can fire between typing
    // and the click, and save the typed headline as a draft, which is right for the editor but not
    // what this test is about (whether the refused correction saved anything).
    browser.script("document.getElementById('story-form').removeAttribute('data-autosave');");
    WebElement headline = browser.find("#headline");
    headline.clear();
    headline.sendKeys("Council approves new library in Gangnam 강남");
    clickAction("Publish correction");

    browser
        .waiting(Duration.ofSeconds(10))
        .until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#note-error, p.error[role=alert]")));
    Story after = app.wiring().stories().find(story.id()).orElseThrow();
    assertThat(after.version()).as("the edit was not saved").isEqualTo(story.version());
    assertThat(after.draft().headline()).isEqualTo("Council approves new library");
    assertThat(publicHeadline(story)).isEqualTo("Council approves new library");
    WebElement error = browser.find("#note-error");
    assertThat(error.getText()).contains("correction needs a note");
    assertThat(browser.find("#note").getAttribute("aria-describedby")).isEqualTo("note-error");
    assertThat(browser.find("#headline").getAttribute("value"))
        .as("what was typed is kept")
        .isEqualTo("Council approves new library in Gangnam 강남");
  }
}
