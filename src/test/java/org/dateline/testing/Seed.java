package org.dateline.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The seed story the project carries (src/main/resources/demo/seed), for tests. */
public final class Seed {
  public static final String FILE_NAME = "000_ef32f6ee3629e817.txt";

  private Seed() {}

  public static String text() {
    try (InputStream in =
        Seed.class.getClassLoader().getResourceAsStream("demo/seed/" + FILE_NAME)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the seed into {@code dir} under its own name and returns the path. */
  public static Path copyTo(Path dir) {
    try {
      return Files.writeString(dir.resolve(FILE_NAME), text());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
