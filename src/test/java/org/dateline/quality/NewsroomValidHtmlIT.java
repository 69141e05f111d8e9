package org.dateline.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dateline.testing.HtmlValidator;
import org.dateline.testing.Newsroom;
import org.dateline.testing.NewsroomClient;
import org.dateline.testing.NewsroomTemplates;
import org.dateline.testing.Templates;
import org.dateline.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/**
 * The Nu Html Checker on every newsroom page template and state as the server sends it, each with
 * its expected status (the states only a browser reaches — the photo dialog, opened tables — have
 * the HTML of their page); a newsroom template that none of them shows fails the gate. {@code
 * AdminPagesValidHtmlIT} checks the admin pages again with hostile content.
 */
// It prints (a seed, a measure) to System.out, so it never runs beside a class that captures
// System.out (testing/Cli, which holds the lock for writing).
@ResourceLock(value = Resources.SYSTEM_OUT, mode = ResourceAccessMode.READ)
class NewsroomValidHtmlIT {
  /** States reached by script in the browser: their HTML is that of the page they start from. */
  private static final Set<NewsroomTemplates.Via> BROWSER_ONLY =
      Set.of(NewsroomTemplates.Via.PHOTO_DIALOG, NewsroomTemplates.Via.OPEN_DETAILS);

  private static final Path PAGES = Path.of("target", "html-pages", "newsroom");
  private static TestApp app;
  private static NewsroomTemplates.Content content;

  @BeforeAll
  static void start(@TempDir Path data) {
    app = TestApp.start(data, true);
    content = NewsroomTemplates.prepare(app);
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void every_newsroom_template_is_valid_html() throws IOException {
    NewsroomClient admin =
        NewsroomClient.signIn(app, NewsroomTemplates.ADMIN_EMAIL, Newsroom.PASSWORD);
    Files.createDirectories(PAGES);
    List<Path> files = new ArrayList<>();
    Templates.Recorder shown = Templates.record(app);
    int browserOnly = 0;
    for (NewsroomTemplates.Page page : content.pages()) {
      if (BROWSER_ONLY.contains(page.via())) {
        browserOnly++;
      } else {
        files.add(
            Files.writeString(
                PAGES.resolve(page.name() + ".html"),
                NewsroomTemplates.html(app, admin, content, page)));
      }
    }

    // Not a newsroom template, but the newsroom wrote it: the public page of a story published from
    // there.
    String article = "/article/" + content.published().articleId().orElseThrow();
    String canonical = NewsroomClient.location(app.get(article));
    files.add(
        Files.writeString(PAGES.resolve("published-article.html"), app.get(canonical).body()));

    assertThat(shown.missing(Templates.NEWSROOM)).as("newsroom templates no page showed").isEmpty();
    List<HtmlValidator.Message> messages = HtmlValidator.check(files);

    assertThat(files).hasSize(content.pages().size() - browserOnly + 1);
    List<HtmlValidator.Message> errors =
        messages.stream().filter(HtmlValidator.Message::isError).toList();
    messages.stream()
        .filter(m -> !m.isError())
        .forEach(m -> System.out.println("vnu warning " + m));
    assertThat(errors).as(HtmlValidator.report(errors)).isEmpty();
  }
}
