package org.dateline.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.testing.Axe;
import org.dateline.testing.Browser;
import org.dateline.testing.NewsroomTemplates;
import org.dateline.testing.Templates;
import org.dateline.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * axe-core's WCAG 2.1 A and AA rules (the rule set of {@link AccessibilityIT}) on every newsroom
 * page template, with its JavaScript on, at desktop and phone widths: the editor with its toolbar
 * and editable text, its photo dialog open, and the error states of the forms. Each page's status
 * is checked in the browser, and a newsroom template that none of them shows fails the gate. At
 * either width no page is wider than the window (a phone would scroll it sideways).
 */
@ResourceLock(Browser.LOCK)
class NewsroomAccessibilityIT {
  private static final Path SHOTS = Path.of("target", "screenshots", "newsroom");
  private static TestApp app;
  private static Browser browser;
  private static NewsroomTemplates.Content content;

  @BeforeAll
  static void start(@TempDir Path data) {
    app = TestApp.start(data, true);
    content = NewsroomTemplates.prepare(app);
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
  void every_newsroom_template_has_no_wcag_21_aa_violations_and_fits_at_either_width() {
    Templates.Recorder shown = Templates.record(app);
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (NewsroomTemplates.Page page : content.pages()) {
      // One load per page (and state: a dialog opened, a table unfolded), resized to each width
      // (as AccessibilityIT does).
      browser.width(Browser.WIDTHS.get(0));
      NewsroomTemplates.open(browser, app, page);
      for (int width : Browser.WIDTHS) {
        browser.resize(width);
        assertThat(browser.viewportWidth()).as(page.name() + " resized").isEqualTo(width);
        long scrollWidth =
            ((Number) browser.script("return document.documentElement.scrollWidth;")).longValue();
        if (scrollWidth > width) {
          failures.add(
              page.name()
                  + " ("
                  + page.path()
                  + ") is "
                  + scrollWidth
                  + " px wide at "
                  + width
                  + " px");
        }
        List<Axe.Violation> violations = Axe.run(browser);
        browser.screenshot(SHOTS.resolve(page.name() + "-" + width + ".png"));
        checked++;
        if (!violations.isEmpty()) {
          failures.add(
              Axe.report(page.name() + " (" + page.path() + ") at " + width + " px", violations));
        }
      }
    }
    assertThat(checked).isEqualTo(content.pages().size() * Browser.WIDTHS.size());
    assertThat(shown.missing(Templates.NEWSROOM)).as("newsroom templates no page showed").isEmpty();
    assertThat(failures).as(String.join("\n", failures)).isEmpty();
  }

  @Test
  void the_editor_is_enhanced_where_it_is_checked() {
    browser.width(1280);
    NewsroomTemplates.Page story = page("story");
    NewsroomTemplates.open(browser, app, story);

    assertThat(browser.find(".editor-surface").getAttribute("contenteditable")).isEqualTo("true");
    assertThat(browser.findAll(".editor-toolbar button")).isNotEmpty();
    assertThat(browser.find("#body").isDisplayed())
        .as("the textarea gives way to the rich-text editor")
        .isFalse();

    NewsroomTemplates.open(browser, app, page("story-photo-dialog"));
    assertThat(browser.find("dialog.photo-dialog [name=alt]").getAttribute("value"))
        .isEqualTo(NewsroomTemplates.ALT);
  }

  @Test
  void the_form_errors_are_announced_and_tied_to_their_fields() {
    browser.width(1280);
    NewsroomTemplates.open(browser, app, page("login-error"));
    assertThat(browser.find("#login-error").getAttribute("role")).isEqualTo("alert");
    assertThat(browser.find("#email").getAttribute("aria-describedby")).isEqualTo("login-error");

    NewsroomTemplates.open(browser, app, page("story-error"));
    assertThat(browser.find("#form-error").getAttribute("role")).isEqualTo("alert");
    assertThat(browser.find("#form-error").getText()).contains("alt text");
  }

  private static NewsroomTemplates.Page page(String name) {
    return content.pages().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
  }
}
