package org.dateline.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * NullAway is on in the compile (decision 0082): a small @NullMarked class that dereferences a
 * possibly-null value is compiled by a forked javac with Error Prone and NullAway configured
 * exactly as {@code pom.xml} configures the main compile (its {@code errorprone.args} property,
 * read from the file, and the JDK exports of {@code .mvn/jvm.config}), and the NullAway error must
 * be reported. The same source compiled with the tests' setting ({@code nullaway.test}: NullAway
 * off) must compile, so the assertion tells the two apart: switching NullAway off in {@code
 * nullaway.main} fails this test.
 *
 * <p>An integration test, not a unit test, though it needs no server: its two forked compilers
 * (Error Prone's start-up, twice) were a quarter of {@code make test}'s time, and {@code ./mvnw
 * verify} runs it as before (decision 0098). It runs in the SQLite tier only; it reads no store.
 */
class NullAwayBitesIT {
  /**
   * Error Prone's and NullAway's jars in the local Maven repository, as Maven resolves the compiler
   * plugin's annotationProcessorPaths ({@code mvn dependency:tree} of error_prone_core and
   * nullaway). The first and the NullAway entries must carry the versions of {@code pom.xml}.
   */
  private static final List<String> PROCESSOR_PATH =
      List.of(
          "com/google/errorprone/error_prone_core/2.42.0/error_prone_core-2.42.0.jar",
          "com/google/errorprone/error_prone_annotation/2.42.0/error_prone_annotation-2.42.0.jar",
          "com/google/errorprone/error_prone_check_api/2.42.0/error_prone_check_api-2.42.0.jar",
          "io/github/java-diff-utils/java-diff-utils/4.12/java-diff-utils-4.12.jar",
          "com/github/kevinstern/software-and-algorithms/1.0/software-and-algorithms-1.0.jar",
          "com/github/ben-manes/caffeine/caffeine/3.0.5/caffeine-3.0.5.jar",
          "com/google/googlejavaformat/google-java-format/1.27.0/google-java-format-1.27.0.jar",
          "org/pcollections/pcollections/4.0.1/pcollections-4.0.1.jar",
          "com/google/guava/guava/33.4.0-jre/guava-33.4.0-jre.jar",
          "com/google/guava/failureaccess/1.0.2/failureaccess-1.0.2.jar",
          "org/checkerframework/checker-qual/3.43.0/checker-qual-3.43.0.jar",
          "com/google/auto/auto-common/1.2.2/auto-common-1.2.2.jar",
          "io/github/eisop/dataflow-errorprone/3.41.0-eisop1/dataflow-errorprone-3.41.0-eisop1.jar",
          "com/google/auto/value/auto-value-annotations/1.9/auto-value-annotations-1.9.jar",
          "com/google/errorprone/error_prone_annotations/2.42.0/error_prone_annotations-2.42.0.jar",
          "com/google/protobuf/protobuf-java/3.25.5/protobuf-java-3.25.5.jar",
          "com/google/auto/service/auto-service-annotations/1.0.1/auto-service-annotations-1.0.1.jar",
          "org/jspecify/jspecify/1.0.0/jspecify-1.0.0.jar",
          "javax/inject/javax.inject/1/javax.inject-1.jar",
          "com/uber/nullaway/nullaway/0.14.3/nullaway-0.14.3.jar",
          "org/checkerframework/dataflow-nullaway/4.3.1/dataflow-nullaway-4.3.1.jar");

  private static final String VIOLATION =
      """
      package bites;

      import org.jspecify.annotations.NullMarked;
      import org.jspecify.annotations.Nullable;

      @NullMarked
      final class Bites {
        static @Nullable String maybe(boolean some) {
          return some ? "text" : null;
        }

        static int length() {
          return maybe(false).length();
        }
      }
      """;

  @TempDir Path temp;

  @Test
  void a_possibly_null_dereference_fails_the_main_compile() throws Exception {
    Map<String, String> pom = properties();

    Compiled main = compile(pom, resolve(pom, "${errorprone.args}"));

    assertThat(main.exitCode()).as(main.output()).isNotZero();
    assertThat(main.output())
        .contains(
            "Bites.java:13: error: [NullAway] dereferenced expression 'maybe(false)' is @Nullable");
  }

  @Test
  void the_same_source_compiles_with_nullaway_off_as_in_the_tests() throws Exception {
    Map<String, String> pom = properties();

    Compiled tests = compile(pom, resolve(pom, "${errorprone.args} ${nullaway.test}"));

    assertThat(tests.output()).doesNotContain("[NullAway]");
    assertThat(tests.exitCode()).as(tests.output()).isZero();
  }

  private record Compiled(int exitCode, String output) {}

  private Compiled compile(Map<String, String> pom, String errorProneArgs) throws Exception {
    Path repository =
        Path.of(
            System.getProperty(
                "maven.repo.local",
                Path.of(System.getProperty("user.home"), ".m2", "repository").toString()));
    List<String> jars = new ArrayList<>();
    for (String jar : PROCESSOR_PATH) {
      Path file = repository.resolve(jar);
      assertThat(file).as("Error Prone's jars must be in the local repository").exists();
      jars.add(file.toString());
    }
    assertThat(PROCESSOR_PATH)
        .as("PROCESSOR_PATH must follow the versions in pom.xml")
        .anyMatch(j -> j.endsWith("error_prone_core-" + pom.get("errorprone.version") + ".jar"))
        .anyMatch(j -> j.endsWith("nullaway-" + pom.get("nullaway.version") + ".jar"));
    Path source = temp.resolve("bites/Bites.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, VIOLATION, StandardCharsets.UTF_8);
    String jspecify =
        Path.of(NullMarked.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .toString();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "javac").toString());
    for (String line : Files.readAllLines(Path.of(".mvn/jvm.config"))) {
      if (!line.isBlank()) {
        command.add("-J" + line.strip().replaceFirst(" ", "="));
      }
    }
    // A one-file compile is all start-up: the quick JIT and the serial collector take about 40 %
    // less CPU than the default JVM (decision 0092), as for the test JVMs (decision 0083).
    command.addAll(List.of("-J-XX:TieredStopAtLevel=1", "-J-XX:+UseSerialGC", "-J-Xshare:auto"));
    command.addAll(
        List.of(
            "-d",
            temp.resolve("classes").toString(),
            "-cp",
            jspecify,
            "-processorpath",
            String.join(java.io.File.pathSeparator, jars),
            "-XDcompilePolicy=simple",
            "--should-stop=ifError=FLOW",
            "-Xplugin:ErrorProne " + errorProneArgs,
            source.toString()));
    Process javac = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(javac.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(javac.waitFor(120, TimeUnit.SECONDS)).as("javac finished").isTrue();
    return new Compiled(javac.exitValue(), output);
  }

  /** The properties of pom.xml, each as written (references resolved by {@link #resolve}). */
  private static Map<String, String> properties() throws IOException {
    String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
    String block = pom.substring(pom.indexOf("<properties>"), pom.indexOf("</properties>"));
    Matcher m = Pattern.compile("<([a-zA-Z0-9.]+)>([^<]*)</\\1>").matcher(block);
    return m.results()
        .collect(Collectors.toMap(r -> r.group(1), r -> r.group(2).strip(), (a, b) -> b));
  }

  private static String resolve(Map<String, String> pom, String text) {
    String out = text;
    for (int i = 0; i < 10 && out.contains("${"); i++) {
      Matcher m = Pattern.compile("\\$\\{([a-zA-Z0-9.]+)}").matcher(out);
      out = m.replaceAll(r -> Matcher.quoteReplacement(pom.getOrDefault(r.group(1), "")));
    }
    return out;
  }
}
