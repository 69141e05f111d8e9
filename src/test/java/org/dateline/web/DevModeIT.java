package org.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.dateline.Config;
import org.dateline.testing.TestApp;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Development mode ({@code make dev}, decision 0022): one running server, whose templates and
 * static files are copies of the source folders; an edit to either shows on a later request, with
 * no restart. Edits go to the copies, never to {@code src/}.
 */
class DevModeIT {
  private static final Duration DEADLINE = Duration.ofSeconds(60);

  @TempDir static Path data;
  @TempDir static Path sources;
  static Config.Dev dev;
  static TestApp app;

  @BeforeAll
  static void start() {
    dev =
        new Config.Dev(
            copy(Path.of("src/main/jte"), sources.resolve("jte")),
            copy(Path.of("src/main/resources/public"), sources.resolve("public")),
            sources.resolve("classes"));
    app = TestApp.startDev(data, dev);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void an_edited_template_shows_on_a_later_request_without_a_restart() throws IOException {
    // Given the home page, rendered once from the copied templates.
    assertThat(app.get("/").body()).doesNotContain("Reloaded template");
    Path layout = dev.templates().resolve("layout/page.jte");
    String original = Files.readString(layout);
    assertThat(original).contains("</body>");

    for (String marker : List.of("Reloaded template 1 — 기자", "Reloaded template 2 — 記者")) {
      // When the layout is edited while the server runs.
      Files.writeString(
          layout, original.replace("</body>", "<p id=\"marker\">" + marker + "</p>\n</body>"));

      // Then a later request of the same server shows the edit.
      String page = pollUntil("/", body -> body.contains(marker));
      assertThat(Jsoup.parse(page).select("#marker").text()).isEqualTo(marker);
    }
  }

  @Test
  void an_edited_stylesheet_is_served_at_once_under_a_plain_url_that_browsers_revalidate()
      throws IOException {
    // Given the stylesheet the home page links to: a plain URL, not fingerprinted, joined from its
    // parts: the one it shares with the newsroom's, css/shared/, then its own in css/site/
    // (decisions 0108, 0116).
    String href = Jsoup.parse(app.get("/").body()).select("link[rel=stylesheet]").attr("href");
    assertThat(href).isEqualTo("/static/css/site.css");
    HttpResponse<String> before = app.get(href);
    assertThat(before.statusCode()).isEqualTo(200);
    assertThat(before.headers().firstValue("Cache-Control")).hasValue("no-cache");
    Path first = dev.staticFiles().resolve("css/shared/base.css");
    Path last = dev.staticFiles().resolve("css/site/search.css");
    assertThat(before.body()).startsWith(Files.readString(first)).endsWith(Files.readString(last));

    // When a part of the stylesheet is edited.
    String marker = "/* edited at " + Instant.now() + " */";
    Files.writeString(last, marker + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

    // Then the next request serves the stylesheet with the edited part.
    assertThat(app.get(href).body()).startsWith(Files.readString(first)).endsWith(marker + "\n");
  }

  @Test
  void only_the_sites_own_static_files_are_served_from_the_source_folder() throws IOException {
    // Given a file in the static folder that the site does not list, and a way out of the folder.
    Files.writeString(dev.staticFiles().resolve("css/stray.css"), "body{}");

    // Then neither is served.
    assertThat(app.get("/static/css/stray.css").statusCode()).isEqualTo(404);
    for (String path :
        List.of("/static/../jte/layout/page.jte", "/static/..%2F..%2Fjte%2Flayout%2Fpage.jte")) {
      HttpResponse<String> answer = app.get(path);
      assertThat(answer.statusCode()).as(path).isBetween(400, 404);
      assertThat(answer.body()).as(path).doesNotContain("@param");
    }
  }

  /** GETs {@code path} until its body satisfies {@code done}; fails after the deadline. */
  private static String pollUntil(String path, Predicate<String> done) {
    Instant deadline = Instant.now().plus(DEADLINE);
    String body = app.get(path).body();
    while (!done.test(body) && Instant.now().isBefore(deadline)) {
      pause();
      body = app.get(path).body();
    }
    assertThat(done).as("the page at %s within %s", path, DEADLINE).accepts(body);
    return body;
  }

  private static void pause() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Path copy(Path from, Path to) {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
      return to;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
