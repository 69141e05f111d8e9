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
import org.dateline.testing.TestEditions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The accessibility gate ({@link AccessibilityIT}) on every public template and state of an Arabic
 * edition, right to left, at desktop and phone widths (issue 13 point 2).
 */
@ResourceLock(Browser.LOCK)
class RightToLeftAccessibilityIT {
  private static TestApp app;
  private static Browser browser;
  private static List<PublicTemplates.Page> templates;

  @BeforeAll
  static void start(@TempDir Path data) {
    app = TestEditions.use(TestApp.start(data, true), TestEditions.ARABIC);
    templates = PublicTemplates.ofDefaultEdition(app);
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
  void every_arabic_public_template_has_no_wcag_21_aa_violations_at_either_width() {
    Templates.Recorder shown = Templates.record(app);
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (PublicTemplates.Page page : templates) {
      // One load per page, resized to each width (as AccessibilityIT does).
      browser.width(Browser.WIDTHS.get(0));
      PublicTemplates.open(browser, app, page);
      assertThat(browser.script("return document.documentElement.dir"))
          .as(page.name())
          .isEqualTo("rtl");
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
}
