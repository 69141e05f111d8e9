package org.dateline.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.dateline.testing.Browser;
import org.dateline.testing.PublicTemplates;
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

/** What a reader does, in headless Chromium against the real app: one browser, one app. */
@ResourceLock(Browser.LOCK)
class ReaderJourneyIT {
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static TestApp app;
  private static Browser browser;
  private static List<PublicTemplates.Page> templates;

  @BeforeAll
  static void start(@TempDir Path data) {
    app = TestApp.start(data, true);
    templates = PublicTemplates.prepare(app);
    browser = Browser.shared();
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

  @Test
  void a_reader_opens_the_home_page_follows_a_section_and_opens_a_story() {
    browser.width(1280).open(app.url("/"));
    assertThat(browser.find("h1").getText()).contains("top stories");

    browser.find("nav#navigation a[href='/section/politics']").click();
    assertThat(browser.url()).isEqualTo(app.url("/section/politics"));
    assertThat(browser.find("h1").getText()).isEqualTo("Politics");
    assertThat(browser.find("nav#navigation a[aria-current=page]").getText()).isEqualTo("Politics");

    WebElement story = browser.find(".story-list .story-title a");
    String headline = story.getText();
    story.click();
    assertThat(browser.url()).matches(app.url("/article/\\d+/[a-z0-9-]+"));
    assertThat(browser.find("article.article h1").getText()).isEqualTo(headline);
    assertThat(browser.find(".kicker a").getText()).isEqualToIgnoringCase("Politics");
  }

  @Test
  void go_to_contents_moves_keyboard_focus_to_the_main_content() {
    browser.width(1280).open(app.url(PublicTemplates.articlePath(app, 1)));

    browser.keys(Keys.TAB);
    assertThat(activeElement()).isEqualTo("a:Go to Contents");
    assertFocusIsVisible();
    browser.keys(Keys.ENTER);

    assertThat(activeElement()).isEqualTo("main#contents");
    browser.keys(Keys.TAB);
    assertThat(
            browser.script(
                "return document.querySelector('main').contains(document.activeElement)"))
        .as("the next TAB stays in the main content")
        .isEqualTo(true);
  }

  @Test
  void go_to_navigation_moves_keyboard_focus_to_the_section_links() {
    browser.width(1280).open(app.url(PublicTemplates.articlePath(app, 1)));

    browser.keys(Keys.TAB, Keys.TAB);
    assertThat(activeElement()).isEqualTo("a:Go to Navigation");
    assertFocusIsVisible();
    browser.keys(Keys.ENTER);

    assertThat(activeElement()).isEqualTo("nav#navigation");
    browser.keys(Keys.TAB);
    assertThat(
            browser.script(
                "return document.activeElement.closest('nav#navigation') !== null && document.activeElement.localName === 'a'"))
        .as("the next TAB lands on the first section link")
        .isEqualTo(true);
  }

  @Test
  void feedback_with_javascript_is_thanked_inline_without_leaving_the_page() {
    String text = "JS on: the second paragraph repeats a figure. " + System.nanoTime();
    browser.width(1280).javaScript(true).open(app.url(PublicTemplates.articlePath(app, 1)));
    String before = browser.url();
    browser.script("window.__samePage = 'yes';");

    browser.find("#feedback summary").click();
    browser.find("#feedback-text").sendKeys(text);
    browser.find(".feedback-form button[type=submit]").click();

    browser
        .waiting(Duration.ofSeconds(10))
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".feedback-thanks")));
    assertThat(browser.find(".feedback-thanks").getText()).isEqualTo("Thanks for your feedback!");
    assertThat(browser.url()).isEqualTo(before);
    assertThat(browser.script("return window.__samePage"))
        .as("no page load happened")
        .isEqualTo("yes");
    assertThat(browser.find(".feedback-form").isDisplayed()).isFalse();
    assertThat(storedMessages()).contains(text);
  }

  @Test
  void feedback_without_javascript_posts_and_comes_back_to_the_thanks() {
    String text = "JS off: the caption names the wrong city. " + System.nanoTime();
    browser.width(1280).javaScript(false);
    try {
      browser.open(app.url(PublicTemplates.articlePath(app, 1)));
      // site.js gives the thanks a tabindex on load; without JavaScript it has none.
      assertThat(browser.find(".feedback-thanks").getAttribute("tabindex")).isNull();

      browser.find("#feedback summary").click();
      browser.find("#feedback-text").sendKeys(text);
      browser.find(".feedback-form button[type=submit]").click();

      browser
          .waiting(Duration.ofSeconds(10))
          .until(ExpectedConditions.urlContains("?feedback=sent#feedback"));
      assertThat(browser.url())
          .isEqualTo(app.url(PublicTemplates.articlePath(app, 1) + "?feedback=sent#feedback"));
      assertThat(browser.find(".feedback-thanks").isDisplayed()).isTrue();
      assertThat(browser.find(".feedback-thanks").getText()).isEqualTo("Thanks for your feedback!");
      assertThat(storedMessages()).contains(text);
    } finally {
      browser.javaScript(true);
    }
  }

  @Test
  void all_news_pages_through_with_the_older_and_newer_links() {
    browser.width(1280).open(app.url("/news"));
    List<List<String>> pages = new ArrayList<>();
    pages.add(headlines());
    while (!browser.findAll(".pager a[rel=next]").isEmpty()) {
      browser.find(".pager a[rel=next]").click();
      pages.add(headlines());
    }
    List<String> all = pages.stream().flatMap(List::stream).toList();
    assertThat(pages).hasSizeGreaterThan(1);
    assertThat(pages.get(0)).hasSize(20);
    // All News lists the default edition's live stories (the other demo editions have their own)
    String edition = app.wiring().editions().current().code();
    long live =
        app.wiring()
            .database()
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT COUNT(*) FROM articles WHERE state = 'published'"
                                + " AND edition = :edition")
                        .bind("edition", edition)
                        .mapTo(Long.class)
                        .one());
    assertThat(all).doesNotHaveDuplicates().hasSize((int) live);

    for (int i = pages.size() - 2; i >= 0; i--) {
      browser.find(".pager a[rel=prev]").click();
      assertThat(headlines()).as("page %d again, by the Newer link", i + 1).isEqualTo(pages.get(i));
    }
    assertThat(browser.findAll(".pager a[rel=prev]"))
        .as("the first page has no Newer link")
        .isEmpty();
  }

  @Test
  void a_story_reads_on_a_390_px_phone_without_horizontal_scrolling() {
    browser.width(390).open(app.url(PublicTemplates.articlePath(app, 1)));
    assertThat(browser.script("return window.innerWidth")).isEqualTo(390L);
    assertThat(browser.find("article.article h1").isDisplayed()).isTrue();
    assertNoHorizontalScrolling("article");
    // Scrolling to the end of the story reaches the feedback box, still within the width.
    browser.script("document.getElementById('feedback').scrollIntoView()");
    assertThat(browser.find("#feedback summary").isDisplayed()).isTrue();
    assertNoHorizontalScrolling("article, scrolled down");
  }

  @Test
  void every_public_template_is_screenshotted_at_desktop_and_phone_widths() throws Exception {
    for (PublicTemplates.Page page : templates) {
      // One load per page, resized to each width (as the accessibility gate does).
      browser.width(Browser.WIDTHS.get(0));
      PublicTemplates.open(browser, app, page);
      for (int width : Browser.WIDTHS) {
        browser.resize(width);
        assertThat(browser.viewportWidth()).as(page.name() + " resized").isEqualTo(width);
        assertNoHorizontalScrolling(page.name() + " at " + width);
        Path file = browser.screenshot(SCREENSHOTS.resolve(page.name() + "-" + width + ".png"));
        assertThat(Files.size(file)).as(file.toString()).isGreaterThan(5_000);
      }
    }
  }

  private void assertNoHorizontalScrolling(String what) {
    Object widths =
        browser.script(
            "return [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
    List<?> w = (List<?>) widths;
    assertThat(((Number) w.get(0)).longValue())
        .as("%s: scrollWidth %s must not exceed clientWidth %s", what, w.get(0), w.get(1))
        .isLessThanOrEqualTo(((Number) w.get(1)).longValue());
  }

  private String activeElement() {
    return (String)
        browser.script(
            "const e = document.activeElement;"
                + "return e.localName === 'a' ? 'a:' + e.textContent.trim() : e.localName + (e.id ? '#' + e.id : '');");
  }

  /** The focused element is on screen and drawn with a focus indicator. */
  private void assertFocusIsVisible() {
    List<?> state =
        (List<?>)
            browser.script(
                "const e = document.activeElement, r = e.getBoundingClientRect(), s = getComputedStyle(e);"
                    + "return [r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.width > 0, s.outlineStyle, s.outlineWidth];");
    assertThat(state.get(0)).as("the focused skip link is on screen").isEqualTo(true);
    assertThat(state.get(1)).as("the focused skip link has an outline").isNotEqualTo("none");
    assertThat(state.get(2)).isNotEqualTo("0px");
  }

  private List<String> headlines() {
    return browser.findAll(".story-list .story-title a").stream().map(WebElement::getText).toList();
  }

  private static List<String> storedMessages() {
    return app.wiring().feedbacks().newest(100).stream().map(f -> f.message()).toList();
  }
}
