package org.dateline.backup;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dateline.storage.Database;
import org.dateline.storage.StoreUrl;

/**
 * Backups of a running installation and restores into an empty one, across both kinds of store
 * (decision 0071). Thread-safe: each backup reads its own snapshot.
 */
public final class Backups {
  /**
   * Tables of passing state that a backup leaves out: sign-in sessions (a restored site signs
   * everyone in afresh), the nodes' leases, who has a story open, sign-in throttling and the
   * feedback rate limit's clients.
   */
  public static final Set<String> TRANSIENT =
      Set.of("sessions", "leases", "story_presence", "sign_in_throttle", "feedback_clients");

  /**
   * Tables the store keeps from other tables by its own triggers, which a backup leaves out too:
   * the desk's counts (decision 0096), rebuilt by the triggers as a restore loads the stories; and
   * the related stories kept per story (decision 0102), computed again from the restored site's
   * index, each at its story's first view.
   */
  public static final Set<String> DERIVED = Set.of("desk_counts", "related_stories");

  private final Database database;
  private final Path dataDir;
  private final Clock clock;

  public Backups(Database database, Path dataDir, Clock clock) {
    this.database = database;
    this.dataDir = dataDir;
    this.clock = clock;
  }

  /**
   * Writes a backup of the store (one snapshot, taken while the site runs) and of the data folder's
   * photos and keys to {@code file}, which must not exist yet; returns its manifest.
   */
  public Manifest backup(Path file, Progress progress) {
    Set<String> left = new java.util.HashSet<>(TRANSIENT);
    left.addAll(DERIVED);
    return BackupWriting.write(database, dataDir, Set.copyOf(left), clock, file, progress);
  }

  /** What a restore loaded: the backup's manifest and the rows loaded per table. */
  public record Restored(Manifest manifest, Map<String, Long> rows) {
    public Restored {
      rows = Map.copyOf(rows);
    }
  }

  /**
   * Restores {@code file} into the empty store at {@code url} (PostgreSQL) or, without one, into
   * the empty data folder {@code dataDir} (SQLite); photos and keys go to {@code dataDir} either
   * way. Refuses ({@link BackupRefused}) a damaged file, a non-empty target or a schema newer than
   * this build, leaving the target as it was.
   */
  public static Restored restore(
      Path file, Path dataDir, Optional<StoreUrl> url, Progress progress) {
    return Restoring.restore(file, dataDir, url, progress);
  }

  /** Reads and checks a backup file completely without restoring it; returns its manifest. */
  public static Manifest check(Path file) {
    try (BackupFile backup = BackupFile.open(file)) {
      backup.verify();
      return backup.manifest();
    }
  }
}
