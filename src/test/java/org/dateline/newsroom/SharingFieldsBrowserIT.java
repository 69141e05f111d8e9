package org.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.dateline.article.Article;
import org.dateline.article.ArticleId;
import org.dateline.newsroom.auth.Role;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.workflow.Action;
import org.dateline.newsroom.workflow.Story;
import org.dateline.newsroom.workflow.Workflow.Request;
import org.dateline.shared.Slugs;
import org.dateline.testing.Browser;
import org.dateline.testing.Newsroom;
import org.dateline.testing.TestApp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The editor's address, search and sharing fields in a real browser (decision 0080): the search
 * result and social card previews follow what is typed, and the related-stories picker finds
 * published stories by words, picks and orders them; publishing the update puts it all on the
 * public page.
 */
@ResourceLock(Browser.LOCK)
class SharingFieldsBrowserIT {
  @TempDir static Path data;
  static TestApp app;
  static Browser browser;
  static User editor;

  @BeforeAll
  static void start() {
    app = TestApp.start(data, false);
    editor = Newsroom.user(app.wiring(), Role.EDITOR, "Pia Picker");
    browser = Browser.shared();
    browser.open(app.url("/newsroom/login"));
    browser.driver().manage().deleteAllCookies();
    browser.open(app.url("/newsroom/login"));
    browser.find("#email").sendKeys("pia.picker@newsroom.test");
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

  private static Story published(String headline) {
    Story s = Newsroom.written(app.wiring(), editor, headline);
    return app.wiring().workflow().apply(s.id(), Request.of(Action.PUBLISH), editor);
  }

  private static Article article(Story s) {
    return app.wiring().articles().find(new ArticleId(s.articleId().orElseThrow())).orElseThrow();
  }

  private static void waitForText(String css, String text) {
    browser
        .waiting(Duration.ofSeconds(10))
        .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
  }

  private static WebElement pickButton(String headlineWords) {
    return browser.findAll(".picker-results li").stream()
        .filter(li -> li.getText().contains(headlineWords))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no result " + headlineWords))
        .findElement(By.tagName("button"));
  }

  @Test
  void previews_follow_the_fields_and_the_picker_orders_stories_that_lead_the_public_list() {
    Story festival = published("Lantern festival draws crowds");
    Story makers = published("Lantern makers keep an old craft alive");
    Story story = published("Spring festivals across the country");
    long festivalId = article(festival).id().value();
    long makersId = article(makers).id().value();

    browser.open(app.url("/newsroom/stories/" + story.id()));
    WebElement previews = browser.find("[data-previews]");
    assertThat(previews.isDisplayed()).as("the script shows the previews").isTrue();
    assertThat(browser.find(".search-title").getText())
        .isEqualTo("Spring festivals across the country");
    assertThat(browser.find(".search-url").getText())
        .endsWith("/spring-festivals-across-the-country");

    browser.find("#seo_title").sendKeys("Spring festivals: where to go this year");
    browser.find("#slug").sendKeys("봄 축제");
    browser.find("#seo_description").sendKeys("Lanterns, ".repeat(20));
    waitForText(".search-title", "Spring festivals: where to go");
    assertThat(browser.find(".card-title").getText())
        .isEqualTo("Spring festivals: where to go this year");
    assertThat(browser.find(".search-url").getText()).endsWith("/봄-축제");
    assertThat(browser.find(".search-text").getText()).endsWith("…");
    assertThat(browser.find("#seo_description-count").getText())
        .contains("longer than search results show");

    // The picker: find by words, pick two, put the second first.
    browser.find("#related-search").sendKeys("lantern");
    // The index follows the publications within moments: ask again until both are found.
    browser.find(".picker button").click();
    browser
        .waiting(Duration.ofSeconds(30))
        .pollingEvery(Duration.ofSeconds(3))
        .until(
            driver -> {
              if (browser.findAll(".picker-results li").size() > 1) {
                return true;
              }
              browser.find(".picker button").click();
              return false;
            });
    pickButton("Lantern festival").click();
    pickButton("Lantern makers").click();
    assertThat(browser.find("#related").getAttribute("value"))
        .isEqualTo(festivalId + ", " + makersId);
    assertThat(browser.findAll(".story-sharing .picked li")).hasSize(2);
    browser.find(".story-sharing .picked li:nth-child(2) button[aria-label^='Move up']").click();
    assertThat(browser.find("#related").getAttribute("value"))
        .isEqualTo(makersId + ", " + festivalId);
    assertThat(browser.find(".story-sharing .picked li:first-child").getText())
        .startsWith("Lantern makers keep an old craft alive");

    // Publish the update from the editor: everything on screen goes out.
    browser.findAll("button[name=action]").stream()
        .filter(b -> b.getText().equals("Publish update"))
        .findFirst()
        .orElseThrow()
        .click();
    waitForText(".notice", "Update published");
    Article live = article(story);
    assertThat(live.slug()).isEqualTo("봄-축제");
    Document page =
        Jsoup.parse(app.get("/article/" + live.id().value() + "/" + Slugs.inPath("봄-축제")).body());
    assertThat(page.title()).isEqualTo("Spring festivals: where to go this year");
    List<String> related =
        page.select(".related a[href]").eachAttr("href").stream()
            .filter(h -> h.contains("/article/"))
            .distinct()
            .toList();
    assertThat(related.get(0)).contains("/article/" + makersId + "/");
    assertThat(related.get(1)).contains("/article/" + festivalId + "/");
  }
}
