package org.dateline.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.dateline.storage.Database;
import org.dateline.testing.TestApp;
import org.dateline.testing.TestStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A restore refuses, with one line saying why, a target that is not empty, and a file that is cut
 * short, damaged, tampered with or from a newer schema; in every case the target stays empty (or,
 * when it was not, unchanged).
 */
class RestoreRefusalsIT {
  @TempDir static Path dir;
  static Path source;
  static Path good;
  static TestApp app;

  @BeforeAll
  static void backUpADemoSite() {
    source = dir.resolve("source");
    app = TestApp.start(source, true);
    good = dir.resolve("good.zip");
    app.wiring().backups().backup(good, Progress.none());
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void a_store_that_holds_rows_is_refused_and_left_unchanged() {
    long before = articles(app.wiring().database());

    BackupRefused refused =
        catchThrowableOfType(
            () -> Backups.restore(good, source, TestStore.url(source), Progress.none()),
            BackupRefused.class);

    assertThat(refused).isNotNull();
    assertThat(refused.getMessage()).doesNotContain("\n").contains("empty", "nothing was changed");
    assertThat(articles(app.wiring().database())).isEqualTo(before);
  }

  @Test
  void a_file_cut_short_is_refused_and_the_target_stays_empty() throws IOException {
    Path cut = dir.resolve("cut.zip");
    byte[] bytes = Files.readAllBytes(good);
    Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));

    Path target = dir.resolve("after-cut");
    String why = refusal(cut, target);

    assertThat(why).contains("not a complete Dateline backup");
    assertEmpty(target);
  }

  @Test
  void a_damaged_byte_is_refused_and_the_target_stays_empty() throws IOException {
    Path damaged = dir.resolve("damaged.zip");
    byte[] bytes = Files.readAllBytes(good);
    // inside the compressed rows of the articles (several kilobytes after their entry's name):
    // the deflate stream or the zip's CRC breaks
    int at = indexOf(bytes, "tables/articles.jsonl".getBytes(StandardCharsets.UTF_8)) + 400;
    bytes[at] ^= 0x5a;
    bytes[at + 1] ^= 0x5a;
    Files.write(damaged, bytes);

    Path target = dir.resolve("after-damage");
    String why = refusal(damaged, target);

    assertThat(why).contains("cannot be restored");
    assertEmpty(target);
  }

  @Test
  void a_row_changed_behind_the_manifests_back_is_refused_by_its_checksum() throws IOException {
    Path tampered =
        rewrite(
            "tampered.zip",
            "tables/sections.jsonl",
            s -> s.replaceFirst("\"[A-Za-z]+\"", "\"Tampered\""));

    Path target = dir.resolve("after-tamper");
    String why = refusal(tampered, target);

    assertThat(why).contains("table sections does not match its checksum");
    assertEmpty(target);
  }

  @Test
  void a_manifest_counting_other_rows_is_refused() throws IOException {
    long rows = Backups.check(good).table("articles").orElseThrow().rows();
    Path miscounted =
        rewrite(
            "miscounted.zip",
            "manifest.json",
            s ->
                s.replaceFirst(
                    "(\"name\" : \"articles\",[\\s\\S]*?\"rows\" : )" + rows, "$1" + (rows + 1)));

    Path target = dir.resolve("after-miscount");
    String why = refusal(miscounted, target);

    assertThat(why)
        .contains("table articles holds " + rows + " rows; the manifest says " + (rows + 1));
    assertEmpty(target);
  }

  @Test
  void a_backup_of_a_newer_schema_than_this_build_knows_is_refused() throws IOException {
    Path newer =
        rewrite(
            "newer.zip",
            "manifest.json",
            s -> s.replaceFirst("\"schemaVersion\" : \"[0-9.]+\"", "\"schemaVersion\" : \"9999\""));

    Path target = dir.resolve("after-newer");
    String why = refusal(newer, target);

    assertThat(why).contains("schema version 9999 is newer than this build knows");
    assertEmpty(target);
  }

  private static String refusal(Path file, Path target) {
    BackupRefused refused =
        catchThrowableOfType(
            () -> Backups.restore(file, target, TestStore.url(target), Progress.none()),
            BackupRefused.class);
    assertThat(refused).as("refused").isNotNull();
    assertThat(refused.getMessage()).doesNotContain("\n");
    return refused.getMessage();
  }

  /** No file in the data folder but the search index, and (PostgreSQL) no row in any table. */
  private static void assertEmpty(Path target) throws IOException {
    if (Files.isDirectory(target)) {
      try (Stream<Path> entries = Files.list(target)) {
        assertThat(entries.map(p -> p.getFileName().toString()).toList()).isEmpty();
      }
    }
    if (TestStore.postgresql()) {
      try (Database db = TestStore.open(target)) {
        assertThat(articles(db)).isZero();
        long users =
            db.jdbi()
                .withHandle(
                    h -> h.createQuery("SELECT count(*) FROM users").mapTo(Long.class).one());
        assertThat(users).isZero();
      }
    }
  }

  private static long articles(Database db) {
    return db.jdbi()
        .withHandle(h -> h.createQuery("SELECT count(*) FROM articles").mapTo(Long.class).one());
  }

  /** A copy of the good backup with one entry's text changed. */
  private static Path rewrite(String name, String entry, UnaryOperator<String> change)
      throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipFile zip = new ZipFile(good.toFile())) {
      for (ZipEntry e : java.util.Collections.list(zip.entries())) {
        try (InputStream in = zip.getInputStream(e)) {
          entries.put(e.getName(), in.readAllBytes());
        }
      }
    }
    String before = new String(entries.get(entry), StandardCharsets.UTF_8);
    String after = change.apply(before);
    assertThat(after).as("the change to " + entry).isNotEqualTo(before);
    entries.put(entry, after.getBytes(StandardCharsets.UTF_8));
    Path out = dir.resolve(name);
    try (OutputStream o = Files.newOutputStream(out);
        ZipOutputStream zip = new ZipOutputStream(o)) {
      for (var e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
    return out;
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("not found");
  }
}
