package org.dateline.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/**
 * The store, one of two kinds chosen by configuration (decision 0041): the embedded one, a SQLite
 * file (WAL, foreign keys on) under the data folder, where every Jdbi transaction takes the write
 * lock at its start, in arrival order ({@link WriteQueue}, decision 0008); or PostgreSQL at a
 * {@link StoreUrl}, where transactions overlap and rows are locked as they are written. Both are
 * migrated forward-only by Flyway from the same scripts ({@code db/migration}), with a folder per
 * kind only for the scripts whose SQL differs ({@code db/sqlite}, {@code db/postgresql}), and
 * reached through Jdbi. Thread-safe; close it once at shutdown.
 */
public final class Database implements AutoCloseable {
  /** Which database holds the store. */
  public enum Kind {
    SQLITE,
    POSTGRESQL
  }

  /** How long a request waits for a PostgreSQL connection before it is refused (503). */
  static final Duration CONNECTION_PATIENCE = Duration.ofSeconds(3);

  /** How long a writer waits for its turn in this process before the request is refused (503). */
  static final Duration WRITE_PATIENCE = Duration.ofSeconds(20);

  /**
   * How long a writer waits for a write lock held outside this process's queue before it is refused
   * (503): on SQLite the busy timeout (another process holds the file's write lock), on PostgreSQL
   * the lock timeout (another transaction holds the rows or table). {@link #PRODUCTION} is what
   * every running Dateline uses; only the tests of the refusal choose a shorter one, so they need
   * not wait out production's (decision 0099).
   */
  public record Patience(Duration sqliteBusy, Duration postgresqlLock) {
    /** SQLite waits 10 s for another process; PostgreSQL as long as a writer waits its turn. */
    public static final Patience PRODUCTION = new Patience(Duration.ofSeconds(10), WRITE_PATIENCE);
  }

  private final HikariDataSource dataSource;
  private final Jdbi jdbi;
  private final Path file;
  private final Kind kind;

  private Database(HikariDataSource dataSource, Path file, Kind kind) {
    this.dataSource = dataSource;
    this.file = file;
    this.kind = kind;
    this.jdbi = Jdbi.create(dataSource);
    if (kind == Kind.SQLITE) {
      // One fair queue per store: SQLite has one writer, and its busy handler is no queue.
      jdbi.setTransactionHandler(
          new WriteQueue(jdbi.getTransactionHandler(), new ReentrantLock(true), WRITE_PATIENCE));
    }
  }

  /** Opens (creating when absent) {@code dateline.db} in {@code dataDir} and migrates it. */
  public static Database open(Path dataDir) {
    return open(dataDir, Optional.empty());
  }

  /**
   * Opens the store at {@code url} when given (PostgreSQL), else the SQLite file in {@code
   * dataDir}, and migrates it. The data folder is created either way: it keeps the photos and the
   * search index.
   */
  public static Database open(Path dataDir, Optional<StoreUrl> url) {
    return open(dataDir, url, Patience.PRODUCTION);
  }

