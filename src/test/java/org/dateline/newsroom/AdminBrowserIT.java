package org.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.dateline.article.ArticleSummary;
import org.dateline.article.Listing;
import org.dateline.article.PageRequest;
import org.dateline.newsroom.auth.Role;
import org.dateline.newsroom.auth.User;
import org.dateline.testing.Browser;
import org.dateline.testing.Newsroom;
import org.dateline.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 10 point 11 in a real browser (scripts on and off): deactivating an account asks first, and
 * the home page's curation finds stories by words and keeps the place on the page after a change.
 */
@ResourceLock(Browser.LOCK)
class AdminBrowserIT {
  @TempDir static Path data;
  static TestApp app;
  static Browser browser;
  static User admin;

  @BeforeAll
  static void start() {
    app = TestApp.start(data, true);
    admin = Newsroom.user(app.wiring(), Role.ADMIN, "Ada Admin");
    browser = Browser.shared();
  }

  @AfterAll
  static void stop() {
    browser.javaScript(true);
    browser.close();
    app.close();
  }

  private static String flash() {
    return browser
        .waiting(Duration.ofSeconds(10))
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("p.flash")))
        .getText();
  }

  @Test
  void deactivating_an_account_asks_first_even_without_scripts() {
    User target = Newsroom.user(app.wiring(), Role.REPORTER, "Deactivate Me");
    DeskBrowserIT.signInTo(app, browser, admin.email());
    browser.javaScript(false);
    try {
      browser.open(app.url("/newsroom/users"));
      browser.find("#user-" + target.id() + " a.button.danger").click();

      assertThat(browser.find("h1").getText()).isEqualTo("Deactivate Deactivate Me?");
      assertThat(app.wiring().users().byId(target.id()).orElseThrow().active()).isTrue();
      browser.find("form.confirm-form button[type=submit]").click();

      assertThat(flash())
          .isEqualTo(
              "Deactivate Me (" + target.email() + ") deactivated; their sessions have ended.");
      assertThat(browser.find("#user-" + target.id()).getText()).contains("Deactivated");
      assertThat(app.wiring().users().byId(target.id()).orElseThrow().active()).isFalse();
    } finally {
      browser.javaScript(true);
    }
  }

  @Test
  void curation_finds_a_story_by_words_and_keeps_the_place_after_adding_it() {
    // The 30th newest demo story: far down the page, found by a word of its headline.
    ArticleSummary far =
        app.wiring().articles().page(new Listing.All(), PageRequest.newest(30)).items().get(29);
    String word = far.headline().split("\\s+")[0];
    DeskBrowserIT.signInTo(app, browser, admin.email());
    browser.open(app.url("/newsroom/home"));
    browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 700));

    browser.find("#curation-q").sendKeys(word);
    browser.find("form.curation-search button[type=submit]").click();
    browser
        .waiting(Duration.ofSeconds(10))
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("latest-title"), word));

    assertThat(browser.findAll("table.candidates tbody tr").stream().map(r -> r.getText()))
        .anyMatch(t -> t.startsWith(far.headline()));
    browser.open(app.url("/newsroom/home"));
    String row = "#candidate-" + far.id().value();
    browser.script("document.querySelector(arguments[0]).scrollIntoView()", row);
    browser.find(row + " button[value=add]").click();

    assertThat(flash()).startsWith("“" + far.headline() + "” added");
    assertThat(browser.url()).endsWith("/newsroom/home" + row);
    Number scrolled = (Number) browser.script("return window.scrollY");
    assertThat(scrolled.longValue()).isGreaterThan(0);
    assertThat(
            browser.script(
                "var r = document.querySelector(arguments[0]).getBoundingClientRect();"
                    + " return r.top >= 0 && r.bottom <= window.innerHeight;",
                row))
        .isEqualTo(true);
    assertThat(app.wiring().curation().picks()).contains(far.id());
  }
}
