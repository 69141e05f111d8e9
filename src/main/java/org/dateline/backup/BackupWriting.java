package org.dateline.backup;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dateline.storage.Database;
import org.dateline.storage.Snapshot;
import org.dateline.storage.StoreTable;

/**
 * Writes one backup file: every kept table from one snapshot of the store, then the data folder's
 * photos and keys (listed after the snapshot began, so every photo a row names is there: photos are
 * written before the row that names them and never deleted), then the manifest. The file appears
 * under its name only when complete.
 */
final class BackupWriting {
  static final String MANIFEST = "manifest.json";
  static final String TABLES = "tables/";
  static final String DATA = "data/";

  private BackupWriting() {}

  static Manifest write(
      Database database,
      Path dataDir,
      Set<String> excluded,
      Clock clock,
      Path file,
      Progress progress) {
    Path target = file.toAbsolutePath();
    if (Files.exists(target)) {
      throw new BackupRefused(target + " exists already; give the backup a new file name");
    }
    Path folder = target.getParent();
    Path partial;
    try {
      Files.createDirectories(folder);
      partial = Files.createTempFile(folder, ".backup-", ".partial");
    } catch (IOException e) {
      throw new BackupRefused("cannot write in " + folder + ": " + e.getMessage(), e);
    }
    try {
      Manifest manifest;
      try (OutputStream out = Files.newOutputStream(partial);
          ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
        manifest = writeAll(database, dataDir, excluded, clock, zip, progress);
      }
      Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
      return manifest;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the backup " + target, e);
    } finally {
      try {
        Files.deleteIfExists(partial);
      } catch (IOException e) {
        // a stray .partial file is harmless and says what it is
      }
    }
  }

  private static Manifest writeAll(
      Database database,
      Path dataDir,
      Set<String> excluded,
      Clock clock,
      ZipOutputStream zip,
      Progress progress)
      throws IOException {
    List<Manifest.TableEntry> tables = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    String version;
    java.util.Map<String, Long> counters;
    String kind;
    try (Snapshot snapshot = database.snapshot()) {
      version = snapshot.schemaVersion();
      counters = snapshot.counters();
      kind = snapshot.kind().name().toLowerCase(Locale.ROOT);
      for (StoreTable table : snapshot.tables()) {
        if (excluded.contains(table.name())) {
          skipped.add(table.name());
          continue;
        }
        zip.putNextEntry(new ZipEntry(TABLES + table.name() + ".jsonl"));
        Checksum sum = new Checksum(zip);
        long rows =
            snapshot.rows(
                table,
                values ->
                    sum.write(
                        (RowCodec.encode(table, values) + "\n").getBytes(StandardCharsets.UTF_8)));
        zip.closeEntry();
        tables.add(
            new Manifest.TableEntry(
                table.name(),
                table.columns().stream()
                    .map(c -> new Manifest.ColumnEntry(c.name(), c.type().code()))
                    .toList(),
                table.primaryKey(),
                rows,
                sum.hex()));
        progress.table(table.name(), rows);
      }
    }
    List<Manifest.FileEntry> files = new ArrayList<>();
    for (String path : DataFiles.list(dataDir)) {
      zip.putNextEntry(new ZipEntry(DATA + path));
      Checksum sum = new Checksum(zip);
      long bytes = Files.copy(dataDir.resolve(path), sum);
      zip.closeEntry();
      files.add(new Manifest.FileEntry(path, bytes, sum.hex()));
      if (files.size() % 100 == 0) {
        progress.files(files.size());
      }
    }
    progress.files(files.size());
    Manifest manifest =
        new Manifest(
            Manifest.FORMAT,
            Manifest.VERSION,
            datelineVersion(),
            kind,
            version,
            clock.instant().toString(),
            tables,
            counters,
            files,
            skipped);
    zip.putNextEntry(new ZipEntry(MANIFEST));
    zip.write(manifest.toJson());
    zip.closeEntry();
    return manifest;
  }

  /** The version in the jar's manifest, or {@code development} when run from the classes. */
  static String datelineVersion() {
    String v = BackupWriting.class.getPackage().getImplementationVersion();
    return v == null ? "development" : v;
  }

  /** Passes bytes on to the zip entry (never closing it) and keeps their SHA-256. */
  static final class Checksum extends FilterOutputStream {
    private final DigestOutputStream digest;

    Checksum(OutputStream out) {
      super(null);
      this.digest = new DigestOutputStream(new Unclosed(out), Sha256.digest());
      this.out = digest;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      digest.write(b, off, len);
    }

    String hex() {
      return HexFormat.of().formatHex(digest.getMessageDigest().digest());
    }
  }

  private static final class Unclosed extends FilterOutputStream {
    Unclosed(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() {
      // the zip entry is closed by its owner
    }
  }
}
