package org.dateline.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/**
 * The embedded store: one SQLite file (WAL, foreign keys on) under the data folder, migrated
 * forward-only by Flyway and reached through Jdbi. Every Jdbi transaction takes the write lock at
 * its start, in arrival order ({@link WriteQueue}, decision 0008). Thread-safe; close it once at
 * shutdown.
 */
public final class Database implements AutoCloseable {
  /** How long a writer waits for its turn in this process before the request is refused (503). */
  static final Duration WRITE_PATIENCE = Duration.ofSeconds(20);

  private final HikariDataSource dataSource;
  private final Jdbi jdbi;
  private final Path file;

  private Database(HikariDataSource dataSource, Path file) {
    this.dataSource = dataSource;
    this.file = file;
    this.jdbi = Jdbi.create(dataSource);
    // One fair queue per store: SQLite has one writer, and its busy handler is no queue.
    jdbi.setTransactionHandler(
        new WriteQueue(jdbi.getTransactionHandler(), new ReentrantLock(true), WRITE_PATIENCE));
  }

  /** Opens (creating when absent) {@code dateline.db} in {@code dataDir} and migrates it. */
  public static Database open(Path dataDir) {
    try {
      Files.createDirectories(dataDir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create data folder " + dataDir, e);
    }
    Path file = dataDir.resolve("dateline.db").toAbsolutePath();
    HikariConfig cfg = new HikariConfig();
    cfg.setJdbcUrl("jdbc:sqlite:" + file);
    cfg.setPoolName("dateline-db");
    // SQLite allows one writer; readers run in parallel under WAL.
    cfg.setMaximumPoolSize(8);
    cfg.addDataSourceProperty("journal_mode", "WAL");
    // FULL: a commit is on disk before it is acknowledged, so nothing acknowledged is lost on a
    // crash.
    cfg.addDataSourceProperty("synchronous", "FULL");
    // Waited on by BEGIN IMMEDIATE and single statements when another process holds the write
    // lock (within this process, writers queue in WriteQueue instead).
    cfg.addDataSourceProperty("busy_timeout", "10000");
    cfg.addDataSourceProperty("foreign_keys", "true");
    HikariDataSource ds = new HikariDataSource(cfg);
    Flyway.configure()
        .dataSource(ds)
        .locations("classpath:db/migration")
        .javaMigrations(new NamesByNormalizedText())
        .loggers("slf4j")
        .load()
        .migrate();
    return new Database(ds, file);
  }

  public Jdbi jdbi() {
    return jdbi;
  }

  public Path file() {
    return file;
  }

  /** The connection pool's numbers at one moment, for metrics. */
  public record PoolUse(int active, int idle, int max, int waiting) {}

  /** The connection pool's use now (zeros before the pool started or after it closed). */
  public PoolUse poolUse() {
    var bean = dataSource.getHikariPoolMXBean();
    if (bean == null) {
      return new PoolUse(0, 0, dataSource.getMaximumPoolSize(), 0);
    }
    return new PoolUse(
        bean.getActiveConnections(),
        bean.getIdleConnections(),
        dataSource.getMaximumPoolSize(),
        bean.getThreadsAwaitingConnection());
  }

  /** Runs SQLite's integrity check and returns its answer ("ok" when healthy). */
  public String integrityCheck() {
    return jdbi.withHandle(h -> h.createQuery("PRAGMA integrity_check").mapTo(String.class).one());
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
