package org.dateline.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.edition.Edition;
import org.dateline.testing.HtmlValidator;
import org.dateline.testing.PublicTemplates;
import org.dateline.testing.Templates;
import org.dateline.testing.TestApp;
import org.dateline.testing.TestEditions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/**
 * The HTML-validity gate ({@link ValidHtmlIT}) on every public template and state of an Arabic
 * (right-to-left) and a Korean edition (issue 13 points 1 and 2).
 */
// It prints (a seed, a measure) to System.out, so it never runs beside a class that captures
// System.out (testing/Cli, which holds the lock for writing).
@ResourceLock(value = Resources.SYSTEM_OUT, mode = ResourceAccessMode.READ)
class EditionsValidHtmlIT {
  private static final Path PAGES = Path.of("target", "html-pages-editions");

  @TempDir Path arabicData;
  @TempDir Path koreanData;

  @Test
  void every_public_template_is_valid_html_in_the_arabic_and_the_korean_edition()
      throws IOException {
    List<Path> files = new ArrayList<>();
    files.addAll(pages(arabicData, TestEditions.ARABIC));
    files.addAll(pages(koreanData, TestEditions.KOREAN));
    assertThat(files).hasSizeGreaterThan(30);
    List<HtmlValidator.Message> messages = HtmlValidator.check(files);
    List<HtmlValidator.Message> errors =
        messages.stream().filter(HtmlValidator.Message::isError).toList();
    messages.stream()
        .filter(m -> !m.isError())
        .forEach(m -> System.out.println("vnu warning " + m));
    assertThat(errors).as(HtmlValidator.report(errors)).isEmpty();
  }

  private static List<Path> pages(Path data, Edition edition) throws IOException {
    List<Path> files = new ArrayList<>();
    try (TestApp app = TestEditions.use(TestApp.start(data, true), edition)) {
      List<PublicTemplates.Page> templates = PublicTemplates.ofDefaultEdition(app);
      Templates.Recorder shown = Templates.record(app);
      Path dir = Files.createDirectories(PAGES.resolve(edition.language()));
      for (PublicTemplates.Page page : templates) {
        files.add(
            Files.writeString(dir.resolve(page.name() + ".html"), PublicTemplates.html(app, page)));
      }
      assertThat(shown.missing(Templates.PUBLIC)).as("public templates no page showed").isEmpty();
    }
    return files;
  }
}
