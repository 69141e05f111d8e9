package org.dateline.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.dateline.feedback.Feedbacks;
import org.dateline.testing.Browser;
import org.dateline.testing.HostileInput;
import org.dateline.testing.InjectionScan;
import org.dateline.testing.PublicTemplates;
import org.dateline.testing.RawHttp;
import org.dateline.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The hostile corpus in a real browser, where escaping mistakes would run: no dialog, no {@code
 * window.__xss}, no injected element or handler, no blocked-script report on the console.
 */
@ResourceLock(Browser.LOCK)
class HostileInputBrowserIT {
  private static final List<String> XSS = HostileInput.xssPayloads();

  /** Payloads in one feedback message: together well under the field's limit. */
  private static final int PER_MESSAGE = 8;

  private static TestApp app;
  private static Browser browser;
  private static String article;

  @BeforeAll
  static void start(@TempDir Path data) {
    app = TestApp.start(data, true);
    article = PublicTemplates.articlePath(app, 1);
    browser = Browser.shared();
    browser.open(app.url("/"));
    assertThat(signsOfInjection("clean home page")).isEmpty();
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

  /**
   * Every payload in the feedback field, {@link #PER_MESSAGE} to a message, space-separated, each
   * message sent from the previous 422 page (decision 0097): the echo is the textarea's text, which
   * every payload reaches as it would alone, and a page that ran or grew markup names the payloads
   * it carried.
   */
  @Test
  void the_feedback_error_page_shows_every_payload_as_text() {
    List<String> problems = new ArrayList<>();
    String padding = " " + "x".repeat(2001);
    browser.open(app.url(article));
    int sent = 0;
    for (int from = 0; from < XSS.size(); from += PER_MESSAGE) {
      List<String> payloads = XSS.subList(from, Math.min(XSS.size(), from + PER_MESSAGE));
      // Joined by spaces: a form sends a line break as CR LF, which would move the field's cut.
      String typed = String.join(" ", payloads) + padding;
      assertThat(typed.codePointCount(0, typed.length() - padding.length()))
          .as("every payload within the field's limit")
          .isLessThan(Feedbacks.MAX_LENGTH);
      // The 422 page carries the form again: each message is sent from the previous answer.
      browser.script("document.querySelector('.feedback-error').remove();");
      browser.script(
          "const f = document.querySelector('form.feedback-form');"
              + "f.querySelector('textarea').value = arguments[0];"
              + "HTMLFormElement.prototype.submit.call(f);",
          typed);
      browser
          .waiting(Duration.ofSeconds(10))
          .pollingEvery(Duration.ofMillis(25))
          .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".feedback-error")));
      problems.addAll(signsOfInjection("422 page with " + payloads));
      assertThat(browser.find("#feedback-text").getAttribute("value"))
          .as("kept as typed, up to the field's limit")
          .isEqualTo(typed.substring(0, typed.offsetByCodePoints(0, Feedbacks.MAX_LENGTH)));
      sent += payloads.size();
    }
    assertThat(sent).isEqualTo(XSS.size());
    assertThat(problems).isEmpty();
  }

  @Test
  void payloads_in_paths_and_queries_do_nothing_in_the_browser() {
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < XSS.size(); i++) {
      String p = RawHttp.encode(XSS.get(i));
      // Every payload on one of the templates that could echo an address, in turn.
      String target =
          switch (i % 4) {
            case 0 -> "/no/such/" + p;
            case 1 -> "/news?before=" + p;
            case 2 -> article + "?feedback=" + p;
            default -> "/section/" + p + "?after=" + p;
          };
      browser.open(app.url(target));
      problems.addAll(signsOfInjection(target));
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void payloads_in_stories_and_in_searches_show_as_text_in_highlighted_results() {
    // Given a public story whose headline and body hold every payload as text, near a word
    var paragraphs = new ArrayList<org.dateline.article.Block>();
    for (String payload : XSS) {
      paragraphs.add(
          new org.dateline.article.Block.Paragraph(
              "xsswitness " + org.dateline.shared.Html.escape(payload) + " xsswitness"));
    }
    app.wiring()
        .articles()
        .publish(
            new org.dateline.article.ArticleContent(
                "xsswitness " + XSS.get(0),
                "",
                "en",
                "",
                List.of("Reporter"),
                java.util.Optional.empty(),
                paragraphs,
                List.of(),
                5),
            java.time.Instant.now(),
            java.util.Optional.of("xss-search"));
    List<String> problems = new ArrayList<>();
    // When the word is searched, its marks sit next to every payload; and each payload searched
    browser.open(app.url("/search?q=xsswitness"));
    assertThat(browser.find(".search-result mark").getText()).isEqualTo("xsswitness");
    problems.addAll(signsOfInjection("results with payloads"));
    for (int i = 0; i < XSS.size(); i += 3) {
      browser.open(app.url("/search?q=" + RawHttp.encode(XSS.get(i))));
      problems.addAll(signsOfInjection("search for " + XSS.get(i)));
    }
    // Then nothing ran and nothing was injected
    assertThat(problems).isEmpty();
  }

  @Test
  void the_inline_feedback_error_is_written_as_text() {
    browser.open(app.url(article));
    browser.find("#feedback summary").click();
    String payload = "<img src=x onerror=window.__xss=1>" + "y".repeat(2001);
    browser.script("document.getElementById('feedback-text').value = arguments[0];", payload);
    browser.find(".feedback-form button[type=submit]").click();
    browser
        .waiting(Duration.ofSeconds(10))
        .pollingEvery(Duration.ofMillis(25))
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".feedback-error")));
    assertThat(browser.find(".feedback-error").getText()).contains("characters long");
    assertThat(signsOfInjection("inline error")).isEmpty();
  }

  private static List<String> signsOfInjection(String where) {
    return InjectionScan.inBrowser(browser, where);
  }
}
