package org.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.dateline.newsroom.auth.Role;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.editor.BodyHtml;
import org.dateline.newsroom.editor.Draft;
import org.dateline.newsroom.workflow.Story;
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
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The body editor in a real browser (issue 10 point 6): leaving a quote or list by keyboard and by
 * the toolbar, inline dialogs instead of {@code window.prompt}, Ctrl+S, Markdown line starts. What
 * is saved goes through the server's BodyHtml, and is checked there.
 */
@ResourceLock(Browser.LOCK)
class BodyEditorBrowserIT {
  @TempDir static Path data;
  static TestApp app;
  static Browser browser;
  static User rita;

  @BeforeAll
  static void start() {
    app = TestApp.start(data, false);
    rita = Newsroom.user(app.wiring(), Role.REPORTER, "Rita Reporter");
    browser = Browser.shared();
    browser.open(app.url("/newsroom/login"));
    browser.find("#email").sendKeys(rita.email());
    browser.find("#password").sendKeys(Newsroom.PASSWORD);
    browser.find("form button[type=submit]").click();
    browser
        .waiting(Duration.ofSeconds(10))
        .until(ExpectedConditions.not(ExpectedConditions.urlContains("/newsroom/login")));
  }

  @AfterAll
  static void stop() {
    browser.close();
    app.close();
  }

