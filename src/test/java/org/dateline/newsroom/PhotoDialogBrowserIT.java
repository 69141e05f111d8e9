package org.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.dateline.article.Block;
import org.dateline.newsroom.auth.Role;
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
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The photo dialog in a real browser (issue 10 point 5, decision 0072): the focal point is set by a
 * click on the photo, a photo is replaced keeping its words, and the public page's social card is
 * cropped around the point.
 */
@ResourceLock(Browser.LOCK)
class PhotoDialogBrowserIT {
  @TempDir static Path data;
  @TempDir static Path files;
  static TestApp app;
  static Browser browser;

  @BeforeAll
  static void start() {
    app = TestApp.start(data, true);
    Newsroom.user(app.wiring(), Role.EDITOR, "Eddie Editor");
    browser = Browser.shared();
  }

  @AfterAll
  static void stop() {
    browser.close();
    app.close();
  }

  /** A 2400 × 540 photo of one colour with a disc of another at 70 % across, 50 % down. */
  private static Path photo(String name, Color ground, Color disc) throws Exception {
    BufferedImage image = new BufferedImage(2400, 540, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(ground);
    g.fillRect(0, 0, 2400, 540);
    g.setColor(disc);
    g.fillOval(1680 - 80, 270 - 80, 160, 160);
    g.dispose();
    Path file = files.resolve(name);
    ImageIO.write(image, "jpg", file.toFile());
    return file;
  }

  private static WebElement dialog() {
    return browser
        .waiting(Duration.ofSeconds(20))
        .until(
            ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog.photo-dialog")));
  }

  /** Clicks the dialog's photo at fractions of its width and height. */
  private static void clickPhotoAt(WebElement dialog, double x, double y) {
    WebElement preview = dialog.findElement(By.cssSelector(".photo-preview"));
    browser
        .waiting(Duration.ofSeconds(10))
        .until(d -> preview.getRect().getWidth() > 50 ? preview : null);
    int width = preview.getRect().getWidth();
    int height = preview.getRect().getHeight();
    new Actions(browser.driver())
        .moveToElement(
            preview, (int) Math.round((x - 0.5) * width), (int) Math.round((y - 0.5) * height))
        .click()
        .perform();
  }

  private static Block.Photo savedPhoto(long storyId) {
    Story story = app.wiring().stories().find(storyId).orElseThrow();
    return story.draft().body().stream()
        .filter(Block.Photo.class::isInstance)
        .map(Block.Photo.class::cast)
        .findFirst()
        .orElseThrow();
  }

  private static void save() {
    WebElement page = browser.find("html");
    browser.find(".save-row button[type=submit]").click();
    browser.waiting(Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
  }

  @Test
  void an_editor_sets_a_focal_point_replaces_the_photo_keeping_its_words_and_the_card_follows()
      throws Exception {
    browser.open(app.url("/newsroom/login"));
    browser.driver().manage().deleteAllCookies();
    browser.open(app.url("/newsroom/login"));
    browser.find("#email").sendKeys("eddie.editor@newsroom.test");
    browser.find("#password").sendKeys(Newsroom.PASSWORD);
    browser.find("form button[type=submit]").click();
    browser
        .waiting(Duration.ofSeconds(10))
        .until(ExpectedConditions.not(ExpectedConditions.urlContains("/newsroom/login")));
    browser.open(app.url("/newsroom/desk"));
    browser.find("form[action='/newsroom/stories'] button").click();
    browser
        .waiting(Duration.ofSeconds(10))
        .until(ExpectedConditions.urlMatches(".*/newsroom/stories/\\d+$"));
    long storyId = Long.parseLong(browser.url().replaceAll(".*/", ""));
    browser.find("#headline").sendKeys("Lanterns light the old harbour");
    browser.find("#summary").sendKeys("The festival opened on Saturday.");
    new Select(browser.find("#section")).selectByVisibleText("National");
    WebElement surface = browser.find(".editor-surface");
    surface.click();
    surface.sendKeys(
        "Thousands came to see the lanterns.", Keys.ENTER, "The festival runs a week.");

    // Upload, describe, and click the photo where its subject is: the yellow disc at 70 %.
    browser.script(
        "arguments[0].classList.remove('visually-hidden')",
        browser.find(".editor input[type=file]"));
    browser
        .find(".editor input[type=file]")
        .sendKeys(photo("first.jpg", new Color(20, 40, 90), new Color(250, 210, 40)).toString());
    WebElement dialog = dialog();
    dialog.findElement(By.cssSelector("[name=alt]")).sendKeys("A yellow lantern over dark water");
    dialog.findElement(By.cssSelector("[name=caption]")).sendKeys("The harbour on Saturday.");
    dialog.findElement(By.cssSelector("[name=credit]")).sendKeys("이서연 / Dateline");
    clickPhotoAt(dialog, 0.7, 0.5);
    assertThat(dialog.findElement(By.cssSelector(".focus-marker")).isDisplayed()).isTrue();
    assertThat(dialog.findElement(By.cssSelector(".focus-hint")).getText())
        .startsWith("Focal point: 70% across, 50% down.");
    dialog.findElement(By.cssSelector("button[value=save]")).click();
    browser
        .waiting(Duration.ofSeconds(20))
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".editor-surface figure[data-card^='/media/']")));
    save();

    Block.Photo first = savedPhoto(storyId);
    assertThat(first.focus().x()).isCloseTo(0.7, offset(0.02));
    assertThat(first.focus().y()).isCloseTo(0.5, offset(0.03));
    assertThat(first.focus().card().src()).startsWith("/media/photo-").contains("-card-");
    assertThat(first.focus().thumb().src()).contains("-thumb-");

    // Replace the photo: the words and the focal point stay, the crops are made again.
    browser.find(".editor-surface figure").click();
    dialog = dialog();
    assertThat(dialog.findElement(By.cssSelector("[name=alt]")).getAttribute("value"))
        .isEqualTo("A yellow lantern over dark water");
    assertThat(dialog.findElement(By.cssSelector(".focus-marker")).isDisplayed()).isTrue();
    String before = dialog.findElement(By.cssSelector(".photo-preview")).getAttribute("src");
    WebElement replacement = dialog.findElement(By.cssSelector("input[name=replacement]"));
    browser.script("arguments[0].hidden = false", replacement);
    replacement.sendKeys(
        photo("second.jpg", new Color(10, 60, 30), new Color(220, 20, 30)).toString());
    WebElement shown = dialog.findElement(By.cssSelector(".photo-preview"));
    browser.waiting(Duration.ofSeconds(20)).until(d -> !before.equals(shown.getAttribute("src")));
    dialog.findElement(By.cssSelector("button[value=save]")).click();
    // The editor draws the figure again when the photo changes: a figure found just before that
    // is stale, so the wait looks again rather than failing on it.
    browser
        .waiting(Duration.ofSeconds(20))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(
            d ->
                !browser
                    .find(".editor-surface figure")
                    .getAttribute("data-card")
                    .startsWith(first.focus().card().src()));
    save();

    Block.Photo second = savedPhoto(storyId);
    assertThat(second.src()).isNotEqualTo(first.src());
    assertThat(second.alt()).isEqualTo(first.alt());
    assertThat(second.caption()).isEqualTo("The harbour on Saturday.");
    assertThat(second.credit()).isEqualTo("이서연 / Dateline");
    assertThat(second.focus().x()).isEqualTo(first.focus().x());
    assertThat(second.focus().card().src()).isNotEqualTo(first.focus().card().src());
    // The replaced photo's files are not deleted (a published version may show them).
    Path media = data.resolve("media");
    assertThat(media.resolve(first.src().substring("/media/".length()))).exists();
    assertThat(media.resolve(first.focus().card().src().substring("/media/".length()))).exists();

    // Published: the social card is the crop, centred on the red disc, and the credit shows.
    WebElement page = browser.find("html");
    browser.findAll("button[name=action]").stream()
        .filter(b -> b.getText().equals("Publish now"))
        .findFirst()
        .orElseThrow()
        .click();
    browser.waiting(Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
    long articleId = app.wiring().stories().find(storyId).orElseThrow().articleId().orElseThrow();
    String path = app.get("/article/" + articleId).headers().firstValue("location").orElseThrow();
    var article = Jsoup.parse(app.get(path.replaceFirst("^https?://[^/]+", "")).body());
    String card = article.selectFirst("meta[property=og:image]").attr("content");
    assertThat(card).endsWith(second.focus().card().src());
    assertThat(article.selectFirst("meta[property=og:image:width]").attr("content"))
        .isEqualTo(String.valueOf(second.focus().card().width()));
    assertThat(article.selectFirst("meta[name=twitter:image]").attr("content")).isEqualTo(card);
    assertThat(article.selectFirst("figure.photo figcaption .credit").text())
        .isEqualTo("이서연 / Dateline");
    HttpResponse<byte[]> file =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(app.url(second.focus().card().src()))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(file.statusCode()).isEqualTo(200);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(file.body()));
    Color centre = new Color(image.getRGB(image.getWidth() / 2, image.getHeight() / 2));
    assertThat(centre.getRed()).isGreaterThan(180);
    assertThat(centre.getGreen()).isLessThan(90);
    assertThat(Files.size(media.resolve(second.src().substring("/media/".length())))).isPositive();
  }
}
