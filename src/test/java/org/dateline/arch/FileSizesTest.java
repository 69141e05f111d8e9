package org.dateline.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No main source file is over {@value #LIMIT} lines without a recorded reason (issue 8, decision
 * 0093). Walks {@code src/main} for Java, JTE, JavaScript and CSS files and compares them with the
 * table in {@code docs/LONG_FILES.md}: a long file missing from the table fails, and so does a row
 * whose file is no longer long or no longer exists, so the list cannot go stale.
 */
class FileSizesTest {
  static final int LIMIT = 300;
  static final Set<String> KINDS = Set.of("java", "jte", "js", "css");
  private static final Path ROOT = Path.of("");
  private static final Path LIST = Path.of("docs", "LONG_FILES.md");
  private static final String START = "<!-- long-files:start -->";
  private static final String END = "<!-- long-files:end -->";
  private static final Pattern ROW = Pattern.compile("^\\|\\s*`([^`]+)`\\s*\\|(.*)\\|\\s*$");

  @Test
  void every_main_source_file_over_the_limit_is_listed_with_a_reason_and_every_row_is_true()
      throws IOException {
    assertThat(problems(ROOT, Files.readString(LIST, StandardCharsets.UTF_8)))
        .as(
            "docs/LONG_FILES.md against src/main: split the file by responsibility (STYLE.md), or"
                + " add a row `| `path` | why it stays long |` between the markers; remove a row"
                + " once its file is "
                + LIMIT
                + " lines or fewer")
        .isEmpty();
  }

  @Test
  void the_rule_reports_an_unlisted_overfile_a_listed_short_one_a_gone_one_and_an_empty_reason(
      @TempDir Path root) throws IOException {
    write(root.resolve("src/main/java/org/x/Long.java"), LIMIT + 1);
    write(root.resolve("src/main/java/org/x/Listed.java"), LIMIT + 40);
    write(root.resolve("src/main/java/org/x/Exactly.java"), LIMIT);
    write(root.resolve("src/main/java/org/x/Shrunk.java"), 12);
    write(root.resolve("src/main/jte/page.jte"), LIMIT + 2);
    write(root.resolve("src/main/resources/public/css/site.css"), LIMIT + 3);
    write(root.resolve("src/main/resources/public/js/a.js"), LIMIT + 4);
    write(root.resolve("src/main/resources/public/js/Bare.js"), LIMIT + 5);
    write(root.resolve("src/main/resources/db/V1__long.sql"), LIMIT + 50);
    String list =
        String.join(
            "\n",
            "# Long files",
            "| `src/main/java/org/x/Outside.java` | above the markers: not read |",
            START,
            "| file | why |",
            "|---|---|",
            "| `src/main/java/org/x/Listed.java` | the composition root |",
            "| `src/main/java/org/x/Shrunk.java` | was long once |",
            "| `src/main/java/org/x/Gone.java` | moved away |",
            "| `src/main/resources/public/css/site.css` | one request |",
            "| `src/main/resources/public/js/Bare.js` |   |",
            END,
            "");

    assertThat(problems(root, list))
        .containsExactly(
            "not listed, " + (LIMIT + 1) + " lines: src/main/java/org/x/Long.java",
            "not listed, " + (LIMIT + 2) + " lines: src/main/jte/page.jte",
            "not listed, " + (LIMIT + 4) + " lines: src/main/resources/public/js/a.js",
            "listed without a reason: src/main/resources/public/js/Bare.js",
            "listed but 12 lines, no longer over " + LIMIT + ": src/main/java/org/x/Shrunk.java",
            "listed but no such file: src/main/java/org/x/Gone.java");
  }

  @Test
  void a_list_without_its_markers_or_with_a_row_twice_is_refused(@TempDir Path root)
      throws IOException {
    write(root.resolve("src/main/java/org/x/Long.java"), LIMIT + 1);
    String twice =
        String.join(
            "\n",
            START,
            "| `src/main/java/org/x/Long.java` | one |",
            "| `src/main/java/org/x/Long.java` | two |",
            END);

    assertThat(problems(root, "| `src/main/java/org/x/Long.java` | no markers |"))
        .containsExactly("docs/LONG_FILES.md has no " + START + " ... " + END + " table");
    assertThat(problems(root, twice))
        .containsExactly("listed twice: src/main/java/org/x/Long.java");
  }

  /**
   * What is wrong between the main source files under {@code root} and the list's table, one line
   * each: unlisted long files, rows without a reason, rows whose file is short or gone.
   */
  static List<String> problems(Path root, String list) throws IOException {
    Map<String, Integer> over = new TreeMap<>();
    Map<String, Integer> all = new TreeMap<>();
    Path main = root.resolve("src").resolve("main");
    try (Stream<Path> files = Files.walk(main)) {
      files
          .filter(Files::isRegularFile)
          .filter(p -> KINDS.contains(extension(p)))
          .forEach(
              p -> {
                String name = root.relativize(p).toString().replace('\\', '/');
                int lines = lines(p);
                all.put(name, lines);
                if (lines > LIMIT) {
                  over.put(name, lines);
                }
              });
    }
    int start = list.indexOf(START);
    int end = list.indexOf(END);
    if (start < 0 || end < start) {
      return List.of("docs/LONG_FILES.md has no " + START + " ... " + END + " table");
    }
    Map<String, String> rows = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (String line : list.substring(start + START.length(), end).split("\n")) {
      Matcher row = ROW.matcher(line.strip());
      if (row.matches() && rows.put(row.group(1), row.group(2).strip()) != null) {
        problems.add("listed twice: " + row.group(1));
      }
    }
    over.forEach(
        (name, lines) -> {
          if (!rows.containsKey(name)) {
            problems.add("not listed, " + lines + " lines: " + name);
          }
        });
    rows.forEach(
        (name, reason) -> {
          if (reason.isEmpty()) {
            problems.add("listed without a reason: " + name);
          }
        });
    rows.keySet().stream()
        .filter(name -> all.containsKey(name) && !over.containsKey(name))
        .forEach(
            name ->
                problems.add(
                    "listed but "
                        + all.get(name)
                        + " lines, no longer over "
                        + LIMIT
                        + ": "
                        + name));
    rows.keySet().stream()
        .filter(name -> !all.containsKey(name))
        .forEach(name -> problems.add("listed but no such file: " + name));
    return problems;
  }

  /** Lines as {@code wc -l} counts them, plus a last line without its newline. */
  static int lines(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      int lines = 0;
      for (byte b : bytes) {
        if (b == '\n') {
          lines++;
        }
      }
      return bytes.length > 0 && bytes[bytes.length - 1] != '\n' ? lines + 1 : lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String extension(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1);
  }

  private static void write(Path file, int lines) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, "x\n".repeat(lines), StandardCharsets.UTF_8);
  }
}
