package org.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.dateline.ingest.Provider;
import org.dateline.ingest.ProviderForm;
import org.dateline.newsroom.auth.Role;
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

/** The incoming desk in a real browser: a reporter previews a partner's item and takes it. */
@ResourceLock(Browser.LOCK)
class IncomingBrowserIT {
  @TempDir static Path data;
  static TestApp app;
  static Browser browser;

  @BeforeAll
  static void start() {
    app = TestApp.start(data, false);
    Newsroom.user(app.wiring(), Role.REPORTER, "Rita Reporter");
    Provider p =
        app.wiring()
            .incoming()
            .add(new ProviderForm("agence-seoul", "ninjs", Provider.SourceKind.PUSH, "", ""))
            .provider();
    app.wiring()
        .incoming()
        .receive(
            p,
            "item.json",
            ("{\"uri\":\"urn:as:1\",\"version\":\"3\",\"language\":\"ko\",\"urgency\":2,"
                    + "\"headlines\":[{\"value\":\"부산항 물동량 급증\"}],"
                    + "\"bodies\":[{\"contenttype\":\"text/html\",\"value\":"
                    + "\"<p>Cranes <b>worked</b> all night.</p><script>alert(1)</script>\"}]}")
                .getBytes(StandardCharsets.UTF_8));
    browser = Browser.shared();
  }

  @AfterAll
  static void stop() {
    browser.close();
    app.close();
  }

  @Test
  void a_reporter_previews_a_partners_item_and_takes_it_into_a_draft_that_names_its_source() {
    browser.open(app.url("/newsroom/login"));
    browser.driver().manage().deleteAllCookies();
    browser.open(app.url("/newsroom/login"));
    browser.find("#email").sendKeys("rita.reporter@newsroom.test");
    browser.find("#password").sendKeys(Newsroom.PASSWORD);
    browser.find("form button[type=submit]").click();
    browser
        .waiting(Duration.ofSeconds(10))
        .until(ExpectedConditions.not(ExpectedConditions.urlContains("/newsroom/login")));
    browser.open(app.url("/newsroom/incoming"));
    browser.find("table.incoming a").click();

    browser
        .waiting(Duration.ofSeconds(10))
        .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1"), "부산항"));
    assertThat(browser.find(".item-preview").getText()).contains("Cranes worked all night.");
    assertThat(browser.find(".item-preview b").getText()).isEqualTo("worked");
    assertThat(browser.driver().findElements(By.cssSelector(".item-preview script"))).isEmpty();

    browser.find(".actions button").click();
    browser
        .waiting(Duration.ofSeconds(10))
        .until(ExpectedConditions.urlContains("/newsroom/stories/"));
    assertThat(browser.find(".story-source").getText())
        .contains("from agence-seoul, guid urn:as:1, version 3");
  }
}
