package org.dateline.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.dateline.Config;
import org.dateline.storage.Database;
import org.dateline.storage.StoreUrl;

/**
 * The store the tests run on: SQLite in the test's data folder, or, with {@code
 * -Ddateline.store=postgresql} (the build's second run of the integration tests, decision 0041), a
 * real PostgreSQL that this JVM starts once (zonky's embedded server, no setup), with a database of
 * its own per data folder, copied from a migrated template so it is ready at once. The same data
 * folder always gets the same database, so a test that opens its store twice (a restart, a second
 * process) finds its data again. A PostgreSQL that cannot start fails the test; it never falls back
 * to SQLite. On SQLite, a data folder without a store gets a copy of one this JVM migrated once
 * (decision 0092), as each PostgreSQL database is a copy of a migrated template: the application
 * then finds every migration applied and only validates them. Thread-safe.
 */
public final class TestStore {
  private static final String TEMPLATE = "dateline_template";
  private static final String SQLITE_FILE = "dateline.db";
  private static final Map<Path, String> DATABASES = new HashMap<>();
  private static EmbeddedPostgres server;
  private static Connection admin;
  private static Path sqliteTemplate;

  private TestStore() {}

  /** Whether this run of the tests is on PostgreSQL. */
  public static boolean postgresql() {
    String store = System.getProperty("dateline.store", "sqlite");
    if (!store.equals("sqlite") && !store.equals("postgresql")) {
      throw new IllegalStateException("dateline.store must be sqlite or postgresql: " + store);
    }
    return store.equals("postgresql");
  }

  /** The configuration of a test process on {@code data}, on this run's store. */
  public static Config config(Path data) {
    Config config = Config.of(data, "127.0.0.1", 0);
    if (!postgresql()) {
      migratedSqlite(data);
    }
    return url(data).map(config::withDatabase).orElse(config);
  }

  /**
   * The configuration of a test process on {@code data} on the given kind of store, whatever this
   * run's store is: for the tests of what differs between the two.
   */
  public static Config config(Path data, Database.Kind kind) {
    Config config = Config.of(data, "127.0.0.1", 0);
    if (kind == Database.Kind.POSTGRESQL) {
      return config.withDatabase(database(data));
    }
    migratedSqlite(data);
    return config;
  }

  /** The PostgreSQL store of {@code data} on this run, or empty on SQLite. */
  public static Optional<StoreUrl> url(Path data) {
    return postgresql() ? Optional.of(database(data)) : Optional.empty();
  }

  /** Opens the store of {@code data} on this run's kind of store. */
  public static Database open(Path data) {
    if (!postgresql()) {
      migratedSqlite(data);
    }
    return Database.open(data, url(data));
  }

  /**
   * Puts a copy of the migrated SQLite template into {@code data} when it has no store yet (a
   * folder that has one, a restart or a restore, is left as it is). The template is migrated once
   * per JVM, by {@link Database#open} as the application opens any store.
   */
  private static synchronized void migratedSqlite(Path data) {
    Path file = data.resolve(SQLITE_FILE);
    if (Files.exists(file)) {
      return;
    }
    try {
      if (sqliteTemplate == null) {
        Path scratch = Files.createTempDirectory("dateline-sqlite-template");
        Database.open(scratch).close();
        Path template = scratch.resolve(SQLITE_FILE);
        if (Files.exists(scratch.resolve(SQLITE_FILE + "-wal"))) {
          throw new IllegalStateException("the migrated template kept its WAL: " + scratch);
        }
        scratch.toFile().deleteOnExit(); // deleted in reverse order: the file, then the folder
        template.toFile().deleteOnExit();
        sqliteTemplate = template;
      }
      Files.createDirectories(data);
      Files.copy(sqliteTemplate, file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The arguments of a command line run with {@code --db} added after {@code --data DIR} on
   * PostgreSQL, so the command finds the same store as the test's own {@link #config}.
   */
  public static String[] cliArgs(String... args) {
    if (!postgresql()) {
      return args;
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      out.add(args[i]);
      if (args[i].equals("--data") && i + 1 < args.length && !args[i + 1].startsWith("-")) {
        out.add(args[++i]);
        out.add("--db");
        out.add(dbArgument(database(Path.of(args[i]))));
      }
    }
    return out.toArray(String[]::new);
  }

  /** The {@code --db} value that names {@code url}. */
  public static String dbArgument(StoreUrl url) {
    return url.jdbcUrl().replaceFirst("^jdbc:postgresql://", "postgresql://postgres@");
  }

  /**
   * The PostgreSQL store of {@code data} whatever this run's store: for the tests of several nodes
   * on one store, which need PostgreSQL (decision 0051).
   */
  public static StoreUrl postgresql(Path data) {
    return database(data);
  }

  /** A fresh, empty PostgreSQL database (not migrated) on the shared test server. */
  public static synchronized StoreUrl emptyDatabase(String name) {
    execute("CREATE DATABASE " + name);
    return at(name);
  }

  private static synchronized StoreUrl database(Path data) {
    Path key = data.toAbsolutePath().normalize();
    String name = DATABASES.get(key);
    if (name == null) {
      start();
      name = "d" + (DATABASES.size() + 1);
      // FILE_COPY copies the template's files instead of writing each of its pages to the
      // write-ahead log (the default since PostgreSQL 15): about a fifth less of the server's
      // CPU per database here, with fsync off (decision 0124).
      execute("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE + " STRATEGY FILE_COPY");
      DATABASES.put(key, name);
    }
    return at(name);
  }

  private static StoreUrl at(String name) {
    return StoreUrl.parse("postgresql://postgres@localhost:" + server.getPort() + "/" + name);
  }

  private static void start() {
    if (server != null) {
      return;
    }
    try {
      server =
          EmbeddedPostgres.builder()
              // Speed over durability: a test server's files are thrown away with the JVM.
              .setServerConfig("fsync", "off")
              .setServerConfig("synchronous_commit", "off")
              .setServerConfig("full_page_writes", "off")
              .setServerConfig("max_connections", "400")
              // Hundreds of short-lived databases per run: the autovacuum launcher would start a
              // worker in each of them every minute, for tables a test fills with a few rows and
              // throws away; no test reads PostgreSQL's plans (decision 0124).
              .setServerConfig("autovacuum", "off")
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException("the tests' PostgreSQL did not start", e);
    }
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    server.close();
                  } catch (IOException e) {
                    // the JVM is ending; the server's files are in a temporary folder
                  }
                },
                "test-postgresql-stop"));
    execute("CREATE DATABASE " + TEMPLATE);
    try {
      // The store is PostgreSQL's; the data folder the application asks for stays empty and goes
      // (it was left behind in /tmp once per PostgreSQL JVM before).
      Path scratch = Files.createTempDirectory("dateline-template");
      Database.open(scratch, Optional.of(at(TEMPLATE))).close();
      deleteTree(scratch);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteTree(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /**
   * Runs {@code sql} on the server's {@code postgres} database through one connection kept for the
   * JVM's life: a connection is a server process of its own, so one per statement cost a process
   * start per test database (decision 0124). Callers hold the class's lock.
   */
  private static void execute(String sql) {
    start();
    try {
      if (admin == null || admin.isClosed()) {
        admin = server.getPostgresDatabase().getConnection();
      }
      try (Statement s = admin.createStatement()) {
        s.execute(sql);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }
}
