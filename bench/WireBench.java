// Load driver of bench/wire.sh (run with `java bench/WireBench.java`, JDK only; never run by the
// tests). Starts the live webhook receivers, follows /wire/v1/changes with a long poll, publishes
// through the newsroom's own form and prints the latencies from each publish response to (a) each
// webhook, (b) the event in the long poll; then measures /wire/v1/items/{id} throughput.
import com.sun.net.httpserver.HttpServer;
import java.net.CookieManager;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class WireBench {
  static final Pattern HEADLINE = Pattern.compile("Bench story (\\d+) ");
  static final Pattern STORY = Pattern.compile("\"story\":(\\d+)");
  static final Pattern TYPE = Pattern.compile("\"type\":\"(\\w+)\"");
  static final Pattern NEXT = Pattern.compile("\"next\":\"([^\"]*)\"");
  static final Pattern EVENT = Pattern.compile("\\{\"id\":\"evt_\\d+\",\"type\":\"(\\w+)\",\"story\":(\\d+)");

  public static void main(String[] args) throws Exception {
    String app = System.getenv("APP");
    String key = System.getenv("KEY");
    String email = System.getenv("EDITOR");
    String password = System.getenv("PASSWORD");
    int publishes = Integer.parseInt(System.getenv().getOrDefault("PUBLISHES", "500"));
    int seconds = Integer.parseInt(System.getenv().getOrDefault("ITEM_SECONDS", "10"));
    int threads = Integer.parseInt(System.getenv().getOrDefault("ITEM_THREADS", "8"));
    List<Integer> ports = new ArrayList<>();
    for (String p : System.getenv("LIVE_PORTS").trim().split("\\s+")) {
      ports.add(Integer.parseInt(p));
    }
    // story number -> publish response time; per receiver: story number -> arrival time
    Map<Integer, Long> responded = new ConcurrentHashMap<>();
    Map<Long, Integer> numberOfStory = new ConcurrentHashMap<>();
    List<Map<Integer, Long>> arrivals = new ArrayList<>();
    List<HttpServer> servers = new ArrayList<>();
    for (int port : ports) {
      Map<Integer, Long> mine = new ConcurrentHashMap<>();
      arrivals.add(mine);
      HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 100);
      s.setExecutor(Executors.newFixedThreadPool(4));
      s.createContext(
          "/hook",
          ex -> {
            long now = System.nanoTime();
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Matcher h = HEADLINE.matcher(body);
            Matcher t = TYPE.matcher(body);
            Matcher st = STORY.matcher(body);
            if (h.find() && t.find() && t.group(1).equals("publish") && st.find()) {
              int n = Integer.parseInt(h.group(1));
              mine.putIfAbsent(n, now);
              numberOfStory.put(Long.parseLong(st.group(1)), n);
            }
            ex.sendResponseHeaders(200, -1);
            ex.close();
          });
      s.start();
      servers.add(s);
    }
    HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    // (b) the long poll
    Map<Long, Long> polled = new ConcurrentHashMap<>();
    String start = get(http, app + "/wire/v1/changes?limit=1000", key);
    String[] cursor = {lastNext(http, app, key, start)};
    Thread poller =
        new Thread(
            () -> {
              while (!Thread.currentThread().isInterrupted()) {
                try {
                  String page = get(http, app + "/wire/v1/changes?wait=20&limit=1000&after=" + cursor[0], key);
                  long now = System.nanoTime();
                  Matcher e = EVENT.matcher(page);
                  while (e.find()) {
                    if (e.group(1).equals("publish")) {
                      polled.putIfAbsent(Long.parseLong(e.group(2)), now);
                    }
                  }
                  Matcher nx = NEXT.matcher(page);
                  if (nx.find()) {
                    cursor[0] = nx.group(1);
                  }
                } catch (Exception ex) {
                  return;
                }
              }
            });
    poller.setDaemon(true);
    poller.start();
    // (c) the site's RSS feed, fetched every FEED_POLL_MS milliseconds (the measure's resolution)
    int feedPollMs = Integer.parseInt(System.getenv().getOrDefault("FEED_POLL_MS", "5"));
    Map<Integer, Long> inFeed = new ConcurrentHashMap<>();
    HttpRequest feedRequest = HttpRequest.newBuilder(URI.create(app + "/feed.rss")).build();
    Thread feedPoller =
        new Thread(
            () -> {
              while (!Thread.currentThread().isInterrupted()) {
                try {
                  String feed = http.send(feedRequest, HttpResponse.BodyHandlers.ofString()).body();
                  long now = System.nanoTime();
                  Matcher h = HEADLINE.matcher(feed);
                  while (h.find()) {
                    inFeed.putIfAbsent(Integer.parseInt(h.group(1)), now);
                  }
                  Thread.sleep(feedPollMs);
                } catch (InterruptedException ex) {
                  return;
                } catch (Exception ex) {
                  // the next fetch tries again
                }
              }
            });
    feedPoller.setDaemon(true);
    feedPoller.start();
    Thread.sleep(2000); // the server notices the subscribers added by the script (its 500 ms poll)
    // sign in as the editor
    HttpResponse<String> login =
        http.send(
            form(app + "/newsroom/login", app, "email", email, "password", password, "next", "/newsroom/desk"),
            HttpResponse.BodyHandlers.ofString());
    if (login.statusCode() != 303) throw new IllegalStateException("sign-in answered " + login.statusCode());
    String desk = http.send(HttpRequest.newBuilder(URI.create(app + "/newsroom/desk")).build(), HttpResponse.BodyHandlers.ofString()).body();
    Matcher c = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(desk);
    if (!c.find()) throw new IllegalStateException("no CSRF token");
    String csrf = c.group(1);
    for (int n = 1; n <= publishes; n++) {
      HttpResponse<String> created = http.send(form(app + "/newsroom/stories", app, "csrf", csrf), HttpResponse.BodyHandlers.ofString());
      String story = URI.create(created.headers().firstValue("Location").orElseThrow()).getPath();
      String page = http.send(HttpRequest.newBuilder(URI.create(app + story)).build(), HttpResponse.BodyHandlers.ofString()).body();
      Matcher v = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(page);
      if (!v.find()) throw new IllegalStateException("no version on " + story);
      HttpResponse<String> published =
          http.send(
              form(app + story + "/action", app, "csrf", csrf, "version", v.group(1), "action", "publish",
                  "headline", "Bench story " + n + " : council approves harbour ferry timetable",
                  "summary", "The new timetable adds evening sailings.", "section", "National",
                  "bylines", "Bench Editor", "tags", "transportation, Busan",
                  "body", "<p>The council approved the timetable on Monday, officials said.</p>"),
              HttpResponse.BodyHandlers.ofString());
      responded.put(n, System.nanoTime());
      String where = published.headers().firstValue("Location").orElse("");
      if (published.statusCode() != 303 || !where.contains("done=publish")) {
        throw new IllegalStateException("publish " + n + " answered " + published.statusCode() + " " + where);
      }
    }
    Thread.sleep(3000); // let the last deliveries arrive
    List<Double> a = new ArrayList<>();
    int missing = 0;
    for (Map<Integer, Long> mine : arrivals) {
      for (int n = 1; n <= publishes; n++) {
        Long at = mine.get(n);
        if (at == null) missing++;
        else a.add((at - responded.get(n)) / 1e6);
      }
    }
    List<Double> b = new ArrayList<>();
    int missingPoll = 0;
    for (Map.Entry<Long, Integer> e : numberOfStory.entrySet()) {
      Long at = polled.get(e.getKey());
      if (at == null) missingPoll++;
      else b.add((at - responded.get(e.getValue())) / 1e6);
    }
    poller.interrupt();
    feedPoller.interrupt();
    List<Double> cc = new ArrayList<>();
    int missingFeed = 0;
    for (int n = 1; n <= publishes; n++) {
      Long at = inFeed.get(n);
      if (at == null) missingFeed++;
      else cc.add((at - responded.get(n)) / 1e6);
    }
    System.out.println("| (a) publish response → webhook received (" + ports.size() + " live receivers × " + publishes + ") | " + stats(a) + " | missing " + missing + " |");
    System.out.println("| (b) publish response → event in a long-polling /changes (" + b.size() + ") | " + stats(b) + " | missing " + missingPoll + " |");
    System.out.println("| (c) publish response → story in the site's RSS feed (polled every " + feedPollMs + " ms; " + cc.size() + ") | " + stats(cc) + " | missing " + missingFeed + " |");
    // items throughput
    long someStory = numberOfStory.keySet().stream().findFirst().orElseThrow();
    String item = app + "/wire/v1/items/" + someStory;
    System.out.println("ITEM /wire/v1/items/" + someStory);
    AtomicLong ok = new AtomicLong();
    AtomicLong bad = new AtomicLong();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    List<Thread> workers = new ArrayList<>();
    HttpClient plain = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpRequest req = HttpRequest.newBuilder(URI.create(item)).header("Authorization", "Bearer " + key).build();
    for (int i = 0; i < threads; i++) {
      Thread t = new Thread(() -> {
        while (System.nanoTime() < end) {
          try {
            int code = plain.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
            (code == 200 ? ok : bad).incrementAndGet();
          } catch (Exception e) {
            bad.incrementAndGet();
          }
        }
      });
      t.start();
      workers.add(t);
    }
    for (Thread t : workers) t.join();
    System.out.printf("| /wire/v1/items/{id} ninjs, %d client threads, %d s | %.0f requests/s | non-200: %d |%n", threads, seconds, ok.get() / (double) seconds, bad.get());
    servers.forEach(s -> s.stop(0));
    System.exit(0);
  }

  static String lastNext(HttpClient http, String app, String key, String page) throws Exception {
    Matcher nx = NEXT.matcher(page);
    String next = nx.find() ? nx.group(1) : "";
    while (page.contains("\"more\":true")) {
      page = get(http, app + "/wire/v1/changes?limit=1000&after=" + next, key);
      nx = NEXT.matcher(page);
      next = nx.find() ? nx.group(1) : next;
    }
    return next;
  }

  static String stats(List<Double> ms) {
    if (ms.isEmpty()) return "— | — | —";
    List<Double> s = new ArrayList<>(ms);
    Collections.sort(s);
    return String.format("p50 %.1f ms | p99 %.1f ms | max %.1f ms", s.get(s.size() / 2), s.get((int) Math.min(s.size() - 1, Math.ceil(s.size() * 0.99) - 1)), s.get(s.size() - 1));
  }

  static String get(HttpClient http, String url, String key) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(40)).header("Authorization", "Bearer " + key).build(), HttpResponse.BodyHandlers.ofString()).body();
  }

  static HttpRequest form(String url, String origin, String... fields) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i + 1 < fields.length; i += 2) {
      if (b.length() > 0) b.append('&');
      b.append(URLEncoder.encode(fields[i], StandardCharsets.UTF_8)).append('=').append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
    }
    return HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Origin", origin)
        .POST(HttpRequest.BodyPublishers.ofString(b.toString()))
        .build();
  }
}
