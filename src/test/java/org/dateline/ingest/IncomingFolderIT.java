package org.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dateline.Config;
import org.dateline.Wiring;
import org.dateline.ingest.format.Samples;
import org.dateline.ingest.source.FolderSource;
import org.dateline.ingest.source.IngestPoller;
import org.dateline.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Folder providers against a real store: IPTC's samples dropped in a folder reach the incoming desk
 * once each, versions replace or are ignored, kills are flagged, and bad files go to {@code error/}
 * with their reason while the rest still goes in. The poller is ticked by the test, and a mutable
 * clock makes every provider due at each tick.
 */
class IncomingFolderIT {
  @TempDir Path data;
  @TempDir Path drops;
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T10:00:00Z"));
  private Wiring wiring;
  private Incoming incoming;
  private IngestPoller poller;

  @BeforeEach
  void open() {
    wiring = new Wiring(Config.of(data, "127.0.0.1", 0), clock);
    incoming = wiring.incoming();
    poller = new IngestPoller(incoming);
  }

  @AfterEach
  void close() {
    wiring.close();
  }

  private Path folder(String name, String format) throws IOException {
    Path dir = Files.createDirectories(drops.resolve(name));
    incoming.add(new ProviderForm(name, format, Provider.SourceKind.FOLDER, dir.toString(), "1s"));
    return dir;
  }

  /** Two looks: the first sees the files, the second takes those that did not change. */
  private void twoLooks() {
    for (int i = 0; i < 2; i++) {
      clock.advance(java.time.Duration.ofSeconds(5));
      poller.tick();
    }
  }

  private static void copySamples(String folder, Path to) throws IOException {
    try (var files = Files.list(Samples.root().resolve(folder))) {
      for (Path f :
          files
              .filter(p -> !p.getFileName().toString().matches("LICENSE|.*\\.expected\\.json"))
              .toList()) {
        Files.copy(f, to.resolve(f.getFileName()));
      }
    }
  }

  private List<IncomingRow> rows(String provider) {
    return incoming.incoming(Optional.of(provider), 100);
  }

  @Test
  void a_file_landing_is_taken_on_the_next_ticks_without_waiting_for_the_interval()
      throws Exception {
    Path dir = Files.createDirectories(drops.resolve("hourly"));
    incoming.add(
        new ProviderForm("hourly", "ninjs", Provider.SourceKind.FOLDER, dir.toString(), "1h"));
    poller.tick(); // the first look, due at once: nothing there; the next one is an hour away
    assertThat(incoming.due()).isEmpty();
    String sample = "2.1-dpa_text.json";
    Files.copy(Samples.root().resolve("iptc-ninjs").resolve(sample), dir.resolve(sample));

    // The clock does not move: only the folder's change can bring a look before the hour is up.
    // The ticks are repeated until the event arrives (the watch service delivers it on its own
    // thread), a few seconds at most.
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
    while (rows("hourly").isEmpty() && System.nanoTime() < deadline) {
      poller.tick();
      Thread.sleep(20);
    }

    assertThat(rows("hourly"))
        .extracting(IncomingRow::guid)
        .containsExactly("urn:newsml:dpa.com:20090101:190510-99-167362");
    assertThat(dir.resolve(FolderSource.PROCESSED).resolve(sample)).exists();
  }

  @Test
  void iptc_ninjs_samples_dropped_in_a_folder_reach_the_desk_once_each() throws IOException {
    Path dir = folder("iptc-ninjs", "ninjs");
    copySamples("iptc-ninjs", dir);

    twoLooks();

    // 2.1 and 3.0 of the dpa and NTB samples are the same items: one row each, plus TT's.
    assertThat(rows("iptc-ninjs"))
        .extracting(IncomingRow::guid)
        .containsExactlyInAnyOrder(
            "urn:newsml:dpa.com:20090101:190510-99-167362",
            "urn:8d19cf88-b3ab-4972-8fec-1207599f2872",
            "http://tt.se/media/text/210526-militarovning-a0f2d045");
    try (var processed = Files.list(dir.resolve(FolderSource.PROCESSED))) {
      assertThat(processed.count()).isEqualTo(5);
    }
    try (var left = Files.list(dir)) {
      assertThat(left.filter(Files::isRegularFile).toList()).isEmpty();
    }
    // The same files dropped again change nothing.
    copySamples("iptc-ninjs", dir);
    twoLooks();
    assertThat(rows("iptc-ninjs"))
        .hasSize(3)
        .allSatisfy(r -> assertThat(r.state()).isEqualTo(IncomingState.NEW));
    Provider p = incoming.provider("iptc-ninjs").orElseThrow();
    assertThat(p.itemsOn("2026-11-30")).isEqualTo(3);
    assertThat(p.lastSuccess()).isPresent();
  }

