import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The ingest benchmark's driver (bench/ingest.sh starts the server and the providers, then this).
 * Items are IPTC's own samples (NewsML-G2 LISTING_2, ninjs 2.1 dpa) with a fresh guid each. "On
 * the desk" means: the item's row is committed in the store, seen by a reader polling the store
 * every POLL_MS milliseconds (the resolution of every time below). Four runs:
 *
 * <ol>
 *   <li>folder burst: COUNT files (half NewsML-G2, half ninjs) land in two watched folders at
 *       once; items per second from the first landing to the last item on the desk;
 *   <li>folder trickle: TRICKLE files landing RATE per second; landing → desk p50/p99/max;
 *   <li>push burst: COUNT items POSTed to /ingest/v1/NAME by THREADS clients; items per second,
 *       and each item's POST → desk time;
 *   <li>polled feed: a feed on loopback that grows by FEED_BATCH ninjs items at a time, polled by
 *       the server every second; items per second, and the time from an item appearing in the feed
 *       to the desk (bounded below by the provider's interval).
 * </ol>
 */
public final class IngestBench {
  static final String APP = env("APP", "http://127.0.0.1:18092");
  static final Path DB = Path.of(env("DB", "data/dateline.db"));
  static final int COUNT = Integer.parseInt(env("COUNT", "10000"));
  static final int TRICKLE = Integer.parseInt(env("TRICKLE", "300"));
  static final int RATE = Integer.parseInt(env("RATE", "20"));
  static final int THREADS = Integer.parseInt(env("THREADS", "4"));
  static final int POLL_MS = Integer.parseInt(env("POLL_MS", "5"));
  static final int FEED_BATCH = Integer.parseInt(env("FEED_BATCH", "500"));
  static final int FEED_PORT = Integer.parseInt(env("FEED_PORT", "18093"));
  static final String SERVER_PID = env("SERVER_PID", "");

  static String g2Template;
  static String ninjsTemplate;
  static final Map<String, Long> landed = new ConcurrentHashMap<>();
  static final Map<String, Long> onDesk = new ConcurrentHashMap<>();
  static final AtomicLong lastId = new AtomicLong();
  static volatile boolean done;

  public static void main(String[] args) throws Exception {
    g2Template = Files.readString(Path.of(env("G2_SAMPLE", "")));
    ninjsTemplate = Files.readString(Path.of(env("NINJS_SAMPLE", "")));
    Path g2Dir = Path.of(env("G2_DIR", ""));
    Path ninjsDir = Path.of(env("NINJS_DIR", ""));
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + DB.toAbsolutePath())) {
      Thread watcher = new Thread(() -> watch(db), "desk-watcher");
      watcher.setDaemon(true);
      watcher.start();
      folderBurst(g2Dir, ninjsDir);
      folderTrickle(g2Dir, ninjsDir);
      pushBurst();
      polledFeed();
      done = true;
      watcher.join(1000);
    }
  }

  static void folderBurst(Path g2Dir, Path ninjsDir) throws Exception {
    List<String> guids = new ArrayList<>();
    long cpu0 = serverCpuMillis();
    long start = System.currentTimeMillis();
    for (int i = 0; i < COUNT; i++) {
      guids.add(land(i % 2 == 0 ? g2Dir : ninjsDir, "burst-" + i, i % 2 == 0));
    }
    long landedAll = System.currentTimeMillis();
    long end = awaitDesk(guids, 600_000);
    double seconds = (end - start) / 1000.0;
    System.out.printf(
        "| folder burst: %d files (half NewsML-G2, half ninjs) | %.0f items/s | %.1f s in all"
            + " (landing took %.1f s) |%n",
        COUNT, COUNT / seconds, seconds, (landedAll - start) / 1000.0);
    cpu("folder burst", cpu0, COUNT);
    report("folder burst, landing → desk (queued behind the burst)", guids);
  }

  static void folderTrickle(Path g2Dir, Path ninjsDir) throws Exception {
    List<String> guids = new ArrayList<>();
    long periodNanos = 1_000_000_000L / RATE;
    long next = System.nanoTime();
    for (int i = 0; i < TRICKLE; i++) {
      while (System.nanoTime() < next) {
        Thread.sleep(1);
      }
      next += periodNanos;
      guids.add(land(i % 2 == 0 ? g2Dir : ninjsDir, "trickle-" + i, i % 2 == 0));
    }
    awaitDesk(guids, 120_000);
    report("folder trickle at " + RATE + " files/s, landing → desk", guids);
  }

  static void pushBurst() throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    String key = env("PUSH_KEY", "");
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<String> guids = Collections.synchronizedList(new ArrayList<>());
    List<Long> answers = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger refused = new AtomicInteger();
    long cpu0 = serverCpuMillis();
    long start = System.currentTimeMillis();
    List<Future<?>> all = new ArrayList<>();
    for (int i = 0; i < COUNT; i++) {
      int n = i;
      all.add(
          pool.submit(
              () -> {
                boolean g2 = n % 2 == 0;
                String guid = "urn:bench:push-" + n + "-" + start;
                String body = item(guid, g2);
                HttpRequest request =
                    HttpRequest.newBuilder(
                            URI.create(APP + "/ingest/v1/" + (g2 ? "bench-push-g2" : "bench-push-ninjs")))
                        .header("Authorization", "Bearer " + (g2 ? key : env("PUSH_KEY_NINJS", "")))
                        .header("Content-Type", g2 ? "application/xml" : "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build();
                long t0 = System.currentTimeMillis();
                landed.put(guid, t0);
                guids.add(guid);
                HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                answers.add(System.currentTimeMillis() - t0);
                if (r.statusCode() != 200) {
                  refused.incrementAndGet();
                  System.err.println("push " + n + ": " + r.statusCode() + " " + r.body());
                }
                return null;
              }));
    }
    for (Future<?> f : all) {
      f.get();
    }
    pool.shutdown();
    long end = awaitDesk(guids, 600_000);
    double seconds = (end - start) / 1000.0;
    System.out.printf(
        "| push burst: %d items by %d clients (%d refused) | %.0f items/s | %.1f s in all |%n",
        COUNT, THREADS, refused.get(), COUNT / seconds, seconds);
    cpu("push burst", cpu0, COUNT);
    System.out.println("| push burst, POST answered | " + percentiles(answers) + " |");
    report("push burst, POST sent → desk", guids);
  }

  static void polledFeed() throws Exception {
    List<String> feed = Collections.synchronizedList(new ArrayList<>());
    var server = com.sun.net.httpserver.HttpServer.create(new InetSocketAddress("127.0.0.1", FEED_PORT), 0);
    AtomicInteger fetches = new AtomicInteger();
    server.createContext(
        "/feed.json",
        exchange -> {
          String body;
          synchronized (feed) {
            int from = Math.max(0, feed.size() - FEED_BATCH);
            body = "[" + String.join(",", feed.subList(from, feed.size())) + "]";
          }
          fetches.incrementAndGet();
          byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
    server.start();
    try {
      // Ready: the provider (polled every second) is told the feed exists by ingest.sh.
      Files.writeString(Path.of(env("FEED_READY", "/dev/null")), "ready\n");
      List<String> guids = new ArrayList<>();
      long cpu0 = serverCpuMillis();
      long start = System.currentTimeMillis();
      int total = Math.min(COUNT, 10 * FEED_BATCH);
      for (int i = 0; i < total; i += FEED_BATCH) {
        int before = fetches.get();
        synchronized (feed) {
          for (int j = i; j < i + FEED_BATCH; j++) {
            String guid = "urn:bench:feed-" + j + "-" + start;
            feed.add(item(guid, false));
            landed.put(guid, System.currentTimeMillis());
            guids.add(guid);
          }
        }
        awaitDesk(guids, 120_000);
        if (fetches.get() == before) {
          throw new IllegalStateException("the feed was never fetched");
        }
      }
      long end = awaitDesk(guids, 120_000);
      double seconds = (end - start) / 1000.0;
      System.out.printf(
          "| polled feed (every 1 s): %d ninjs items in batches of %d | %.0f items/s | %.1f s in"
              + " all |%n",
          total, FEED_BATCH, total / seconds, seconds);
      cpu("polled feed", cpu0, total);
      report("polled feed, item in the feed → desk (includes waiting for the next poll)", guids);
    } finally {
      server.stop(0);
    }
  }

  static String land(Path dir, String name, boolean g2) throws IOException {
    String guid = "urn:bench:" + name + "-" + System.nanoTime();
    String file = name + (g2 ? ".xml" : ".json");
    Path part = dir.resolve(file + ".part");
    Files.writeString(part, item(guid, g2));
    landed.put(guid, System.currentTimeMillis());
    Files.move(part, dir.resolve(file), StandardCopyOption.ATOMIC_MOVE);
    return guid;
  }

  static String item(String guid, boolean g2) {
    if (g2) {
      return g2Template.replaceFirst("guid=\"[^\"]*\"", "guid=\"" + guid + "\"");
    }
    return ninjsTemplate.replaceFirst("\"uri\": \"[^\"]*\"", "\"uri\": \"" + guid + "\"");
  }

  /** Reads new desk rows every POLL_MS and notes when each guid was first seen. */
  static void watch(Connection db) {
    try (PreparedStatement q =
        db.prepareStatement("SELECT id, guid FROM incoming_items WHERE id > ? ORDER BY id")) {
      while (!done) {
        q.setLong(1, lastId.get());
        try (ResultSet rs = q.executeQuery()) {
          long now = System.currentTimeMillis();
          while (rs.next()) {
            lastId.set(rs.getLong(1));
            onDesk.putIfAbsent(rs.getString(2), now);
          }
        }
        Thread.sleep(POLL_MS);
      }
    } catch (Exception e) {
      e.printStackTrace();
    }
  }

  static long awaitDesk(List<String> guids, long timeoutMillis) throws InterruptedException {
    long deadline = System.currentTimeMillis() + timeoutMillis;
    while (System.currentTimeMillis() < deadline) {
      long last = 0;
      boolean all = true;
      for (String g : List.copyOf(guids)) {
        Long t = onDesk.get(g);
        if (t == null) {
          all = false;
          break;
        }
        last = Math.max(last, t);
      }
      if (all) {
        return last;
      }
      TimeUnit.MILLISECONDS.sleep(20);
    }
    long missing = guids.stream().filter(g -> !onDesk.containsKey(g)).count();
    throw new IllegalStateException(missing + " of " + guids.size() + " items never reached the desk");
  }

  /** The server's CPU time so far (user + sys, milliseconds), or -1 without SERVER_PID. */
  static long serverCpuMillis() {
    if (SERVER_PID.isEmpty()) {
      return -1;
    }
    try {
      String stat = Files.readString(Path.of("/proc", SERVER_PID, "stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      // fields 14 and 15 of stat (utime, stime), counted after the command's closing parenthesis
      long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
      return ticks * 10; // USER_HZ is 100 on Linux
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  static void cpu(String what, long before, int items) {
    long after = serverCpuMillis();
    if (before >= 0 && after >= 0) {
      System.out.printf(
          "| %s, server CPU time (user+sys) | %d ms | %.2f ms per item | load %s |%n",
          what, after - before, (after - before) / (double) items, load());
    }
  }

  static String load() {
    try {
      return String.join(" ", Arrays.asList(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
    } catch (IOException e) {
      return "?";
    }
  }

  static void report(String what, List<String> guids) {
    List<Long> times = new ArrayList<>();
    for (String g : guids) {
      times.add(onDesk.get(g) - landed.get(g));
    }
    System.out.println("| " + what + " | " + percentiles(times) + " |");
  }

  static String percentiles(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return String.format(
        "p50 %d ms | p99 %d ms | max %d ms",
        at(sorted, 0.50), at(sorted, 0.99), sorted.get(sorted.size() - 1));
  }

  static long at(List<Long> sorted, double q) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1));
  }

  static String env(String name, String otherwise) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? otherwise : v;
  }
}
