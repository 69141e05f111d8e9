package org.dateline.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dateline.Wiring;
import org.dateline.backup.BackupRefused;
import org.dateline.backup.Manifest;
import org.dateline.backup.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * Writes a backup of the store and the data folder's photos and keys into one file while the site
 * runs (decision 0071).
 */
@Command(
    name = "backup",
    mixinStandardHelpOptions = true,
    description = {
      "Write a consistent backup of the store (SQLite or PostgreSQL) and of the photos and keys in"
          + " the data folder into one file, while the site keeps running.",
      "The file restores into either kind of store with 'restore'. It holds password hashes and"
          + " the wire's signing key: keep it as safe as the server.",
      "Exit codes: 0 written, 1 refused or failed (nothing written)."
    })
public final class BackupCommand implements Callable<Integer> {
  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "The backup file to write (a zip); it must not exist yet.")
  Path file;

  @Mixin DataOption data;

  @Override
  public Integer call() {
    PrintStream out = System.out;
    try (Wiring wiring = new Wiring(data.config("127.0.0.1", 8080), Clock.systemUTC())) {
      Manifest m = wiring.backups().backup(file, lines(out));
      out.printf(
          Locale.ROOT,
          "Backup written to %s: %d tables, %d rows, %d files, schema version %s (%s).%n",
          file.toAbsolutePath(),
          m.tables().size(),
          m.tables().stream().mapToLong(Manifest.TableEntry::rows).sum(),
          m.files().size(),
          m.schemaVersion(),
          m.sourceKind());
      return 0;
    } catch (BackupRefused | IllegalStateException | UncheckedIOException e) {
      System.err.println("Backup failed: " + e.getMessage());
      return 1;
    }
  }

  /** Progress as one line per table and per hundred files. */
  static Progress lines(PrintStream out) {
    return new Progress() {
      @Override
      public void table(String name, long rows) {
        out.printf(Locale.ROOT, "  %-28s %,12d rows%n", name, rows);
      }

      @Override
      public void files(long count) {
        out.printf(Locale.ROOT, "  %-28s %,12d files%n", "photos and keys", count);
      }
    };
  }
}
