package org.dateline.cli;

import java.nio.file.Path;
import org.dateline.Config;
import org.dateline.storage.StoreUrl;
import picocli.CommandLine.Option;

/**
 * The {@code --data DIR} and {@code --db URL} options every subcommand that touches the store
 * takes.
 */
public final class DataOption {
  @Option(
      names = "--data",
      paramLabel = "DIR",
      defaultValue = "./data",
      description =
          "Data folder: photos, the search index and, without --db, the SQLite store"
              + " (default: ${DEFAULT-VALUE}).")
  Path dataDir;

  @Option(
      names = "--db",
      paramLabel = "URL",
      description =
          "The PostgreSQL store, postgresql://user:password@host:5432/database"
              + " (default: DATELINE_DB_URL; without either, the SQLite file in the data folder).")
  String databaseUrl;

  public Path dir() {
    return dataDir;
  }

  /** The {@code --db} given, or null. */
  String databaseUrl() {
    return databaseUrl;
  }

  /** The configuration of a process on this data folder and store, listening at host:port. */
  public Config config(String host, int port) {
    Config config = Config.of(dataDir, host, port);
    return databaseUrl == null || databaseUrl.isBlank()
        ? config
        : config.withDatabase(StoreUrl.parse(databaseUrl));
  }
}
