package org.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.dateline.article.ArticleSummary;
import org.dateline.article.Listing;
import org.dateline.article.PageRequest;
import org.dateline.newsroom.auth.Role;
import org.dateline.newsroom.workflow.Action;
import org.dateline.newsroom.workflow.Stage;
import org.dateline.newsroom.workflow.Story;
import org.dateline.newsroom.workflow.Workflow;
import org.dateline.testing.Browser;
import org.dateline.testing.Newsroom;
import org.dateline.testing.NewsroomClient;
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
import org.openqa.selenium.support.ui.Select;

/** The desk's journeys in a real browser (issue 10 points 1 and 9). */
@ResourceLock(Browser.LOCK)
class DeskBrowserIT {
  @TempDir static Path data;
  static TestApp app;
  static Browser browser;

  @BeforeAll
  static void start() {
    app = TestApp.start(data, true);
    Newsroom.user(app.wiring(), Role.REPORTER, "Rita Reporter");
    Newsroom.user(app.wiring(), Role.EDITOR, "Eddie Editor");
    browser = Browser.shared();
  }

  @AfterAll
  static void stop() {
    browser.close();
    app.close();
  }

  static void signIn(Browser b, String email) {
    signInTo(app, b, email);
  }

  /** Signs {@code b} in to {@code on} as {@code email}, first signing out whoever was. */
  static void signInTo(TestApp on, Browser b, String email) {
    b.open(on.url("/newsroom/login"));
    b.driver().manage().deleteAllCookies();
    b.open(on.url("/newsroom/login"));
    b.find("#email").sendKeys(email);
    b.find("#password").sendKeys(Newsroom.PASSWORD);
    b.find("form button[type=submit]").click();
    b.waiting(Duration.ofSeconds(10))
        .until(ExpectedConditions.not(ExpectedConditions.urlContains("/newsroom/login")));
  }

  private static String notice() {
    return browser
        .waiting(Duration.ofSeconds(10))
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice")))
        .getText();
  }

  @Test
  void a_readers_typo_report_is_fixed_from_the_inbox_in_three_clicks() {
    ArticleSummary story =
        app.wiring().articles().page(new Listing.All(), PageRequest.newest(5)).items().get(4);
    HttpResponse<String> sent =
        app.postForm(
            "/article/" + story.id().value() + "/feedback",
            NewsroomClient.form(
                "message",
                "The headline has a typo: it should end with a full stop.",
                "website",
                ""));
    assertThat(sent.statusCode()).isEqualTo(303);
    signIn(browser, "eddie.editor@newsroom.test");
    browser.open(app.url("/newsroom/feedback"));
    AtomicInteger clicks = new AtomicInteger();

    WebElement row =
        browser.findAll("tr[id^=feedback-]").stream()
            .filter(r -> r.getText().contains("The headline has a typo"))
            .findFirst()
            .orElseThrow();
    row.findElement(By.linkText("Edit in newsroom")).click();
    clicks.incrementAndGet();
    browser
        .waiting(Duration.ofSeconds(10))
        .until(ExpectedConditions.urlMatches(".*/newsroom/stories/\\d+$"));
    browser.find("#headline").sendKeys(Keys.END, ".");
    browser.findAll("button[name=action]").stream()
        .filter(b -> b.getText().equals("Publish update"))
        .findFirst()
        .orElseThrow()
        .click();
    clicks.incrementAndGet();

    assertThat(notice()).isEqualTo("Update published.");
    assertThat(clicks.get()).isLessThanOrEqualTo(3);
    assertThat(app.wiring().articles().find(story.id()).orElseThrow().headline())
        .isEqualTo(story.headline() + ".");
  }

