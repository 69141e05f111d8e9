package org.dateline.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dateline.article.ArticleId;
import org.dateline.testing.Browser;
import org.dateline.testing.PublicTemplates;
import org.dateline.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The reader's article page in headless Chromium at both widths (issue 10 point 12): beside the
 * story at desktop width, the section navigation on a 390 px phone, and the view beacon.
 */
@ResourceLock(Browser.LOCK)
class ReaderPagesLayoutIT {
  private static final String READER_AGENT =
      "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0"
          + " Safari/537.36";
  private static TestApp app;
  private static Browser browser;
  private static String ownAgent;

  @BeforeAll
  static void start(@TempDir Path data) {
    app = TestApp.start(data, true);
    browser = Browser.shared();
    ownAgent = (String) browser.open("about:blank").script("return navigator.userAgent");
  }

  @AfterEach
  void reset() {
    browser.javaScript(true);
    browser
        .driver()
        .executeCdpCommand("Emulation.setUserAgentOverride", Map.of("userAgent", ownAgent));
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

  private double number(String js) {
    return ((Number) browser.script(js)).doubleValue();
  }

  @Test
  void at_desktop_width_related_most_viewed_and_latest_stand_beside_the_story() {
    // Given: views of two stories, counted and listed
    String other = PublicTemplates.articlePath(app, 2);
    ArticleId otherId = new ArticleId(Long.parseLong(other.split("/")[2]));
    for (int i = 0; i < 3; i++) {
      app.wiring().readership().count(otherId, READER_AGENT);
    }
    app.wiring().sideLists().refresh();
    // When: a reader opens a story at 1280 px
    browser.width(1280).open(app.url(PublicTemplates.articlePath(app, 1)));
    // Then: the rail stands to the right of the story, starting level with it
    double storyRight =
        number("return document.querySelector('article.article').getBoundingClientRect().right");
    double railLeft =
        number("return document.querySelector('aside.rail').getBoundingClientRect().left");
    double storyTop =
        number("return document.querySelector('article.article').getBoundingClientRect().top");
    double railTop =
        number("return document.querySelector('aside.rail').getBoundingClientRect().top");
    assertThat(railLeft).isGreaterThan(storyRight);
    assertThat(railTop).isLessThan(storyTop + 50);
    assertThat(
            browser.findAll("aside.rail h2").stream()
                .map(e -> e.getAttribute("textContent").trim())
                .toList())
        .containsExactly("Related stories", "Most viewed (24 hours)", "Latest");
    assertThat(browser.find(".most-viewed li a").getAttribute("href")).endsWith(other);
    // And: at 390 px the rail follows the story instead
    browser.width(390).open(app.url(PublicTemplates.articlePath(app, 1)));
    double bottom =
        number("return document.querySelector('article.article').getBoundingClientRect().bottom");
    assertThat(number("return document.querySelector('aside.rail').getBoundingClientRect().top"))
        .isGreaterThanOrEqualTo(bottom);
  }

  @Test
  void at_390_px_the_section_menu_shows_that_it_scrolls_and_reaches_its_last_section() {
    for (boolean js : List.of(true, false)) {
      // Given: a phone, with and without the page's script
      browser.javaScript(js).width(390).open(app.url("/"));
      String cue = "return getComputedStyle(document.querySelector('nav.sections'), '::after')";
      // Then: the menu is wider than the screen, and a cue at its end says so
      assertThat(
              number(
                  "const u = document.querySelector('nav.sections ul');"
                      + " return u.scrollWidth - u.clientWidth"))
          .as("js %s: the menu scrolls", js)
          .isGreaterThan(0);
      assertThat(browser.script(cue + ".display")).as("js %s", js).isNotEqualTo("none");
      assertThat((String) browser.script(cue + ".content")).as("js %s", js).contains("\u203A");
      // When: the reader scrolls the menu to its end
      browser.script(
          "const u = document.querySelector('nav.sections ul'); u.scrollLeft = u.scrollWidth;"
              + " u.dispatchEvent(new Event('scroll'));");
      // Then: the last section is wholly on screen, clear of the cue (gone when the script runs)
      double lastRight =
          number(
              "const a = [...document.querySelectorAll('nav.sections a')].pop();"
                  + " return a.getBoundingClientRect().right");
      assertThat(lastRight).as("js %s", js).isLessThanOrEqualTo(390);
      if (js) {
        assertThat(browser.script(cue + ".display")).isEqualTo("none");
      } else {
        double cueLeft = 390 - number(cue.replace("return ", "return parseFloat(") + ".width)");
        assertThat(lastRight)
            .as("the cue covers no part of the last link")
            .isLessThanOrEqualTo(cueLeft);
      }
    }
  }

  @Test
  void opening_a_story_in_a_browser_reports_one_view_with_no_cookie() throws Exception {
    // Given: a reader's browser (headless Chromium names itself a bot, so it says it is not)
    browser
        .driver()
        .executeCdpCommand("Emulation.setUserAgentOverride", Map.of("userAgent", READER_AGENT));
    String path = PublicTemplates.articlePath(app, 3);
    long id = Long.parseLong(path.split("/")[2]);
    // When: the story is opened
    browser.width(1280).open(app.url(path));
    // Then: the view reaches the store at the next flush (waiting for the beacon's request)
    long views = 0;
    for (int i = 0; i < 100 && views == 0; i++) {
      app.wiring().readership().flush();
      views = viewsOf(id);
      if (views == 0) {
        Thread.sleep(100);
      }
    }
    assertThat(views).isEqualTo(1);
    assertThat(browser.driver().manage().getCookies()).isEmpty();
  }

  private static long viewsOf(long id) {
    return app.wiring()
        .database()
        .jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        "SELECT COALESCE(SUM(views), 0) FROM article_views WHERE article_id = :id")
                    .bind("id", id)
                    .mapTo(Long.class)
                    .one());
  }
}
