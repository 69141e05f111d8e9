package org.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.dateline.newsroom.auth.Role;
import org.dateline.newsroom.workflow.Stage;
import org.dateline.newsroom.workflow.Story;
import org.dateline.testing.Browser;
import org.dateline.testing.Newsroom;
import org.dateline.testing.TestApp;
import org.jsoup.Jsoup;
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

/** What a reporter and an editor do, in a real browser: from a blank page to published, and on. */
@ResourceLock(Browser.LOCK)
class NewsroomJourneyIT {
  @TempDir static Path data;
  @TempDir static Path files;
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

  private static void signIn(String email) {
    browser.open(app.url("/newsroom/login"));
    browser.driver().manage().deleteAllCookies();
    browser.open(app.url("/newsroom/login"));
    browser.find("#email").sendKeys(email);
    browser.find("#password").sendKeys(Newsroom.PASSWORD);
    browser.find("form button[type=submit]").click();
    browser
        .waiting(Duration.ofSeconds(10))
        .until(ExpectedConditions.not(ExpectedConditions.urlContains("/newsroom/login")));
    browser.open(app.url("/newsroom/desk"));
  }

  private static void signOut() {
    browser.find(".nr-user form button").click();
    browser
        .waiting(Duration.ofSeconds(10))
        .until(ExpectedConditions.urlContains("/newsroom/login"));
  }

  private static void clickAction(String label) {
    WebElement button =
        browser.findAll("button[name=action]").stream()
            .filter(b -> b.getText().equals(label))
            .findFirst()
            .orElseThrow(
                () -> new AssertionError("no \"" + label + "\" button on " + browser.url()));
    WebElement page = browser.find("html");
    button.click();
    // The next page, not the notice still showing on this one.
    browser.waiting(Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
  }

  private static String notice() {
    return browser
        .waiting(Duration.ofSeconds(10))
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice")))
        .getText();
  }

  private static Path photo() throws Exception {
    BufferedImage image = new BufferedImage(960, 540, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(30, 80, 140));
    g.fillRect(0, 0, 960, 540);
    g.setColor(new Color(240, 200, 60));
    g.fillOval(380, 170, 200, 200);
    g.dispose();
    Path file = files.resolve("harbour.jpg");
    ImageIO.write(image, "jpg", file.toFile());
    return file;
  }

  @Test
  void
      a_reporter_writes_a_story_with_a_photo_and_an_editor_publishes_updates_corrects_kills_and_reinstates_it()
          throws Exception {
    signIn("rita.reporter@newsroom.test");
    browser.find("form[action='/newsroom/stories'] button").click();
    browser
        .waiting(Duration.ofSeconds(10))
        .until(ExpectedConditions.urlMatches(".*/newsroom/stories/\\d+$"));
    long storyId = Long.parseLong(browser.url().replaceAll(".*/", ""));

    browser.find("#headline").sendKeys("Harbour reopens after storm repairs");
    browser.find("#summary").sendKeys("The port resumed work on Friday.");
    new Select(browser.find("#section")).selectByVisibleText("National");
    browser.find("#dateline_place").sendKeys("BUSAN");
    browser.find("#dateline_date").sendKeys("Feb. 5");
    browser.find("#dateline_source").sendKeys("Dateline");
    WebElement surface = browser.find(".editor-surface");
    surface.click();
    surface.sendKeys(
        "The harbour reopened on Friday after two weeks of repairs.",
        Keys.ENTER,
        "Ships queued outside the breakwater.");

    // The photo: upload through the editor, then describe it in its dialog.
    browser.script(
        "arguments[0].classList.remove('visually-hidden')", browser.find("input[type=file]"));
    browser.find("input[type=file]").sendKeys(photo().toString());
    WebElement dialog =
        browser
            .waiting(Duration.ofSeconds(20))
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("dialog.photo-dialog")));
    dialog
        .findElement(By.cssSelector("[name=alt]"))
        .sendKeys("Container cranes at a harbour under a yellow sun");
    dialog.findElement(By.cssSelector("[name=caption]")).sendKeys("The harbour on Friday.");
    dialog.findElement(By.cssSelector("[name=credit]")).sendKeys("김민준 / Dateline");
    dialog.findElement(By.cssSelector("button[value=save]")).click();
    browser
        .waiting(Duration.ofSeconds(10))
        .until(
            ExpectedConditions.presenceOfElementLocated(By.cssSelector(".editor-surface figure")));
    browser.find("#tags").sendKeys("ports, weather");

    browser.find(".save-row button[type=submit]").click();
    assertThat(notice()).isEqualTo("Saved.");
    Story saved = app.wiring().stories().find(storyId).orElseThrow();
    assertThat(saved.draft().headline()).isEqualTo("Harbour reopens after storm repairs");
    assertThat(saved.draft().body().toString())
        .contains("Container cranes at a harbour", "/media/", "The harbour reopened");

    clickAction("Submit to the desk");
    assertThat(notice()).isEqualTo("Submitted to the desk.");
    assertThat(browser.findAll("button[name=action]")).isEmpty(); // a reporter cannot publish
    signOut();

    signIn("eddie.editor@newsroom.test");
    browser.open(app.url("/newsroom/desk?stage=submitted"));
    browser.driver().findElement(By.linkText("Harbour reopens after storm repairs")).click();
    clickAction("Publish now");
    assertThat(notice()).isEqualTo("Published.");
    String publicPath =
        browser
            .find(".story-links a[href^='/article/']")
            .getAttribute("href")
            .replaceFirst("^https?://[^/]+", "");
    assertThat(publicPath).matches("/article/\\d+");

