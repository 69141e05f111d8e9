package org.dateline.cli;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dateline.backup.BackupRefused;
import org.dateline.backup.Backups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * Restores a backup into an empty data folder (SQLite) or an empty PostgreSQL database (decision
 * 0071).
 */
@Command(
    name = "restore",
    mixinStandardHelpOptions = true,
    description = {
      "Restore a backup written by 'backup' into an empty store: the empty data folder (SQLite,"
          + " without --db) or an empty PostgreSQL database (--db); photos and keys go to the data"
          + " folder either way. A backup of either kind restores into either kind.",
      "The whole file is checked first (checksums, row counts); a damaged file, a target that is"
          + " not empty or a schema newer than this build is refused and nothing is changed.",
      "Afterwards start the site (the search index is rebuilt from the store) and purge the CDN.",
      "Exit codes: 0 restored, 1 refused or failed (the target is left empty)."
    })
public final class RestoreCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "The backup file to restore.")
  Path file;

  @Mixin DataOption data;

  @Override
  public Integer call() {
    try {
      var restored =
          Backups.restore(
              file,
              data.dir(),
              data.config("127.0.0.1", 8080).database(),
              BackupCommand.lines(System.out));
      System.out.printf(
          Locale.ROOT,
          "Restored %s (%s, schema version %s, made %s) into %s.%n",
          file.toAbsolutePath(),
          restored.manifest().sourceKind(),
          restored.manifest().schemaVersion(),
          restored.manifest().createdAt(),
          data.config("127.0.0.1", 8080)
              .database()
              .map(Object::toString)
              .orElse(data.dir().toAbsolutePath().resolve("dateline.db").toString()));
      return 0;
    } catch (BackupRefused
        | IllegalStateException
        | IllegalArgumentException
        | UncheckedIOException e) {
      System.err.println("Restore refused: " + e.getMessage());
      return 1;
    }
  }
}
