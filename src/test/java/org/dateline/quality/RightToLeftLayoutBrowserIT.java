package org.dateline.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.dateline.testing.Browser;
import org.dateline.testing.PublicTemplates;
import org.dateline.testing.TestApp;
import org.dateline.testing.TestEditions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * An Arabic edition in headless Chromium (issue 13 point 2): the layout mirrors, from the masthead
 * and the section navigation to the article's side column and the phone's scrolling menu.
 */
@ResourceLock(Browser.LOCK)
class RightToLeftLayoutBrowserIT {
  private static TestApp app;
  private static Browser browser;

  @BeforeAll
  static void start(@TempDir Path data) {
    app = TestEditions.use(TestApp.start(data, true), TestEditions.ARABIC);
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

  private double number(String js) {
    return ((Number) browser.script(js)).doubleValue();
  }

  private double edge(String css, String side) {
    return number("return document.querySelector(\"" + css + "\").getBoundingClientRect()." + side);
  }

  @Test
  void at_desktop_width_the_navigation_starts_at_the_right_and_the_side_column_is_on_the_left() {
    // Given: an Arabic story at 1280 px
    browser.width(1280).open(app.url(PublicTemplates.articlePath(app, 1)));
    // Then: the navigation reads from the right: Home is its rightmost item, All News next to it
    double homeRight = edge("nav.sections li:nth-child(1) a", "right");
    double allNewsRight = edge("nav.sections li:nth-child(2) a", "right");
    double menuRight = edge("nav.sections ul", "right");
    assertThat(homeRight).isGreaterThan(allNewsRight);
    assertThat(menuRight - homeRight).as("Home stands at the right edge").isLessThan(40);
    // And: the brand is at the right of the masthead, the search box at its left
    assertThat(edge(".brand", "left")).isGreaterThan(edge(".site-search", "right"));
    // And: the side column (related, latest) stands to the left of the story, level with it
    assertThat(edge("aside.rail", "right")).isLessThan(edge("article.article", "left"));
    assertThat(edge("aside.rail", "top")).isLessThan(edge("article.article", "top") + 50);
    // And: the story's text starts at its right edge
    assertThat(
            browser.script(
                "return getComputedStyle(document.querySelector('.article-body p')).direction"))
        .isEqualTo("rtl");
  }

  @Test
  void the_older_stories_link_sits_at_the_left_end_and_points_left() {
    browser.width(1280).open(app.url("/news"));
    double olderLeft = edge("nav.pager a[rel=next]", "left");
    double pagerLeft = edge("nav.pager", "left");
    assertThat(olderLeft - pagerLeft).as("Older is pushed to the pager's left end").isLessThan(5);
    assertThat(browser.find("nav.pager a[rel=next]").getText()).endsWith("←");
  }

  @Test
  void at_390_px_the_menu_scrolls_leftwards_with_a_cue_on_the_left_that_goes_at_its_end() {
    for (boolean js : List.of(true, false)) {
      // Given: a phone, with and without the page's script
      browser.javaScript(js).width(390).open(app.url("/"));
      String cue = "return getComputedStyle(document.querySelector('nav.sections'), '::after')";
      try {
        // Then: the menu is wider than the screen, with a cue pointing left at its left end
        assertThat(
                number(
                    "const u = document.querySelector('nav.sections ul');"
                        + " return u.scrollWidth - u.clientWidth"))
            .as("js %s: the menu scrolls", js)
            .isGreaterThan(0);
        assertThat((String) browser.script(cue + ".content")).as("js %s", js).contains("\u2039");
        assertThat(number(cue.replace("return ", "return parseFloat(") + ".left)"))
            .as("js %s: the cue is at the left", js)
            .isLessThan(1);
        // When: the reader scrolls the menu to its (left) end
        browser.script(
            "const u = document.querySelector('nav.sections ul'); u.scrollLeft = -u.scrollWidth;"
                + " u.dispatchEvent(new Event('scroll'));");
        // Then: the last section is wholly on screen; the script takes the cue away
        double lastLeft =
            number(
                "const a = [...document.querySelectorAll('nav.sections a')].pop();"
                    + " return a.getBoundingClientRect().left");
        assertThat(lastLeft).as("js %s", js).isGreaterThanOrEqualTo(0);
        if (js) {
          assertThat(browser.script(cue + ".display")).isEqualTo("none");
        }
      } finally {
        browser.javaScript(true);
      }
    }
  }
}
