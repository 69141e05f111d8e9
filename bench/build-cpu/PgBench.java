import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.*;
import java.sql.*;
import java.util.*;

/** CPU of the PostgreSQL server for N test databases: args strategy(WAL_LOG|FILE_COPY) conns minimal(true|false) n */
public class PgBench {
  static long cpu(long pid) throws Exception {
    String s = Files.readString(Path.of("/proc/" + pid + "/stat"));
    String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
    long t = Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
    // live children
    for (String line : new String(new ProcessBuilder("pgrep", "-P", "" + pid).start().getInputStream().readAllBytes()).split("\n")) {
      if (line.isBlank()) continue;
      try { String c = Files.readString(Path.of("/proc/" + line.trim() + "/stat")); String[] g = c.substring(c.lastIndexOf(')') + 2).split(" ");
        t += Long.parseLong(g[11]) + Long.parseLong(g[12]); } catch (Exception e) {}
    }
    return t * 10; // ms (100 Hz)
  }
  public static void main(String[] a) throws Exception {
    String strategy = a[0]; int conns = Integer.parseInt(a[1]); boolean minimal = Boolean.parseBoolean(a[2]); int n = Integer.parseInt(a[3]);
    Path dir = Files.createTempDirectory(Path.of("/tmp"), "h82pgb");
    var b = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(true)
        .setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off")
        .setServerConfig("full_page_writes", "off").setServerConfig("max_connections", "400");
    if (minimal) b = b.setServerConfig("autovacuum", "off").setServerConfig("wal_level", "minimal").setServerConfig("max_wal_senders", "0");
    try (EmbeddedPostgres pg = b.start()) {
      long pm = Long.parseLong(Files.readAllLines(dir.resolve("postmaster.pid")).get(0).trim());
      try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) { st.execute("CREATE DATABASE tpl"); }
      try (Connection c = pg.getDatabase("postgres", "tpl").getConnection(); Statement st = c.createStatement()) {
        for (int i = 0; i < 60; i++) st.execute("create table t" + i + " (id bigserial primary key, a text, b text, c bigint, d timestamptz); create index on t" + i + "(a); create index on t" + i + "(c,d); insert into t" + i + "(a,c) select 'x'||g, g from generate_series(1,50) g");
      }
      long t0 = cpu(pm), w0 = System.nanoTime();
      for (int i = 0; i < n; i++) {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
          st.execute("CREATE DATABASE d" + i + " TEMPLATE tpl" + (strategy.equals("DEFAULT") ? "" : " STRATEGY " + strategy));
        }
        List<Connection> open = new ArrayList<>();
        var ds = pg.getDatabase("postgres", "d" + i);
        for (int k = 0; k < conns; k++) open.add(ds.getConnection());
        for (int q = 0; q < 40; q++) {
          try (Statement st = open.get(q % Math.min(2, conns)).createStatement(); ResultSet rs = st.executeQuery("select count(*) from t" + (q % 60) + " where c > " + q)) { rs.next(); }
          try (Statement st = open.get(q % Math.min(2, conns)).createStatement()) { st.executeUpdate("insert into t" + (q % 60) + "(a,c) values ('y', " + q + ")"); }
        }
        for (Connection c : open) c.close();
      }
      long t1 = cpu(pm);
      Thread.sleep(5000); // what the server does after (autovacuum, checkpoints) over 5 s
      long t2 = cpu(pm);
      System.out.printf("%s conns=%d minimal=%s n=%d: server CPU %d ms (%.1f ms per db), +%d ms in the 5 s after; wall %.1f s%n",
          strategy, conns, minimal, n, t1 - t0, (t1 - t0) / (double) n, t2 - t1, (System.nanoTime() - w0) / 1e9);
    }
  }
}
