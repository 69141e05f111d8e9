package org.dateline.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium, for the browser gates. One per test class: start it
 * in {@code @BeforeAll} with a fresh profile folder and close it in {@code @AfterAll}.
 *
 * <p>When Chromium or its driver is missing this fails (never skips): CI installs both, and a gate
 * that quietly does not run is no gate.
 */
public final class Browser implements AutoCloseable {
  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  /** The widths every public page template is checked at: desktop and phone. */
  public static final List<Integer> WIDTHS = List.of(1280, 390);

  /** Flags validated for Debian Chromium in a container (see shared/STACK.md §12). */
  public static final List<String> FLAGS =
      List.of(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-dev-shm-usage",
          "--hide-scrollbars",
          "--window-size=1280,900");

  private final ChromeDriver driver;
  private final ChromeDriverService service;
  private int width = 1280;

  private Browser(ChromeDriver driver, ChromeDriverService service) {
    this.driver = driver;
    this.service = service;
  }

  /** Starts headless Chromium with a fresh profile in {@code profileDir}. */
  public static Browser start(Path profileDir) {
    requireExecutable(CHROMIUM, "chromium");
    requireExecutable(CHROMEDRIVER, "chromium-driver");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(FLAGS);
    options.addArguments("--user-data-dir=" + profileDir.toAbsolutePath());
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    Browser browser = new Browser(driver, service);
    browser.width(1280);
    return browser;
  }

  private static void requireExecutable(Path file, String debianPackage) {
    if (!Files.isExecutable(file)) {
      throw new AssertionError(
          file
              + " is missing: install the Debian package "
              + debianPackage
              + " (.ci/run does this)");
    }
  }

  public ChromeDriver driver() {
    return driver;
  }

  /** Emulates a viewport of this CSS width (a phone below 600 px: touch, mobile viewport rules). */
  public Browser width(int cssPixels) {
    this.width = cssPixels;
    boolean phone = cssPixels < 600;
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of(
            "width",
            cssPixels,
            "height",
            phone ? 844 : 900,
            "deviceScaleFactor",
            1,
            "mobile",
            phone));
    return this;
  }

  public int width() {
    return width;
  }

  /**
   * Turns the page's own JavaScript off or on (for the no-JS paths); WebDriver scripts still run.
   */
  public Browser javaScript(boolean enabled) {
    driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", !enabled));
    return this;
  }

  public Browser open(String url) {
    driver.get(url);
    return this;
  }

  public String url() {
    return driver.getCurrentUrl();
  }

  public String title() {
    return driver.getTitle();
  }

  public WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  public List<WebElement> findAll(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  /**
   * The HTTP status the current document came with (the Navigation Timing entry's {@code
   * responseStatus}): a page scanned in the browser is checked for its status too.
   */
  public int status() {
    Object status =
        script(
            "const e = performance.getEntriesByType('navigation')[0];"
                + " return e ? e.responseStatus : -1;");
    return ((Number) status).intValue();
  }

  public Object script(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(js, args);
  }

  public Object asyncScript(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeAsyncScript(js, args);
  }

  /** Presses keys as a keyboard user does, on whatever has focus. */
  public Browser keys(CharSequence... keys) {
    new Actions(driver).sendKeys(keys).perform();
    return this;
  }

  public WebDriverWait waiting(Duration timeout) {
    return new WebDriverWait(driver, timeout);
  }

  /** The open JavaScript dialog's text (alert, confirm, prompt), dismissing it; null when none. */
  public String dialog() {
    try {
      Alert alert = driver.switchTo().alert();
      String text = alert.getText();
      alert.dismiss();
      return text;
    } catch (NoAlertPresentException none) {
      return null;
    }
  }

  /** The console messages since the last call (errors, CSP reports, logs). */
  public List<String> console() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .map(LogEntry::toString)
        .toList();
  }

  /** Saves a screenshot of the whole page (not only the viewport) as a PNG. */
  public Path screenshot(Path file) {
    Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    Map<?, ?> size = (Map<?, ?>) metrics.get("cssContentSize");
    Map<String, Object> clip =
        Map.of(
            "x", 0,
            "y", 0,
            "width", ((Number) size.get("width")).doubleValue(),
            "height", Math.min(((Number) size.get("height")).doubleValue(), 12_000),
            "scale", 1);
    Map<String, Object> shot =
        driver.executeCdpCommand(
            "Page.captureScreenshot",
            Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      service.close();
    }
  }
}