    browser.open(app.url(publicPath));
    assertThat(browser.find("h1").getText()).isEqualTo("Harbour reopens after storm repairs");
    assertThat(browser.find(".article-body p").getText())
        .startsWith("BUSAN, Feb. 5 (Dateline) -- The harbour reopened");
    assertThat(browser.find("figure.photo img").getAttribute("alt"))
        .isEqualTo("Container cranes at a harbour under a yellow sun");
    assertThat(browser.find("figure.photo img").getAttribute("src")).contains("/media/photo-");
    // The credit from the photo dialog, under the caption (issue 10 point 5).
    assertThat(browser.find("figure.photo figcaption").getText())
        .startsWith("The harbour on Friday.");
    assertThat(browser.find("figure.photo figcaption .credit").getText())
        .isEqualTo("김민준 / Dateline");
    assertThat(app.get("/news").body()).contains("Harbour reopens after storm repairs");

    // Update, then correct: the public page shows "Updated" and the correction note.
    browser.open(app.url("/newsroom/stories/" + storyId));
    browser.find("#headline").sendKeys(Keys.END, ", ships return");
    clickAction("Publish update");
    assertThat(notice()).isEqualTo("Update published.");
    browser.find("#note").sendKeys("An earlier version gave the wrong day.");
    clickAction("Publish correction");
    assertThat(notice()).isEqualTo("Correction published.");
    var page =
        Jsoup.parse(
            app.get(publicPath)
                .headers()
                .firstValue("Location")
                .map(l -> app.get(l.replaceFirst("^https?://[^/]+", "")).body())
                .orElseThrow());
    assertThat(page.select("h1").text())
        .isEqualTo("Harbour reopens after storm repairs, ships return");
    assertThat(page.select(".updated").text()).startsWith("Updated");
    assertThat(page.select(".correction").text())
        .contains("An earlier version gave the wrong day.");

    // Kill: asked to confirm with a reason; the public URL answers 410 and shows the reason.
    browser.open(app.url("/newsroom/stories/" + storyId));
    browser.driver().findElement(By.linkText("Kill…")).click();
    assertThat(browser.find("h1").getText()).startsWith("Kill “Harbour reopens");
    assertThat(app.wiring().stories().find(storyId).orElseThrow().stage())
        .as("nothing is withdrawn before the confirmation")
        .isEqualTo(Stage.PUBLISHED);
    browser.find("#note").sendKeys("The harbour authority withdrew its statement.");
    WebElement confirmPage = browser.find("html");
    browser.find(".kill-form button[value=kill]").click();
    browser.waiting(Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(confirmPage));
    assertThat(notice()).startsWith("Killed");
    HttpResponse<String> gone = app.get(publicPath);
    assertThat(gone.statusCode()).isEqualTo(410);
    assertThat(app.wiring().stories().find(storyId).orElseThrow().stage()).isEqualTo(Stage.KILLED);
    browser.open(app.url(publicPath));
    assertThat(browser.find(".error-page").getText())
        .contains("withdrawn", "The harbour authority withdrew its statement.");

    // Reinstate: live again, as a new version.
    browser.open(app.url("/newsroom/stories/" + storyId));
    clickAction("Reinstate");
    assertThat(notice()).startsWith("Reinstated");
    assertThat(app.get(publicPath).statusCode()).isEqualTo(301);
    browser.open(app.url(publicPath));
    assertThat(browser.find("h1").getText())
        .isEqualTo("Harbour reopens after storm repairs, ships return");
    assertThat(browser.find("body").getText()).doesNotContain("withdrew its statement");
    browser.open(app.url("/newsroom/stories/" + storyId));
    signOut();
  }

  @Test
  void a_save_based_on_a_stale_version_is_refused_showing_what_changed_and_keeping_the_text() {
    var editor = app.wiring().users().byEmail("eddie.editor@newsroom.test").orElseThrow();
    Story story = Newsroom.written(app.wiring(), editor, "Original headline for the stale test");
    signIn("eddie.editor@newsroom.test");
    browser.open(app.url("/newsroom/stories/" + story.id()));

    // Someone else saves meanwhile.
    var other = Newsroom.user(app.wiring(), Role.EDITOR, "Other Editor");
    app.wiring()
        .stories()
        .save(
            story.id(),
            story.version(),
            Newsroom.completeDraft("Headline changed by someone else", "National"),
            other,
            "");

    WebElement headline = browser.find("#headline");
    headline.clear();
    headline.sendKeys("My own headline that must not be lost");
    browser.find(".save-row button[type=submit]").click();

    browser
        .waiting(Duration.ofSeconds(10))
        .until(
            ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1"), "not saved"));
    assertThat(browser.find("p.error").getText())
        .contains("Other Editor", "nothing was overwritten");
    assertThat(browser.find("dl.diff").getText()).contains("Headline changed by someone else");
    assertThat(browser.find("#headline").getAttribute("value"))
        .isEqualTo("My own headline that must not be lost");
    assertThat(app.wiring().stories().find(story.id()).orElseThrow().draft().headline())
        .isEqualTo("Headline changed by someone else");
    signOut();
  }
}
