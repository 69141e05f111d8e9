package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dateline.testing.Cli;
import org.dateline.testing.Cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** The launcher's training run for the class-data archive (decision 0090). */
// Cli swaps System.out and System.err while the command runs (see CliIT).
@Isolated
class TrainCommandIT {
  @Test
  void serves_a_few_pages_on_a_temporary_store_stops_cleanly_and_leaves_nothing_behind()
      throws IOException {
    List<Path> before = trainingFolders();
    Run r = Cli.run("train");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(trainingFolders()).isEqualTo(before);
  }

  @Test
  void is_not_listed_among_the_commands() {
    assertThat(Cli.run("--help").out())
        .contains("serve")
        .doesNotContainPattern("(?m)^\\s+train\\b");
  }

  private static List<Path> trainingFolders() throws IOException {
    try (Stream<Path> all = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return all.filter(p -> p.getFileName().toString().startsWith("dateline-train"))
          .sorted()
          .toList();
    }
  }
}
