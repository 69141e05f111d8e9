package org.dateline.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.dateline.Config;
import org.dateline.Wiring;
import org.dateline.delivery.Deliveries;
import org.dateline.newsroom.auth.Role;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.workflow.Action;
import org.dateline.newsroom.workflow.Scheduler;
import org.dateline.newsroom.workflow.Story;
import org.dateline.newsroom.workflow.Workflow;
import org.dateline.subscriber.SubscriberForm;
import org.dateline.testing.Await;
import org.dateline.testing.Newsroom;
import org.dateline.testing.RawHttp;
import org.dateline.testing.ServerProcess;
import org.dateline.testing.TestApp;
import org.dateline.testing.TestStore;
import org.dateline.testing.WebhookReceiver;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/**
 * Two nodes, each the real server ({@code target/dateline.jar serve}) as its own process with its
 * own data folder, on one PostgreSQL (issue 12 point 2, decisions 0051-0053): any node serves any
 * request, the scheduler publishes once across them, and a node killed with SIGKILL mid-write loses
 * no acknowledged write. Runs on PostgreSQL in every run (several nodes need it: decision 0051), so
 * the build's PostgreSQL run leaves it out. The bounds below only keep a broken build from hanging;
 * what the issue bounds (2 s from a publish to the other node's pages) is printed and named in the
 * assertion messages, not asserted on the wall clock.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
// It prints (a seed, a measure) to System.out, so it never runs beside a class that captures
// System.out (testing/Cli, which holds the lock for writing).
@ResourceLock(value = Resources.SYSTEM_OUT, mode = ResourceAccessMode.READ)
class SeveralNodesIT {
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @TempDir static Path dataA;
  @TempDir static Path dataB;
  @TempDir static Path dataTest;

  private StoreUrl store;
  private Wiring test;
  private User editor;
  private ServerProcess a;
  private ServerProcess b;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  void two_nodes_on_one_store() throws Exception {
    store = TestStore.postgresql(dataA);
    // The test's own view of the store: no server, no scheduler running.
    test =
        TestApp.wiring(Config.of(dataTest, "127.0.0.1", 0).withDatabase(store), Clock.systemUTC());
    editor = Newsroom.user(test, Role.EDITOR, "Yuna Kim");
    test.sections().ensure("National");
    // A first, then B once A holds the scheduler's lease: A is the holder the last test kills.
    a = ServerProcess.start(dataA, store, false);
    await(() -> leaseHolder().orElse("").startsWith(a.pid() + "@"), "node A takes the lease");
    b = ServerProcess.start(dataB, store, false);
  }

  @AfterAll
  void stop() throws Exception {
    for (ServerProcess node : new ServerProcess[] {a, b}) {
      if (node != null) {
        node.kill();
      }
    }
    if (test != null) {
      test.close();
    }
  }

  @Test
  @Order(1)
  void a_session_from_node_a_acts_on_node_b_and_a_publish_on_a_is_on_b_pages() throws Exception {
    // Given a section page node B has served (and cached), and an editor signed in on node A
    Story first = Newsroom.written(test, editor, "Harbour reopens after the storm");
    Story second = Newsroom.written(test, editor, "서울 시장 선거 결과 발표");
    assertThat(get(b, "/section/national", "").body()).doesNotContain("Harbour reopens");
    String cookie = signIn(a);
    String csrf =
        Jsoup.parse(get(a, "/newsroom/desk", cookie).body())
            .select("input[name=csrf]")
            .first()
            .attr("value");

    // When the editor publishes on node A
    assertThat(
            post(
                    a,
                    "/newsroom/stories/" + first.id() + "/action",
                    cookie,
                    "action",
                    "publish",
                    "csrf",
                    csrf)
                .statusCode())
        .isEqualTo(303);

    // Then node B's page shows it (the issue: within 2 s; B's poller looks every 0.5 s)
    long start = System.nanoTime();
    await(
        () -> get(b, "/section/national", "").body().contains("Harbour reopens"),
        "the story published on node A is on node B's section page (issue 12: within 2 s)");
    System.out.printf(
        "SeveralNodesIT: on node B's page %d ms after the publish on node A%n",
        Duration.ofNanos(System.nanoTime() - start).toMillis());

    // And node B takes node A's session and CSRF token: the same editor publishes there
    HttpResponse<String> onB =
        post(
            b,
            "/newsroom/stories/" + second.id() + "/action",
            cookie,
            "action",
            "publish",
            "csrf",
            csrf);
    assertThat(onB.statusCode()).as(onB.body()).isEqualTo(303);
    assertThat(get(b, "/newsroom/desk", cookie).statusCode()).isEqualTo(200);
    // (a forged form without the token is still refused on B)
    assertThat(
            post(b, "/newsroom/stories/" + second.id() + "/action", cookie, "action", "update")
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  @Order(2)
  void scheduled_stories_publish_once_across_the_two_nodes() throws Exception {
    // Given stories scheduled two seconds ahead while both nodes run their schedulers: written
    // first, then each scheduled at two seconds from its own scheduling (a loaded machine took
    // longer than two seconds to write and schedule three, and the last time was then refused as
    // past); one refused as past all the same is scheduled again at a new time (decision 0117)
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      ids.add(Newsroom.written(test, editor, "Scheduled " + i).id());
    }
    for (long id : ids) {
      scheduleSoon(id);
    }

    // When their time comes
    await(
        () -> ids.stream().allMatch(id -> stage(id).equals("published")),
        "the scheduled stories are published");

    // Then each was published once: one publish entry in the change log, one audit entry
    for (long id : ids) {
      assertThat(publishEntries(id)).as("change-log publish entries of story %d", id).isEqualTo(1);
      assertThat(auditPublishes(id)).as("publish actions of story %d", id).isEqualTo(1);
    }
    assertThat(leaseHolder())
        .as("the scheduler's lease")
        .hasValueSatisfying(h -> assertThat(h).startsWith(a.pid() + "@"));
    // And both nodes serve each story
    for (long id : ids) {
      String path = "/article/" + test.stories().find(id).orElseThrow().articleId().orElseThrow();
      for (ServerProcess node : new ServerProcess[] {a, b}) {
        await(
            () -> get(node, path, "").statusCode() / 100 != 4,
            "story " + id + " on node " + node.pid());
      }
    }
  }

  /** Schedules story {@code id} two seconds ahead, again at a new time if that was past already. */
  private void scheduleSoon(long id) {
    for (int attempt = 1; ; attempt++) {
      Instant due = Instant.now().plusSeconds(2);
      try {
        test.workflow()
            .apply(id, new Workflow.Request(Action.SCHEDULE, Optional.of(due), ""), editor);
        return;
      } catch (org.dateline.newsroom.workflow.WorkflowRefused e) {
        if (attempt >= 5 || Instant.now().isBefore(due)) {
          throw e;
        }
      }
    }
  }

  @Test
  @Order(3)
  void each_webhook_event_is_sent_by_one_node_only() throws Exception {
    // Given a webhook subscriber, and both nodes running their dispatchers
    try (WebhookReceiver r = WebhookReceiver.start()) {
      test.subscribers()
          .add(
              new SubscriberForm(
                  "Two-node 뉴스", "", List.of(), List.of(), List.of(), Optional.of(r.url()), 1000));

      // When ten stories are published (by the test's own view of the store: both nodes follow)
      List<Long> ids = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        Story s = Newsroom.written(test, editor, "Webhook once " + i);
        test.workflow()
            .apply(s.id(), new Workflow.Request(Action.PUBLISH, Optional.empty(), ""), editor);
        ids.add(s.id());
      }
      await(() -> r.firstArrivals().size() >= 10, "ten events reach the receiver");
      // and one more after them, whose arrival shows both nodes have had their turn at the ten
      Story last = Newsroom.written(test, editor, "Webhook once, the last");
      test.workflow()
          .apply(last.id(), new Workflow.Request(Action.PUBLISH, Optional.empty(), ""), editor);
      await(() -> r.firstArrivals().size() >= 11, "the last event reaches the receiver");
      Thread.sleep(1500); // a second dispatcher would send within its half-second pass

      // Then every event arrived once: one node holds the dispatcher's lease and sends
      List<String> eventIds = r.received().stream().map(WebhookReceiver.Received::eventId).toList();
      assertThat(eventIds).as("event ids received").doesNotHaveDuplicates().hasSize(11);
      assertThat(holderOf(Deliveries.LEASE)).as("the dispatcher's lease").isPresent();
    }
  }

  @Test
  @Order(4)
  void node_a_killed_mid_write_loses_no_acknowledged_write_and_b_takes_over_the_scheduler()
      throws Exception {
    long seed = Long.getLong("nodes.seed", System.nanoTime());
    System.out.println("SeveralNodesIT seed: " + seed + " (rerun with -Dnodes.seed=" + seed + ")");
    Random random = new Random(seed);
    long article = articleOf(Newsroom.written(test, editor, "Feedback target"));
    // Given readers sending feedback to node A, each from its own address
    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    AtomicInteger next = new AtomicInteger();
    AtomicBoolean running = new AtomicBoolean(true);
    List<Thread> writers = new ArrayList<>();
    for (int w = 0; w < 3; w++) {
      Thread t =
          new Thread(
              () -> stream(a.port(), article, seed, next, acknowledged, running), "writer-" + w);
      t.start();
      writers.add(t);
    }
    await(() -> acknowledged.size() >= 10, "node A acknowledges feedback");

    // When node A is killed (SIGKILL) in the middle of the stream
    Thread.sleep(random.nextInt(500));
    a.kill();
    running.set(false);
    for (Thread t : writers) {
      t.join(20_000);
    }

    // Then every acknowledged write is in the store
    Set<String> stored =
        new HashSet<>(
            test.database()
                .jdbi()
                .withHandle(
                    h -> h.createQuery("SELECT message FROM feedback").mapTo(String.class).list()));
    Set<String> lost = new HashSet<>(acknowledged);
    lost.removeAll(stored);
    assertThat(lost).as("acknowledged by node A but lost (seed " + seed + ")").isEmpty();

    // And node B, which still serves, takes the dead node's scheduler lease over once it expires
    Story late = Newsroom.written(test, editor, "Scheduled after the kill");
    test.workflow()
        .apply(
            late.id(),
            new Workflow.Request(Action.SCHEDULE, Optional.of(Instant.now().plusSeconds(1)), ""),
            editor);
    await(
        () -> stage(late.id()).equals("published"),
        "node B publishes the story the dead node A would have");
    assertThat(publishEntries(late.id())).isEqualTo(1);
    assertThat(leaseHolder()).hasValueSatisfying(h -> assertThat(h).startsWith(b.pid() + "@"));
  }

  private void stream(
      int port,
      long article,
      long seed,
      AtomicInteger next,
      Set<String> acknowledged,
      AtomicBoolean running) {
    while (running.get()) {
      int i = next.getAndIncrement();
      String text = "node test " + seed + " #" + i;
      String from = "127.0." + (1 + (i / 250) % 250) + "." + (1 + i % 250);
      try {
        int status =
            RawHttp.send(
                    port,
                    "POST",
                    "/article/" + article + "/feedback",
                    List.of(
                        "Content-Type",
                        "application/x-www-form-urlencoded",
                        "Origin",
                        "http://127.0.0.1:" + port),
                    ("message=" + URLEncoder.encode(text, StandardCharsets.UTF_8) + "&website=")
                        .getBytes(StandardCharsets.UTF_8),
                    from)
                .status();
        if (status == 303) {
          acknowledged.add(text);
        }
      } catch (RuntimeException refusedOrCut) {
        // the node died mid-answer: not acknowledged, nothing promised
      }
    }
  }

  private long articleOf(Story draft) {
    Story published =
        test.workflow().apply(draft.id(), Workflow.Request.of(Action.PUBLISH), editor);
    return published.articleId().orElseThrow();
  }

  private Optional<String> leaseHolder() {
    return holderOf(Scheduler.LEASE);
  }

  private Optional<String> holderOf(String lease) {
    return test.database()
        .jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT holder FROM leases WHERE name = :n")
                    .bind("n", lease)
                    .mapTo(String.class)
                    .findOne());
  }

  private String stage(long storyId) {
    return test.database()
        .jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT stage FROM stories WHERE id = :id")
                    .bind("id", storyId)
                    .mapTo(String.class)
                    .one());
  }

  private long publishEntries(long storyId) {
    return test.database()
        .jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        "SELECT COUNT(*) FROM change_log c JOIN stories s ON s.article_id = c.article_id WHERE s.id = :id AND c.action = 'published'")
                    .bind("id", storyId)
                    .mapTo(Long.class)
                    .one());
  }

  private long auditPublishes(long storyId) {
    return test.database()
        .jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        "SELECT COUNT(*) FROM audit_log WHERE story_id = :id AND action = 'publish'")
                    .bind("id", storyId)
                    .mapTo(Long.class)
                    .one());
  }

  private String signIn(ServerProcess node) throws Exception {
    HttpResponse<String> r =
        post(
            node,
            "/newsroom/login",
            "",
            "email",
            editor.email(),
            "password",
            Newsroom.PASSWORD,
            "next",
            "/newsroom/desk");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
    return r.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("dateline_session="))
        .map(c -> c.substring(0, c.indexOf(';')))
        .findFirst()
        .orElseThrow();
  }

  private HttpResponse<String> get(ServerProcess node, String path, String cookie)
      throws Exception {
    HttpRequest.Builder r =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.port() + path)).GET();
    if (!cookie.isEmpty()) {
      r.header("Cookie", cookie);
    }
    return http.send(r.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(
      ServerProcess node, String path, String cookie, String... fields) throws Exception {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i + 1 < fields.length; i += 2) {
      body.append(body.length() == 0 ? "" : "&")
          .append(URLEncoder.encode(fields[i], StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
    }
    HttpRequest.Builder r =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.port() + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Origin", "http://127.0.0.1:" + node.port())
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    if (!cookie.isEmpty()) {
      r.header("Cookie", cookie);
    }
    return http.send(r.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Polls until the condition holds; the bound only keeps a broken build from hanging. */
  private static void await(Await.Check condition, String what) throws Exception {
    Await.until(condition, what, PATIENCE);
  }
}