  /** Like {@link #open(Path, Optional)}, waiting {@code patience} for locks held elsewhere. */
  public static Database open(Path dataDir, Optional<StoreUrl> url, Patience patience) {
    try {
      Files.createDirectories(dataDir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create data folder " + dataDir, e);
    }
    Path file = dataDir.resolve("dateline.db").toAbsolutePath();
    if (url.isPresent()) {
      return openPostgresql(url.get(), file, patience);
    }
    HikariDataSource ds = sqliteDataSource(file, patience);
    migrate(ds, Kind.SQLITE);
    return new Database(ds, file, Kind.SQLITE);
  }

  /** The SQLite file's connection pool: WAL, FULL sync, foreign keys on. */
  static HikariDataSource sqliteDataSource(Path file) {
    return sqliteDataSource(file, Patience.PRODUCTION);
  }

  private static HikariDataSource sqliteDataSource(Path file, Patience patience) {
    HikariConfig cfg = new HikariConfig();
    cfg.setJdbcUrl("jdbc:sqlite:" + file);
    cfg.setPoolName("dateline-db");
    // SQLite allows one writer; readers run in parallel under WAL.
    cfg.setMaximumPoolSize(8);
    // Each connection keeps its own page cache: an idle server keeps two (decision 0090).
    cfg.setMinimumIdle(2);
    cfg.addDataSourceProperty("journal_mode", "WAL");
    // FULL: a commit is on disk before it is acknowledged, so nothing acknowledged is lost on a
    // crash.
    cfg.addDataSourceProperty("synchronous", "FULL");
    // Waited on by BEGIN IMMEDIATE and single statements when another process holds the write
    // lock (within this process, writers queue in WriteQueue instead).
    cfg.addDataSourceProperty("busy_timeout", Long.toString(patience.sqliteBusy().toMillis()));
    cfg.addDataSourceProperty("foreign_keys", "true");
    return new HikariDataSource(cfg);
  }

  private static Database openPostgresql(StoreUrl url, Path file, Patience patience) {
    HikariDataSource ds = postgresqlDataSource(url, patience);
    try {
      migrate(ds, Kind.POSTGRESQL);
    } catch (RuntimeException e) {
      ds.close();
      throw e;
    }
    return new Database(ds, file, Kind.POSTGRESQL);
  }

  /** PostgreSQL's connection pool at {@code url}, or a clear error when it cannot be reached. */
  static HikariDataSource postgresqlDataSource(StoreUrl url) {
    return postgresqlDataSource(url, Patience.PRODUCTION);
  }

  private static HikariDataSource postgresqlDataSource(StoreUrl url, Patience patience) {
    HikariConfig cfg = new HikariConfig();
    cfg.setJdbcUrl(url.jdbcUrl());
    url.user().ifPresent(cfg::setUsername);
    url.password().ifPresent(cfg::setPassword);
    cfg.setPoolName("dateline-db");
    cfg.setMaximumPoolSize(10);
    // An idle server keeps two connections, as on SQLite (decision 0090), and opens more as
    // requests need them: each PostgreSQL connection is a server process that builds its own
    // caches, so ten opened at every start cost the database (and every test server) for nothing
    // (decision 0124).
    cfg.setMinimumIdle(2);
    // While the database is away, a request waits this long for a connection, then gets a 503;
    // the pool reconnects by itself once the database is back.
    cfg.setConnectionTimeout(CONNECTION_PATIENCE.toMillis());
    cfg.setValidationTimeout(1000);
    cfg.addDataSourceProperty("ApplicationName", "dateline");
    cfg.addDataSourceProperty("connectTimeout", "3");
    // A writer waits for rows another transaction holds as long as a SQLite writer waits for its
    // turn; then it is refused (503) instead of hanging (decision 0008).
    cfg.addDataSourceProperty("options", "-c lock_timeout=" + patience.postgresqlLock().toMillis());
    HikariDataSource ds;
    try {
      ds = new HikariDataSource(cfg);
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "Cannot reach the database at " + url + ": " + rootMessage(e), e);
    }
    return ds;
  }

  /**
   * The scripts every store shares, then those of its own kind, and the Java migration 4. A store
   * whose history is this build's list of migrations line for line needs none of them, and Flyway's
   * scan and validation are left out (decision 0119); any other store goes through Flyway.
   */
  private static void migrate(HikariDataSource ds, Kind kind) {
    if (!MigrationList.upToDate(ds, kind)) {
      flyway(ds, ownScripts(kind)).load().migrate();
    }
  }

  /** Flyway on {@code ds} with every migration of this build for the store's kind. */
  static org.flywaydb.core.api.configuration.FluentConfiguration flyway(
      javax.sql.DataSource ds, String ownScripts) {
    return Flyway.configure()
        .dataSource(ds)
        .locations("classpath:db/migration", ownScripts)
        .javaMigrations(new NamesByNormalizedText())
        .loggers("slf4j");
  }

  /** The scripts of one kind of store only. */
  static String ownScripts(Kind kind) {
    return kind == Kind.SQLITE ? "classpath:db/sqlite" : "classpath:db/postgresql";
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return String.valueOf(t.getMessage());
  }

  public Kind kind() {
    return kind;
  }

  public Jdbi jdbi() {
    return jdbi;
  }

  /**
   * Where the SQLite file is (or would be, on PostgreSQL): {@code dateline.db} in the data folder.
   */
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

  /**
   * Runs SQLite's integrity check and returns its answer ("ok" when healthy); on PostgreSQL, which
   * checks its pages itself, "ok" when the database answers.
   */
  public String integrityCheck() {
    String sql = kind == Kind.SQLITE ? "PRAGMA integrity_check" : "SELECT 'ok'";
    return jdbi.withHandle(h -> h.createQuery(sql).mapTo(String.class).one());
  }

  /**
   * Opens a read-only snapshot of the whole store (decision 0071): every read through it sees one
   * state that existed, while writers carry on. Close it when done.
   */
  public Snapshot snapshot() {
    return Snapshot.open(dataSource, kind);
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
