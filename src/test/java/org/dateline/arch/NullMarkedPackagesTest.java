package org.dateline.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every main package is checked by NullAway (decision 0082): NullAway runs with {@code
 * OnlyNullMarked}, so a package without {@code @NullMarked} in its {@code package-info.java} would
 * silently escape it. Read from the source folders, so a new package fails here until it has one.
 */
class NullMarkedPackagesTest {
  private static final Path MAIN = Path.of("src", "main", "java");
  private static final Pattern NULL_MARKED = Pattern.compile("(?m)^@NullMarked\\b");

  @Test
  void every_main_package_is_null_marked_in_its_package_info() throws IOException {
    assertThat(unmarked(MAIN))
        .as(
            "packages without @NullMarked in package-info.java; add one with a javadoc line, then"
                + " `@NullMarked` above `package ...;` and `import org.jspecify.annotations.NullMarked;`")
        .isEmpty();
  }

  @Test
  void the_rule_reports_a_package_without_package_info_and_one_without_the_annotation(
      @TempDir Path root) throws IOException {
    write(root.resolve("org/x/a/A.java"), "package org.x.a;\nclass A {}\n");
    write(
        root.resolve("org/x/a/package-info.java"),
        "/** A. */\n@NullMarked\npackage org.x.a;\n\nimport org.jspecify.annotations.NullMarked;\n");
    write(root.resolve("org/x/b/B.java"), "package org.x.b;\nclass B {}\n");
    write(root.resolve("org/x/c/C.java"), "package org.x.c;\nclass C {}\n");
    write(
        root.resolve("org/x/c/package-info.java"), "/** Says @NullMarked. */\npackage org.x.c;\n");
    write(root.resolve("org/x/empty/readme.txt"), "no Java here");

    assertThat(unmarked(root)).containsExactly("org/x/b", "org/x/c");
  }

  /** The folders holding Java sources whose package-info.java lacks {@code @NullMarked}. */
  static List<String> unmarked(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(".java"))
          .map(Path::getParent)
          .distinct()
          .filter(dir -> !nullMarked(dir.resolve("package-info.java")))
          .map(dir -> root.relativize(dir).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  private static boolean nullMarked(Path packageInfo) {
    try {
      return Files.exists(packageInfo)
          && NULL_MARKED.matcher(Files.readString(packageInfo, StandardCharsets.UTF_8)).find();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
