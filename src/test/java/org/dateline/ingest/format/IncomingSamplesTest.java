package org.dateline.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every format adapter against golden files: each sample (IPTC's published examples and our own) is
 * read into incoming items and compared, as a JSON tree, with the {@code .expected.json} beside it.
 * On a difference the actual output is written to {@code target/golden-actual/ingest/}.
 */
class IncomingSamplesTest {

  static Stream<Path> samples() {
    List<Path> all = Samples.all();
    assertThat(all).hasSizeGreaterThanOrEqualTo(17);
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void every_sample_reads_to_its_golden_incoming_items(Path sample) throws IOException {
    JsonNode actual = Samples.actual(sample);
    JsonNode expected = Samples.expected(sample);
    if (!actual.equals(expected)) {
      Path out =
          Path.of("target", "golden-actual", "ingest")
              .resolve(Samples.root().relativize(Samples.golden(sample)));
      Files.createDirectories(out.getParent());
      Files.writeString(
          out, Samples.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(actual) + "\n");
    }
    assertThat(actual)
        .as(
            "%s differs from its .expected.json; the actual output is in target/golden-actual/ingest",
            sample.getFileName())
        .isEqualTo(expected);
  }
}