  @Test
  void iptc_newsml_items_go_in_and_a_message_of_empty_items_goes_to_error_with_its_reason()
      throws IOException {
    Path dir = folder("iptc-g2", "newsmlg2");
    copySamples("iptc-newsml-g2", dir);

    twoLooks();

    assertThat(rows("iptc-g2"))
        .extracting(IncomingRow::guid, IncomingRow::version)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                "urn:newsml:acmenews.com:20161018:US-FINANCE-FED", 11L),
            org.assertj.core.groups.Tuple.tuple(
                "urn:newsml:acmenews.com:20161121:US-FINANCE-FED", 11L));
    Path error = dir.resolve(FolderSource.ERROR);
    String listing = "LISTING_24_News_Message_conveying_a_complete_News_Package.xml";
    assertThat(error.resolve(listing)).exists();
    assertThat(Files.readString(error.resolve(listing + ".reason")))
        .contains("N1: no headline and no body");
    Provider p = incoming.provider("iptc-g2").orElseThrow();
    assertThat(incoming.log(p, 10)).anySatisfy(l -> assertThat(l).startsWith(listing + ": "));
    assertThat(p.lastError()).contains(listing);
  }

  @Test
  void a_newer_version_replaces_the_item_an_older_or_identical_one_is_ignored_a_cancel_kills_it()
      throws IOException {
    Path dir = folder("partner", "ninjs");
    Files.writeString(
        dir.resolve("a.json"), ninjs("2", "2026-11-30T09:00:00Z", "usable", "Second version"));
    twoLooks();
    Files.writeString(
        dir.resolve("b.json"), ninjs("1", "2026-11-30T08:00:00Z", "usable", "First version"));
    twoLooks();
    assertThat(rows("partner"))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.headline()).isEqualTo("Second version");
              assertThat(r.state()).isEqualTo(IncomingState.NEW);
            });

    Files.writeString(
        dir.resolve("c.json"), ninjs("3", "2026-11-30T10:00:00Z", "usable", "Third version"));
    twoLooks();
    assertThat(rows("partner"))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.headline()).isEqualTo("Third version");
              assertThat(r.version()).isEqualTo(3);
              assertThat(r.state()).isEqualTo(IncomingState.UPDATED);
            });

    Files.writeString(
        dir.resolve("d.json"), ninjs("4", "2026-11-30T11:00:00Z", "canceled", "Third version"));
    twoLooks();
    assertThat(rows("partner"))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.state()).isEqualTo(IncomingState.KILLED);
              assertThat(r.notice()).contains("Canceled by partner");
            });
  }

  @Test
  void items_without_guid_or_dates_are_kept_once_by_their_content() throws IOException {
    Path dir = folder("bare", "ninjs");
    String bare = "{\"headlines\":[{\"value\":\"No guid, no date\"}]}";
    Files.writeString(dir.resolve("1.json"), bare);
    twoLooks();
    Files.writeString(dir.resolve("2.json"), bare);
    twoLooks();
    assertThat(rows("bare"))
        .singleElement()
        .satisfies(r -> assertThat(r.guid()).startsWith("hash:"));
  }

  @Test
  void malformed_huge_and_hostile_files_go_to_error_with_one_log_line_and_the_rest_goes_in()
      throws IOException {
    Path dir = folder("mixed", "newsmlg2");
    Files.writeString(
        dir.resolve("truncated.xml"),
        "<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\" guid=\"x\"><contentMeta><headline>Cut");
    Files.copy(Samples.root().resolve("own/hostile-xxe.xml"), dir.resolve("xxe.xml"));
    byte[] huge = new byte[Incoming.MAX_BYTES + 10];
    java.util.Arrays.fill(huge, (byte) ' ');
    Files.write(dir.resolve("huge.xml"), huge);
    Files.copy(Samples.root().resolve("own/newsml-message.xml"), dir.resolve("good.xml"));

    twoLooks();

    assertThat(rows("mixed")).hasSize(3);
    Path error = dir.resolve(FolderSource.ERROR);
    assertThat(Files.readString(error.resolve("truncated.xml.reason")))
        .contains("truncated.xml: not well-formed XML");
    assertThat(Files.readString(error.resolve("xxe.xml.reason"))).contains("DOCTYPE");
    assertThat(Files.readString(error.resolve("huge.xml.reason")))
        .contains("over " + Incoming.MAX_BYTES + " bytes");
    assertThat(dir.resolve(FolderSource.PROCESSED).resolve("good.xml")).exists();
    Provider p = incoming.provider("mixed").orElseThrow();
    List<String> log = incoming.log(p, 10);
    // One line per refused file, and one for the good file's picture, whose host never resolves
    // (decision 0084: a refused picture is logged and its item still goes in).
    assertThat(log).hasSize(4);
    assertThat(log).anySatisfy(l -> assertThat(l).startsWith("huge.xml: over"));
    assertThat(log)
        .anySatisfy(
            l ->
                assertThat(l)
                    .contains(": picture 1 (https://partner.example/")
                    .contains("refused"));
  }

  @Test
  void a_file_still_growing_or_named_tmp_is_not_read_until_it_stops_changing() throws IOException {
    Path dir = folder("slow", "ninjs");
    Path growing = dir.resolve("growing.json");
    Files.writeString(growing, "{\"uri\":\"g\",\"headlines\":[{\"value\":\"Gro");
    Files.writeString(
        dir.resolve("x.json.tmp"), ninjs("1", "2026-11-30T09:00:00Z", "usable", "Tmp"));
    clock.advance(java.time.Duration.ofSeconds(5));
    poller.tick();
    Files.writeString(growing, "{\"uri\":\"g\",\"headlines\":[{\"value\":\"Grown\"}]}");
    clock.advance(java.time.Duration.ofSeconds(5));
    poller.tick();
    assertThat(rows("slow")).isEmpty();
    assertThat(dir.resolve(FolderSource.ERROR)).doesNotExist();

    clock.advance(java.time.Duration.ofSeconds(5));
    poller.tick();
    assertThat(rows("slow")).extracting(IncomingRow::headline).containsExactly("Grown");
    assertThat(dir.resolve("x.json.tmp")).exists();
  }

  static String ninjs(String version, String time, String status, String headline) {
    return """
        {"uri": "urn:partner:1", "version": "%s", "versioncreated": "%s", "pubstatus": "%s",
         "headlines": [{"role": "main", "value": "%s"}],
         "bodies": [{"contenttype": "text/plain", "value": "Body of %s"}]}
        """
        .formatted(version, time, status, headline, headline);
  }
}
