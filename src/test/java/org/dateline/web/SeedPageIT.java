package org.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.dateline.testing.Seed;
import org.dateline.testing.TestApp;
import org.dateline.testing.VisibleText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The article page of the imported seed reads like the seed: every line, in order. */
class SeedPageIT {
  @TempDir Path data;
  @TempDir Path files;

  @Test
  void the_imported_seed_page_shows_every_seed_line_in_the_seed_order() {
    try (TestApp app = TestApp.start(data, false)) {
      var imported = app.wiring().ingest().importFile(Seed.copyTo(files));
      String html = app.get(imported.path()).body();
      String text = VisibleText.of(html);

      List<String> lines =
          Arrays.stream(Seed.text().split("\\R"))
              .map(VisibleText::normalize)
              .filter(l -> !l.isEmpty())
              .toList();
      assertThat(lines).hasSizeGreaterThan(20);
      int from = 0;
      for (String line : lines) {
        int at = text.indexOf(line, from);
        assertThat(at)
            .as(
                "seed line not found after position %d: \"%s\"%nin page text: %s",
                from, line, text.substring(from))
            .isGreaterThanOrEqualTo(0);
        from = at + line.length();
      }
    }
  }
}
