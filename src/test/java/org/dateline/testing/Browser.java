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
import java.util.concurrent.Semaphore;
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
 * Headless Debian Chromium driven by Selenium, for the browser gates. One Chromium serves the whole
 * test run (a JVM): a class takes it with {@link #shared()} in {@code @BeforeAll} and hands it back
 * with {@link #close()} in {@code @AfterAll}; in between the class has it alone (a second taker
 * waits). Each taker gets it blank: no cookies or cache, JavaScript on, 1280 px wide, on {@code
 * about:blank}, its console read. The process ends with the JVM. {@link #start} still gives a class
 * a Chromium of its own (decision 0023).
 *
 * <p>When Chromium or its driver is missing this fails (never skips): CI installs both, and a gate
 * that quietly does not run is no gate.
 */
public final class Browser implements AutoCloseable {
  /**
   * The resource lock of the shared Chromium: a class that takes it says
   * {@code @ResourceLock(Browser.LOCK)}, so JUnit runs the other classes beside it, not another
   * browser class.
   */
  public static final String LOCK = "org.dateline.testing.Browser";

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

  /** Held by the class that has the shared Chromium, from {@link #shared()} to {@link #close()}. */
  private static final Semaphore SHARED_TURN = new Semaphore(1, true);

  private static Browser shared; // guarded by SHARED_TURN

  private final ChromeDriver driver;
  private final ChromeDriverService service;
  private final boolean isShared;
  private final java.util.concurrent.atomic.AtomicBoolean taken =
      new java.util.concurrent.atomic.AtomicBoolean();
  private int width = 1280;

  private Browser(ChromeDriver driver, ChromeDriverService service, boolean isShared) {
    this.driver = driver;
    this.service = service;
    this.isShared = isShared;
  }

  /**
   * The test run's one Chromium, blank, for this class alone until it calls {@link #close()}. It is
   * started on first use (or again, if its process died) and quit when the JVM exits.
   */
  public static Browser shared() {
    SHARED_TURN.acquireUninterruptibly();
    boolean handedOut = false;
    try {
      if (shared != null && !shared.alive()) {
        shared.quit();
        shared = null;
      }
      if (shared == null) {
        Path profile = temporaryProfile();
        Browser started = launch(profile, true);
        Runtime.getRuntime()
            .addShutdownHook(new Thread(() -> quitAndDelete(started, profile), "chromium-quit"));
        shared = started;
      }
      shared.blank();
      shared.taken.set(true);
      handedOut = true;
      return shared;
    } finally {
      if (!handedOut) {
        SHARED_TURN.release();
      }
    }
  }

  private static Path temporaryProfile() {
    try {
      return Files.createTempDirectory("dateline-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts a Chromium of this class's own with a fresh profile in {@code profileDir}. */
  public static Browser start(Path profileDir) {
    return launch(profileDir, false);
  }

  private static Browser launch(Path profileDir, boolean isShared) {
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
    Browser browser = new Browser(driver, service, isShared);
    browser.width(1280);
    return browser;
  }

  private boolean alive() {
    try {
      driver.getWindowHandles();
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  /**
   * Forgets what the last class did: windows, dialogs, cookies, cache, console, width. (The site
   * keeps nothing in web storage, and every class's server has its own port, so its own origin.)
   */
  private void blank() {
    List<String> windows = List.copyOf(driver.getWindowHandles());
    for (String window : windows.subList(1, windows.size())) {
      driver.switchTo().window(window).close();
    }
    driver.switchTo().window(windows.get(0));
    dialog();
    driver.get("about:blank");
    driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    driver.manage().timeouts().implicitlyWait(Duration.ZERO);
    javaScript(true);
    width(1280);
    console();
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
   * Resizes the page already shown to this width (as a phone turned or a window narrowed) and
   * returns once it has drawn two frames at it, so its resize handlers have run: a gate that checks
   * a page at every width loads it once and resizes it, instead of loading it again per width.
   */
  public Browser resize(int cssPixels) {
    width(cssPixels);
    asyncScript(
        "const done = arguments[arguments.length - 1];"
            + " requestAnimationFrame(() => requestAnimationFrame(() => done(true)));");
    return this;
  }

  /**
   * The page's layout viewport width in CSS pixels ({@code document.documentElement.clientWidth},
   * what its media queries see): a gate that resizes a loaded page instead of loading it again
   * checks the resize took. ({@code window.innerWidth} is the visual viewport: on a phone it grows
   * past the device's width when content overflows and the page is zoomed out to show it.)
   */
  public long viewportWidth() {
    return ((Number) script("return document.documentElement.clientWidth;")).longValue();
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
    // The page's window to the front and its document focused first: in a loaded run, two TABs on
    // a fresh page once left the focus on <body> (ReaderJourneyIT), as if the keys went elsewhere.
    driver.switchTo().window(driver.getWindowHandle());
    script("if (!document.hasFocus()) { window.focus(); }");
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

  /** Hands the shared Chromium back for the next class, or quits a Chromium of its own. */
  @Override
  public void close() {
    if (isShared) {
      if (taken.compareAndSet(true, false)) {
        SHARED_TURN.release();
      }
    } else {
      quit();
    }
  }

  private void quit() {
    try {
      driver.quit();
    } catch (RuntimeException e) {
      // Already gone: the service below still stops the driver process.
    } finally {
      service.close();
    }
  }

  private static void quitAndDelete(Browser browser, Path profile) {
    browser.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // A profile left in the temp folder is harmless.
    }
  }
}
