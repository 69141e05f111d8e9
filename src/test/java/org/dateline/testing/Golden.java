package org.dateline.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: expected outputs under {@code src/test/resources/fixtures/}, so that every change
 * of a format shows in review. On a difference the actual output is written to {@code
 * target/golden-actual/} (never into the source tree) for a person to compare and copy over.
 */
public final class Golden {
  private Golden() {}

  /** Asserts that {@code actual} equals the fixture {@code name} (a path under fixtures/). */
  public static void assertMatches(String name, String actual) {
    String expected = read("fixtures/" + name);
    if (!actual.equals(expected)) {
      Path out = Path.of("target", "golden-actual", name);
      try {
        Files.createDirectories(out.getParent());
        Files.writeString(out, actual, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    assertThat(actual)
        .as(
            "output differs from src/test/resources/fixtures/%s; the actual output is in"
                + " target/golden-actual/%s",
            name, name)
        .isEqualTo(expected);
  }

  private static String read(String resource) {
    try (InputStream in = Golden.class.getClassLoader().getResourceAsStream(resource)) {
      return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