  @Test
  void a_signed_in_editor_sees_edit_in_newsroom_on_a_public_article_and_a_reader_does_not() {
    ArticleSummary story =
        app.wiring().articles().page(new Listing.All(), PageRequest.newest(7)).items().get(6);
    String path = "/article/" + story.id().value() + "/" + story.slug();
    browser.driver().manage().deleteAllCookies();
    browser.open(app.url(path));
    assertThat(browser.find("p.edit-in-newsroom").isDisplayed()).isFalse();

    signIn(browser, "eddie.editor@newsroom.test");
    browser.open(app.url(path));
    WebElement link = browser.find("p.edit-in-newsroom a");
    assertThat(link.isDisplayed()).isTrue();
    link.click();

    browser
        .waiting(Duration.ofSeconds(10))
        .until(ExpectedConditions.urlMatches(".*/newsroom/stories/\\d+$"));
    assertThat(browser.find("#headline").getAttribute("value")).isEqualTo(story.headline());
  }

  @Test
  void an_editor_publishes_two_submitted_stories_at_once_from_the_desk() {
    var w = app.wiring();
    var rita = Newsroom.user(w, Role.REPORTER, "Rita Reporter");
    List<Story> stories = new java.util.ArrayList<>();
    for (String h : List.of("Bulk browser: harbour", "Bulk browser: bridge")) {
      Story s = Newsroom.written(w, rita, h);
      stories.add(w.workflow().apply(s.id(), Workflow.Request.of(Action.SUBMIT), rita));
    }
    signIn(browser, "eddie.editor@newsroom.test");
    browser.open(app.url("/newsroom/desk"));

    for (Story s : stories) {
      browser.find("input[name=story][value='" + s.id() + "']").click();
    }
    new Select(browser.find("#bulk-action")).selectByVisibleText("Publish now");
    browser.find("#bulk button[type=submit]").click();

    List<String> results =
        browser
            .waiting(Duration.ofSeconds(10))
            .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".bulk-results")))
            .findElements(By.tagName("li"))
            .stream()
            .map(WebElement::getText)
            .toList();
    assertThat(results)
        .containsExactlyInAnyOrder(
            "Bulk browser: harbour: published.", "Bulk browser: bridge: published.");
    for (Story s : stories) {
      assertThat(w.stories().find(s.id()).orElseThrow().stage()).isEqualTo(Stage.PUBLISHED);
    }
  }

  @Test
  void who_is_editing_shows_another_session_and_clears_when_it_leaves() throws Exception {
    var w = app.wiring();
    Story s = Newsroom.written(w, Newsroom.user(w, Role.REPORTER, "Rita Reporter"), "Presence");
    var emmaUser = Newsroom.user(w, Role.EDITOR, "Emma Editor");
    NewsroomClient emma = NewsroomClient.signIn(app, emmaUser.email(), Newsroom.PASSWORD);
    signIn(browser, "eddie.editor@newsroom.test");
    browser.open(app.url("/newsroom/stories/" + s.id()));
    WebElement box = browser.find("p.presence");
    assertThat(box.isDisplayed()).isFalse();

    // Emma opens the story: Eddie's page shows her at its next heartbeat.
    assertThat(emma.get("/newsroom/stories/" + s.id()).statusCode()).isEqualTo(200);
    browser
        .waiting(Duration.ofSeconds(20))
        .until(ExpectedConditions.textToBePresentInElement(box, "Emma Editor"));
    assertThat(presence(emma, s)).containsExactly("Eddie Editor");

    // Emma leaves: gone from Eddie's page at its next heartbeat.
    emma.post("/newsroom/stories/" + s.id() + "/leave");
    browser.waiting(Duration.ofSeconds(20)).until(ExpectedConditions.invisibilityOf(box));

    // Eddie leaves the page: his beacon takes him out at once.
    browser.open(app.url("/newsroom/desk"));
    browser.waiting(Duration.ofSeconds(10)).until(d -> presenceUnchecked(emma, s).isEmpty());
  }

  private static List<String> presenceUnchecked(NewsroomClient who, Story s) {
    try {
      return presence(who, s);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> presence(NewsroomClient who, Story s) throws Exception {
    HttpResponse<String> r = who.post("/newsroom/stories/" + s.id() + "/presence");
    assertThat(r.statusCode()).isEqualTo(200);
    List<String> names = new java.util.ArrayList<>();
    new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(r.body())
        .path("others")
        .forEach(n -> names.add(n.asText()));
    who.post("/newsroom/stories/" + s.id() + "/leave");
    return names;
  }
}