  /** A story whose body is this editor HTML, open in the editor, window.prompt counted. */
  private static Story open(String bodyHtml) {
    Story s = Newsroom.written(app.wiring(), rita, "Storm damage in the harbour");
    Draft d = s.draft();
    Draft withBody =
        new Draft(
            d.headline(),
            d.summary(),
            d.section(),
            d.bylines(),
            d.datelinePlace(),
            d.datelineDate(),
            d.datelineSource(),
            BodyHtml.parse(bodyHtml),
            d.tags(),
            d.urgency());
    Story story = app.wiring().stories().save(s.id(), s.version(), withBody, rita, "");
    browser.open(app.url("/newsroom/stories/" + story.id()));
    browser
        .waiting(Duration.ofSeconds(10))
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".editor-surface")));
    browser.script(
        "window.__prompts = 0; window.prompt = function () { window.__prompts++; return null; };");
    return story;
  }

  /** Puts the caret at the end of the first element of the surface matching the selector. */
  private static void caretAtEndOf(String css) {
    browser.script(
        "const el = document.querySelector('.editor-surface ' + arguments[0]);"
            + "const s = document.querySelector('.editor-surface'); s.focus();"
            + "const r = document.createRange(); r.selectNodeContents(el); r.collapse(false);"
            + "const sel = getSelection(); sel.removeAllRanges(); sel.addRange(r);"
            + "document.dispatchEvent(new Event('selectionchange'));",
        css);
  }

  /** Ctrl and a key held together (Selenium's chord in sendKeys releases Ctrl too early). */
  private static void ctrl(String key) {
    new Actions(browser.driver()).keyDown(Keys.CONTROL).sendKeys(key).keyUp(Keys.CONTROL).perform();
  }

  private static void saveWithCtrlS(Story story) {
    ctrl("s");
    browser
        .waiting(Duration.ofSeconds(10))
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice")));
    assertThat(browser.find(".notice").getText()).isEqualTo("Saved.");
  }

  private static String stored(Story story) {
    return BodyHtml.render(app.wiring().stories().find(story.id()).orElseThrow().draft().body())
        .strip();
  }

  private static WebElement dialog() {
    return browser
        .waiting(Duration.ofSeconds(10))
        .until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("dialog.ask-dialog[open]")));
  }

  @Test
  void enter_on_the_empty_last_line_of_an_attributed_quote_leaves_it_and_ctrl_s_saves() {
    // Given a quote with an attribution.
    Story story =
        open(
            "<blockquote><p>We will rebuild the pier.</p><footer>— Mayor Kim</footer></blockquote>");
    // When the writer ends the quote's last line with Enter twice and types on, then lists it.
    caretAtEndOf("blockquote p");
    browser.keys(Keys.ENTER, Keys.ENTER, "Repairs start on Monday.");
    browser.find(".editor-ul").click();
    assertThat(browser.script("return window.__prompts")).as("window.prompt calls").isEqualTo(0L);
    saveWithCtrlS(story);
    // Then the quote and its attribution are as they were, and only the new line is a list item.
    assertThat(stored(story))
        .isEqualTo(
            "<blockquote><p>We will rebuild the pier.</p><footer>— Mayor Kim</footer></blockquote>"
                + "\n<ul><li>Repairs start on Monday.</li></ul>");
  }

  @Test
  void the_paragraph_button_takes_one_line_out_of_a_quote_leaving_the_rest_quoted() {
    // Given a quote of three lines.
    Story story =
        open(
            "<blockquote><p>One.</p></blockquote><blockquote><p>Two.</p></blockquote>"
                + "<blockquote><p>Three.</p><footer>— Kim</footer></blockquote>");
    browser.script(
        "const s = document.querySelector('.editor-surface');"
            + "s.innerHTML = '<blockquote><p>One.</p><p>Two.</p><p>Three.</p>"
            + "<footer>— Kim</footer></blockquote>'; s.dispatchEvent(new Event('input'));");
    // When the caret is on the middle line and the writer presses the Paragraph button.
    caretAtEndOf("blockquote p:nth-of-type(2)");
    browser.find(".editor-p").click();
    // Then only that line has left the quote; the attribution stays with the last quoted words.
    assertThat(browser.script("return document.querySelector('.editor-surface').innerHTML"))
        .isEqualTo(
            "<blockquote><p>One.</p></blockquote><p>Two.</p>"
                + "<blockquote><p>Three.</p><footer>— Kim</footer></blockquote>");
    assertThat(browser.script("return window.__prompts")).as("window.prompt calls").isEqualTo(0L);
    saveWithCtrlS(story);
    assertThat(stored(story))
        .isEqualTo(
            "<blockquote><p>One.</p></blockquote>\n<p>Two.</p>\n"
                + "<blockquote><p>Three.</p><footer>— Kim</footer></blockquote>");
  }

  @Test
  void markdown_line_starts_become_a_heading_a_list_and_a_quote() {
    Story story = open("<p>Intro.</p>");
    caretAtEndOf("p");
    browser.keys(Keys.ENTER, "## Damage", Keys.ENTER, "- Pier", Keys.ENTER, "Roads");
    browser.keys(Keys.ENTER, Keys.ENTER, "1. First", Keys.ENTER, Keys.ENTER);
    browser.keys("> The sea came in fast.");
    assertThat(browser.script("return window.__prompts")).as("window.prompt calls").isEqualTo(0L);
    saveWithCtrlS(story);
    assertThat(stored(story))
        .isEqualTo(
            "<p>Intro.</p>\n<h2>Damage</h2>\n<ul><li>Pier</li><li>Roads</li></ul>\n"
                + "<ol><li>First</li></ol>\n<blockquote><p>The sea came in fast.</p></blockquote>");
  }

  @Test
  void links_and_attributions_are_asked_in_labelled_dialogs_that_escape_closes() {
    Story story = open("<p>Read the report.</p>");
    // Select "report" and press Ctrl+K: a labelled dialog, focus in its field.
    browser.script(
        "const t = document.querySelector('.editor-surface p').firstChild;"
            + "document.querySelector('.editor-surface').focus();"
            + "const r = document.createRange(); r.setStart(t, 9); r.setEnd(t, 15);"
            + "getSelection().removeAllRanges(); getSelection().addRange(r);");
    ctrl("k");
    WebElement dialog = dialog();
    String title = dialog.getAttribute("aria-labelledby");
    assertThat(browser.find("#" + title).getText()).isEqualTo("Add a link");
    assertThat(browser.script("return document.activeElement.name")).isEqualTo("href");
    // Escape closes it, changing nothing, and focus goes back to the text.
    browser.keys(Keys.ESCAPE);
    browser
        .waiting(Duration.ofSeconds(5))
        .until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("dialog.ask-dialog"), 0));
    assertThat(browser.script("return document.activeElement.className"))
        .isEqualTo("editor-surface");
    assertThat(browser.findAll(".editor-surface a")).isEmpty();
    // Again, now with an address.
    ctrl("k");
    dialog();
    browser.keys("https://example.org/report", Keys.ENTER);
    browser
        .waiting(Duration.ofSeconds(5))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".editor-surface a")));
    assertThat(browser.find(".editor-surface a").getAttribute("href"))
        .isEqualTo("https://example.org/report");
    // The quote button asks who is quoted in a dialog too.
    caretAtEndOf("p");
    browser.find(".editor-blockquote").click();
    dialog();
    browser.keys("Dr. Seo Ji-hye", Keys.ENTER);
    browser
        .waiting(Duration.ofSeconds(5))
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".editor-surface blockquote footer")));
    assertThat(browser.script("return window.__prompts")).as("window.prompt calls").isEqualTo(0L);
    saveWithCtrlS(story);
    assertThat(stored(story))
        .isEqualTo(
            "<blockquote><p>Read the report.</p><footer>— Dr. Seo Ji-hye</footer></blockquote>");
  }
}
