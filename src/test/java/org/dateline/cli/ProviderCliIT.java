package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.dateline.ingest.format.Samples;
import org.dateline.testing.Cli;
import org.dateline.testing.Cli.Run;
import org.dateline.testing.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/**
 * {@code ./dateline provider …} and {@code ./dateline incoming} against a real store and server.
 */
// It swaps System.out and System.err while a command runs.
@ResourceLock(Resources.SYSTEM_OUT)
@ResourceLock(Resources.SYSTEM_ERR)
class ProviderCliIT {
  @TempDir Path data;
  @TempDir Path drops;

  @Test
  void providers_are_added_listed_paused_resumed_and_removed_and_bad_input_is_refused_plainly() {
    String d = data.toString();
    Run added =
        Cli.run(
            "provider",
            "add",
            "ТАСС",
            "--format",
            "ninjs",
            "--folder",
            drops.toString(),
            "--data",
            d);
    assertThat(added.code()).as(added.err()).isZero();
    Run push = Cli.run("provider", "add", "partner", "--format", "newsmlg2", "--push", "--data", d);
    assertThat(push.out()).containsPattern("push key: dli_\\S{20,}");
    Run url =
        Cli.run(
            "provider",
            "add",
            "feed",
            "--format",
            "rss",
            "--url",
            "https://feed.example/rss",
            "--every",
            "10m",
            "--data",
            d);
    assertThat(url.code()).isZero();

    Run list = Cli.run("provider", "list", "--data", d);
    assertThat(list.out())
        .contains("ТАСС\tninjs\tfolder " + drops.toAbsolutePath().normalize())
        .contains("partner\tnewsmlg2\tpush\tactive")
        .contains("feed\trss\turl https://feed.example/rss every 600s\tactive");

    assertThat(Cli.run("provider", "pause", "feed", "--data", d).code()).isZero();
    assertThat(Cli.run("provider", "list", "--data", d).out()).contains("every 600s\tpaused");
    assertThat(Cli.run("provider", "resume", "feed", "--data", d).code()).isZero();
    assertThat(Cli.run("provider", "remove", "feed", "--data", d).code()).isZero();
    assertThat(Cli.run("provider", "list", "--data", d).out()).doesNotContain("feed\t");

    Run taken = Cli.run("provider", "add", "partner", "--format", "rss", "--push", "--data", d);
    assertThat(taken.code()).isEqualTo(1);
    assertThat(taken.err()).contains("A provider named partner exists.");
    Run format = Cli.run("provider", "add", "x", "--format", "nitf", "--push", "--data", d);
    assertThat(format.err()).contains("Unknown format \"nitf\"");
    Run every =
        Cli.run(
            "provider",
            "add",
            "y",
            "--format",
            "rss",
            "--url",
            "https://a.example/",
            "--every",
            "soon",
            "--data",
            d);
    assertThat(every.err()).contains("\"soon\"");
    Run scheme =
        Cli.run(
            "provider", "add", "z", "--format", "rss", "--url", "file:///etc/passwd", "--data", d);
    assertThat(scheme.err()).contains("http:// or https://");
    assertThat(Cli.run("provider", "pause", "nobody", "--data", d).err())
        .contains("No provider is named nobody.");
    Run two =
        Cli.run(
            "provider",
            "add",
            "w",
            "--format",
            "rss",
            "--push",
            "--url",
            "https://a.example/",
            "--data",
            d);
    assertThat(two.code()).isNotZero();
  }

  @Test
  void a_running_server_takes_a_folder_provider_added_from_the_command_line() throws Exception {
    try (TestApp app = TestApp.start(data, false)) {
      Files.copy(
          Samples.root().resolve("iptc-newsml-g2/LISTING_2_NewsML-G2_Text_Document.xml"),
          drops.resolve("LISTING_2.xml"));
      Run added =
          Cli.run(
              "provider",
              "add",
              "acme",
              "--format",
              "newsmlg2",
              "--folder",
              drops.toString(),
              "--every",
              "1s",
              "--data",
              data.toString());
      assertThat(added.code()).as(added.err()).isZero();

      // Waits on the poller's ticks, never on the clock: each tick looks at every due provider.
      long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
      while (app.wiring().incoming().incoming(Optional.of("acme"), 10).isEmpty()) {
        assertThat(System.nanoTime()).as("the item never came in").isLessThan(deadline);
        Thread.sleep(50);
      }
      Run incoming = Cli.run("incoming", "--provider", "acme", "--data", data.toString());
      assertThat(incoming.out())
          .contains(
              "acme\turn:newsml:acmenews.com:20161121:US-FINANCE-FED\tv11\tFed to halt QE to avert \"bubble\"\tnew");
      assertThat(drops.resolve("processed/LISTING_2.xml")).exists();
    }
  }
}
