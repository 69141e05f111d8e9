package org.dateline.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.testing.Axe;
import org.dateline.testing.Browser;
import org.dateline.testing.PublicTemplates;
import org.dateline.testing.Templates;
import org.dateline.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * axe-core's WCAG 2.1 A and AA rules on every public page template and state ({@link
 * PublicTemplates}), at desktop and phone widths; each page's status is checked in the browser, and
 * a public template that none of them shows fails the gate.
 */
@ResourceLock(Browser.LOCK)
class AccessibilityIT {
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
  void every_public_template_has_no_wcag_21_aa_violations_at_either_width() {
    Templates.Recorder shown = Templates.record(app);
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (PublicTemplates.Page page : templates) {
      // One load per page, opened at the first width; the viewport is then resized (the page's
      // CSS and scripts follow it), not loaded again, for the next width.
      browser.width(Browser.WIDTHS.get(0));
      PublicTemplates.open(browser, app, page);
      for (int width : Browser.WIDTHS) {
        browser.resize(width);
        assertThat(browser.viewportWidth()).as(page.name() + " resized").isEqualTo(width);
        List<Axe.Violation> violations = Axe.run(browser);
        checked++;
        if (!violations.isEmpty()) {
          failures.add(
              Axe.report(page.name() + " (" + page.path() + ") at " + width + " px", violations));
        }
      }
    }
    assertThat(checked).isEqualTo(templates.size() * Browser.WIDTHS.size());
    assertThat(shown.missing(Templates.PUBLIC)).as("public templates no page showed").isEmpty();
    assertThat(failures).as(String.join("\n", failures)).isEmpty();
  }

  @Test
  void the_feedback_error_is_announced_and_tied_to_the_field() {
    PublicTemplates.Page error =
        templates.stream().filter(PublicTemplates.Page::feedbackError).findFirst().orElseThrow();
    browser.width(1280);
    PublicTemplates.open(browser, app, error);
    assertThat(browser.find(".feedback-error").isDisplayed()).isTrue();
    assertThat(browser.find(".feedback-error").getAttribute("role")).isEqualTo("alert");
    assertThat(browser.find("#feedback-text").getAttribute("aria-describedby"))
        .contains("feedback-error");
    assertThat(browser.find("details").getAttribute("open"))
        .as("the form is open to fix the text")
        .isNotNull();
  }
}
