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
import org.dateline.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Nu Html Checker on every newsroom page template as the server sends it: sign-in, desk, story
 * editor and its error states, preview, history, version, diff, stale save and message pages. The
 * dashboard, feedback inbox, curation, sections, users and account pages are checked by {@code
 * AdminPagesValidHtmlIT}.
 */
class NewsroomValidHtmlIT {
  /**
   * Checked by AdminPagesValidHtmlIT (with content); the browser-only states have no HTML of their
   * own.
   */
  private static final Set<String> ELSEWHERE =
      Set.of(
          "dashboard",
          "dashboard-tables",
          "feedback",
          "curation",
          "sections",
          "users",
          "account",
          "story-photo-dialog");

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
    for (NewsroomTemplates.Page page : content.pages()) {
      if (!ELSEWHERE.contains(page.name())) {
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

    List<HtmlValidator.Message> messages = HtmlValidator.check(files);

    assertThat(files).hasSize(content.pages().size() - ELSEWHERE.size() + 1);
    List<HtmlValidator.Message> errors =
        messages.stream().filter(HtmlValidator.Message::isError).toList();
    messages.stream()
        .filter(m -> !m.isError())
        .forEach(m -> System.out.println("vnu warning " + m));
    assertThat(errors).as(HtmlValidator.report(errors)).isEmpty();
  }
}
