package org.dateline.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Stream;
import org.dateline.edition.Editions;
import org.dateline.storage.Database;
import org.dateline.storage.RestoreTarget;
import org.dateline.storage.StoreTable;
import org.dateline.storage.StoreUrl;

/**
 * Restores a backup file into an empty store (decision 0071): checks the whole file first, then
 * that the target is empty, migrates it to the backup's schema version, writes the photos and keys,
 * loads every table in one transaction with its row count checked, sets the id counters, and
 * finally applies this build's newer migrations. Whatever fails, the target is left as empty as it
 * was: what the restore wrote is removed, the load rolled back.
 */
final class Restoring {
  private Restoring() {}

  static Backups.Restored restore(
      Path file, Path dataDir, Optional<StoreUrl> url, Progress progress) {
    try (BackupFile backup = BackupFile.open(file)) {
      Manifest manifest = backup.manifest();
      backup.verify();
      boolean sqlite = url.isEmpty();
      List<String> occupied = DataFiles.occupying(dataDir, sqlite);
      if (!occupied.isEmpty()) {
        throw new BackupRefused(
            "restore needs an empty data folder, and "
                + dataDir
                + " holds "
                + String.join(", ", occupied)
                + "; nothing was changed");
      }
      List<Path> written = new ArrayList<>();
      boolean folderExisted = Files.isDirectory(dataDir);
      try {
        Map<String, Long> loaded = load(backup, manifest, dataDir, url, written, progress);
        // This build's migrations newer than the backup's schema, as at any start.
        Database.open(dataDir, url).close();
        return new Backups.Restored(manifest, loaded);
      } catch (RuntimeException e) {
        undo(dataDir, sqlite, folderExisted, written);
        throw e;
      }
    }
  }

  private static Map<String, Long> load(
      BackupFile backup,
      Manifest manifest,
      Path dataDir,
      Optional<StoreUrl> url,
      List<Path> written,
      Progress progress) {
    try (RestoreTarget target = RestoreTarget.open(dataDir, url, Editions.SEEDED_BY_MIGRATIONS)) {
      String known = target.newestKnownVersion();
      if (RestoreTarget.newer(manifest.schemaVersion(), known)) {
        throw new BackupRefused(
            "the backup's schema version "
                + manifest.schemaVersion()
                + " is newer than this build knows ("
                + known
                + "); restore it with the Dateline that made it ("
                + manifest.datelineVersion()
                + ") or newer");
      }
      Optional<String> present = target.schemaVersion();
      if (present.isPresent() && RestoreTarget.newer(present.get(), manifest.schemaVersion())) {
        throw new BackupRefused(
            "the target database is at schema version "
                + present.get()
                + ", newer than the backup's "
                + manifest.schemaVersion()
                + "; restore into an empty database");
      }
      List<String> full = target.tablesWithRows();
      if (!full.isEmpty()) {
        throw new BackupRefused(
            "restore needs an empty database, and its tables "
                + String.join(", ", full)
                + " hold rows; nothing was changed");
      }
      target.migrateTo(manifest.schemaVersion());
      List<StoreTable> order = matching(target.tables(), manifest);
      restoreFiles(backup, manifest, dataDir, written, progress);
      Iterator<StoreTable> tables = order.iterator();
      Iterator<RestoreTarget.TableRows> rows =
          new Iterator<>() {
            @Override
            public boolean hasNext() {
              return tables.hasNext();
            }

            @Override
            public RestoreTarget.TableRows next() {
              if (!tables.hasNext()) {
                throw new NoSuchElementException();
              }
              Manifest.TableEntry entry = manifest.table(tables.next().name()).orElseThrow();
              return new RestoreTarget.TableRows(
                  entry.table(), counted(entry, backup.rows(entry), progress));
            }
          };
      return target.load(rows, manifest.counters());
    }
  }

  /**
   * The target's tables that the backup holds, in the target's load order, after checking that
   * every backed-up table exists there with the same columns of the same types.
   */
  private static List<StoreTable> matching(List<StoreTable> targetTables, Manifest manifest) {
    Map<String, StoreTable> byName = new HashMap<>();
    targetTables.forEach(t -> byName.put(t.name(), t));
    for (Manifest.TableEntry entry : manifest.tables()) {
      StoreTable there = byName.get(entry.name());
      if (there == null) {
        throw new BackupRefused(
            "the backup holds table "
                + entry.name()
                + ", which schema version "
                + manifest.schemaVersion()
                + " of this build does not have");
      }
      Map<String, StoreTable.ValueType> columns = new HashMap<>();
      there.columns().forEach(c -> columns.put(c.name(), c.type()));
      for (StoreTable.Column c : entry.table().columns()) {
        if (columns.get(c.name()) != c.type()) {
          throw new BackupRefused(
              "column "
                  + entry.name()
                  + "."
                  + c.name()
                  + " differs between the backup and the"
                  + " target's schema");
        }
      }
    }
    return targetTables.stream().filter(t -> manifest.table(t.name()).isPresent()).toList();
  }

  /** Counts the rows as they are loaded; a count other than the manifest's stops the load. */
  private static Iterator<Object[]> counted(
      Manifest.TableEntry entry, Iterator<Object[]> rows, Progress progress) {
    return new Iterator<>() {
      private long count;

      @Override
      public boolean hasNext() {
        boolean more = rows.hasNext();
        if (!more) {
          if (count != entry.rows()) {
            throw new BackupRefused(
                "table " + entry.name() + " loaded " + count + " rows, not " + entry.rows());
          }
          progress.table(entry.name(), count);
        }
        return more;
      }

      @Override
      public Object[] next() {
        count++;
        return rows.next();
      }
    };
  }

  private static void restoreFiles(
      BackupFile backup, Manifest manifest, Path dataDir, List<Path> written, Progress progress) {
    long done = 0;
    for (Manifest.FileEntry f : manifest.files()) {
      Path target = DataFiles.target(dataDir, f.path());
      try {
        Files.createDirectories(target.getParent());
        Path partial = Files.createTempFile(target.getParent(), ".restore-", ".tmp");
        written.add(partial);
        Files.delete(partial);
        backup.copyFile(f, partial);
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        written.add(target);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + target, e);
      }
      if (++done % 100 == 0) {
        progress.files(done);
      }
    }
    progress.files(done);
  }

  /**
   * Leaves the target as empty as it was: on SQLite the data folder (empty before) loses all the
   * restore wrote; on PostgreSQL the files written go, and the load was rolled back.
   */
  private static void undo(
      Path dataDir, boolean sqlite, boolean folderExisted, List<Path> written) {
    try {
      if (sqlite) {
        if (Files.isDirectory(dataDir)) {
          try (Stream<Path> walk = Files.walk(dataDir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
              if (!p.equals(dataDir) || !folderExisted) {
                Files.deleteIfExists(p);
              }
            }
          }
        }
        return;
      }
      for (Path p : written) {
        Files.deleteIfExists(p);
      }
      Path media = dataDir.resolve(DataFiles.MEDIA);
      if (Files.isDirectory(media)) {
        try (Stream<Path> walk = Files.walk(media)) {
          for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
            if (Files.isDirectory(p)) {
              Files.deleteIfExists(p);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the restore failed and could not remove what it wrote", e);
    }
  }
}
