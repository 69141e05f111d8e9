package org.dateline.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.testing.HtmlValidator;
import org.dateline.testing.PublicTemplates;
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
 * The Nu Html Checker, in its own JVM, on every public page template and state as the server sends
 * it, each with its expected status; a public template that none of them shows fails the gate.
 */
// It prints (a seed, a measure) to System.out, so it never runs beside a class that captures
// System.out (testing/Cli, which holds the lock for writing).
@ResourceLock(value = Resources.SYSTEM_OUT, mode = ResourceAccessMode.READ)
class ValidHtmlIT {
  private static final Path PAGES = Path.of("target", "html-pages");
  private static TestApp app;

  @BeforeAll
  static void start(@TempDir Path data) {
    app = TestApp.start(data, true);
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void every_public_template_is_valid_html() throws IOException {
    List<PublicTemplates.Page> templates = PublicTemplates.prepare(app);
    Templates.Recorder shown = Templates.record(app);
    Files.createDirectories(PAGES);
    List<Path> files = new ArrayList<>();
    for (PublicTemplates.Page page : templates) {
      files.add(
          Files.writeString(PAGES.resolve(page.name() + ".html"), PublicTemplates.html(app, page)));
    }

    assertThat(shown.missing(Templates.PUBLIC)).as("public templates no page showed").isEmpty();
    List<HtmlValidator.Message> messages = HtmlValidator.check(files);

    List<HtmlValidator.Message> errors =
        messages.stream().filter(HtmlValidator.Message::isError).toList();
    messages.stream()
        .filter(m -> !m.isError())
        .forEach(m -> System.out.println("vnu warning " + m));
    assertThat(errors).as(HtmlValidator.report(errors)).isEmpty();
  }
}
