package org.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.dateline.changelog.ChangeEntry;
import org.dateline.newsroom.auth.Role;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.workflow.Action;
import org.dateline.newsroom.workflow.Story;
import org.dateline.newsroom.workflow.Workflow.Request;
import org.dateline.storage.Database;
import org.dateline.testing.Newsroom;
import org.dateline.testing.NewsroomClient;
import org.dateline.testing.RawHttp;
import org.dateline.testing.TestApp;
import org.dateline.testing.TestStore;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes at the same moment over real HTTP, on one story and on different ones: each write is saved
 * or refused the documented way (the stale-save page or its JSON, with the writer's text kept),
 * never answered 500.
 */
class ConcurrentWritesIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * How long the refusal test's server waits for a lock another process holds: short, so the test
   * does not wait out production's 10 s (SQLite) or 20 s (PostgreSQL); production's own is asserted
   * by {@link #a_store_waits_production_patience_for_locks_held_elsewhere}.
   */
  private static final Database.Patience SHORT =
      new Database.Patience(Duration.ofSeconds(1), Duration.ofSeconds(1));

  // One server for the class (decision 0099): each test makes people and stories of its own
  // names. The two tests that need a store of their own (the only administrators; a short lock
  // wait) start their own server.
  @TempDir static Path shared;
  static TestApp sharedApp;
  @TempDir Path ownData;
  TestApp app;
  ExecutorService pool;

  @BeforeAll
  static void startShared() {
    sharedApp = TestApp.start(shared, false);
  }

  @AfterAll
  static void stopShared() {
    sharedApp.close();
  }

  @BeforeEach
  void start() {
    app = sharedApp;
    pool = Executors.newCachedThreadPool();
  }

  @AfterEach
  void stop() throws InterruptedException {
    pool.shutdownNow();
    pool.awaitTermination(30, TimeUnit.SECONDS);
    if (app != sharedApp) {
      app.close();
    }
  }

  @Test
  void a_store_waits_production_patience_for_locks_held_elsewhere() {
    assertThat(Database.Patience.PRODUCTION)
        .isEqualTo(new Database.Patience(Duration.ofSeconds(10), Duration.ofSeconds(20)));
    assertThat(lockWait(app)).isEqualTo(TestStore.postgresql() ? "20s" : "10000");
    app = TestApp.start(ownData, SHORT);
    assertThat(lockWait(app)).isEqualTo(TestStore.postgresql() ? "1s" : "1000");
  }

  /** The lock wait the server's store connections have, as the database reports it. */
  private static String lockWait(TestApp app) {
    String query = TestStore.postgresql() ? "SHOW lock_timeout" : "PRAGMA busy_timeout";
    return app.wiring()
        .database()
        .jdbi()
        .withHandle(h -> h.createQuery(query).mapTo(String.class).one());
  }

  @Test
  void editors_saving_the_same_version_at_once_get_one_save_and_stale_pages_with_their_own_text() {
    List<NewsroomClient> editors = new ArrayList<>();
    User first = null;
    for (String name : List.of("Eun-ji Editor", "Hiro Editor", "Lena Editor", "Omar Editor")) {
      User u = Newsroom.user(app.wiring(), Role.EDITOR, name);
      first = first == null ? u : first;
      editors.add(NewsroomClient.signIn(app, u.email(), Newsroom.PASSWORD));
    }
    Story story = Newsroom.written(app.wiring(), first, "Harbour bridge opens");

    for (int round = 1; round <= 12; round++) {
      int base = app.wiring().stories().find(story.id()).orElseThrow().version();
      List<Callable<HttpResponse<String>>> saves = new ArrayList<>();
      for (int e = 0; e < editors.size(); e++) {
        NewsroomClient editor = editors.get(e);
        String headline = headline(round, e);
        saves.add(
            () ->
                editor.post(
                    "/newsroom/stories/" + story.id(), form(base, headline, "<p>Round text.</p>")));
      }

      List<HttpResponse<String>> answers = race(saves);

      int saved = 0;
      String winner = null;
      for (int e = 0; e < answers.size(); e++) {
        HttpResponse<String> r = answers.get(e);
        assertThat(r.statusCode()).as("round %d, editor %d: %s", round, e, r.body()).isIn(303, 409);
        if (r.statusCode() == 303) {
          saved++;
          winner = headline(round, e);
        } else {
          Document page = Jsoup.parse(r.body());
          assertThat(page.select("h1").text()).isEqualTo("Your changes were not saved");
          assertThat(page.select("input[name=headline]").attr("value"))
              .as("the stale page keeps what editor %d typed", e)
              .isEqualTo(headline(round, e));
        }
      }
      assertThat(saved).as("round %d: exactly one save wins", round).isEqualTo(1);
      Story now = app.wiring().stories().find(story.id()).orElseThrow();
      assertThat(now.version()).isEqualTo(base + 1);
      assertThat(now.draft().headline()).isEqualTo(winner);
    }
  }

  @Test
  void an_editor_publishing_updates_while_reporters_autosave_gets_every_request_through() {
    User editorUser = Newsroom.user(app.wiring(), Role.EDITOR, "Eddie Editor");
    NewsroomClient editor = NewsroomClient.signIn(app, editorUser.email(), Newsroom.PASSWORD);
    Story live = Newsroom.written(app.wiring(), editorUser, "Election night live");
    live = app.wiring().workflow().apply(live.id(), Request.of(Action.PUBLISH), editorUser);
    long articleId = live.articleId().orElseThrow();
    long liveId = live.id();
    int updates = 12;
    int autosaves = 12;

    List<Callable<List<String>>> people = new ArrayList<>();
    people.add(
        () -> {
          List<String> problems = new ArrayList<>();
          for (int i = 0; i < updates; i++) {
            HttpResponse<String> r =
                editor.post("/newsroom/stories/" + liveId + "/action", "action", "update");
            if (r.statusCode() != 303) {
              problems.add("update " + i + ": " + r.statusCode() + " " + r.body());
            }
          }
          return problems;
        });
    Map<Long, Integer> startVersions = new HashMap<>();
    for (String name : List.of("Rita Reporter", "Ravi Reporter", "Ruslan Reporter")) {
      User u = Newsroom.user(app.wiring(), Role.REPORTER, name);
      NewsroomClient reporter = NewsroomClient.signIn(app, u.email(), Newsroom.PASSWORD);
      Story own = Newsroom.written(app.wiring(), u, name + "'s story");
      startVersions.put(own.id(), own.version());
      people.add(() -> autosaveRepeatedly(reporter, own, autosaves));
    }

    List<List<String>> problems = race(people);

    assertThat(problems).allSatisfy(p -> assertThat(p).isEmpty());
    startVersions.forEach(
        (id, v) ->
            assertThat(app.wiring().stories().find(id).orElseThrow().version())
                .isEqualTo(v + autosaves));
    List<ChangeEntry> log =
        app.wiring().changeLog().after(0, 1000).stream()
            .filter(c -> c.articleId() == articleId)
            .toList();
    assertThat(log).hasSize(1 + updates);
    assertThat(log).extracting(ChangeEntry::version).doesNotHaveDuplicates();
  }

  @Test
  void people_autosaving_and_opening_different_stories_at_once_all_succeed() {
    List<Callable<List<String>>> people = new ArrayList<>();
    Map<Long, Integer> startVersions = new HashMap<>();
    int autosaves = 15;
    for (String name : List.of("Aiko Reporter", "Björn Reporter", "Chidi Reporter", "Dana 기자")) {
      User u = Newsroom.user(app.wiring(), Role.REPORTER, name);
      NewsroomClient reporter = NewsroomClient.signIn(app, u.email(), Newsroom.PASSWORD);
      Story own = Newsroom.written(app.wiring(), u, name + " files a story");
      startVersions.put(own.id(), own.version());
      people.add(() -> autosaveRepeatedly(reporter, own, autosaves));
    }
    // Readers send feedback and newsroom people sign in meanwhile: both write too.
    User editorUser = Newsroom.user(app.wiring(), Role.EDITOR, "Emeka Editor");
    Story published = Newsroom.written(app.wiring(), editorUser, "Snow closes mountain roads");
    long articleId =
        app.wiring()
            .workflow()
            .apply(published.id(), Request.of(Action.PUBLISH), editorUser)
            .articleId()
            .orElseThrow();
    people.add(
        () -> {
          List<String> problems = new ArrayList<>();
          for (int i = 0; i < autosaves; i++) {
            RawHttp.Response r = feedback(articleId, "127.0.1." + (i + 1), "Reader note " + i);
            if (r.status() != 303) {
              problems.add("feedback " + i + ": " + r.status() + " " + r.text());
            }
          }
          return problems;
        });
    people.add(
        () -> {
          for (int i = 0; i < autosaves / 3; i++) {
            NewsroomClient.signIn(app, editorUser.email(), Newsroom.PASSWORD);
          }
          return List.of();
        });

    List<List<String>> problems = race(people);

    assertThat(problems).allSatisfy(p -> assertThat(p).isEmpty());
    startVersions.forEach(
        (id, v) ->
            assertThat(app.wiring().stories().find(id).orElseThrow().version())
                .isEqualTo(v + autosaves));
    assertThat(app.wiring().feedbacks().newest(100)).hasSize(autosaves);
  }

  @Test
  void many_writers_on_one_story_each_get_a_save_or_a_stale_answer_and_no_save_is_lost() {
    User owner = Newsroom.user(app.wiring(), Role.EDITOR, "Olga Editor");
    Story story = Newsroom.written(app.wiring(), owner, "Typhoon nears the coast");
    int start = story.version();
    List<Callable<int[]>> writers = new ArrayList<>();
    for (int w = 0; w < 6; w++) {
      User u = Newsroom.user(app.wiring(), Role.EDITOR, "Writer " + (char) ('A' + w) + " Editor");
      NewsroomClient client = NewsroomClient.signIn(app, u.email(), Newsroom.PASSWORD);
      int writer = w;
      writers.add(
          () -> {
            int saved = 0;
            int stale = 0;
            int version = start;
            for (int i = 0; i < 10; i++) {
              HttpResponse<String> r =
                  autosave(client, story.id(), version, "Writer " + writer + ", try " + i);
              if (r.statusCode() != 200 && r.statusCode() != 409) {
                throw new AssertionError("writer " + writer + ": " + r.statusCode() + r.body());
              }
              JsonNode answer = JSON.readTree(r.body());
              if (r.statusCode() == 200) {
                saved++;
              } else {
                stale++;
              }
              // Saved: the new version; stale: the newer version, to try again on.
              version = answer.path("version").asInt();
            }
            return new int[] {saved, stale};
          });
    }

    List<int[]> counts = race(writers);

    int saved = counts.stream().mapToInt(c -> c[0]).sum();
    assertThat(saved).isPositive();
    assertThat(app.wiring().stories().find(story.id()).orElseThrow().version())
        .as("every answered save is a version")
        .isEqualTo(start + saved);
    assertThat(app.wiring().stories().history(story.id(), owner)).hasSize(start + saved);
  }

  @Test
  void two_administrators_demoting_each_other_at_once_leave_exactly_one_administrator() {
    // A store of its own: the two must be its only administrators.
    app = TestApp.start(ownData, false);
    User survivor = Newsroom.user(app.wiring(), Role.ADMIN, "Ada Admin");
    for (int round = 1; round <= 5; round++) {
      // Names give the address (letters only), so each round's newcomer has a name of its own.
      User newcomer =
          Newsroom.user(app.wiring(), Role.ADMIN, "Admin " + (char) ('A' + round) + " Newcomer");
      assertThat(newcomer.role()).isEqualTo(Role.ADMIN);
      NewsroomClient a = NewsroomClient.signIn(app, survivor.email(), Newsroom.PASSWORD);
      NewsroomClient b = NewsroomClient.signIn(app, newcomer.email(), Newsroom.PASSWORD);
      long aId = survivor.id();
      long bId = newcomer.id();

      List<HttpResponse<String>> answers =
          race(
              List.of(
                  () -> a.post("/newsroom/users/" + bId + "/role", "role", "editor"),
                  () -> b.post("/newsroom/users/" + aId + "/role", "role", "editor")));

      assertThat(answers)
          .extracting(HttpResponse::statusCode)
          .as("round %d", round)
          .containsOnlyOnce(303)
          .allSatisfy(status -> assertThat(status).isIn(303, 403, 422));
      List<User> admins =
          app.wiring().users().all().stream()
              .filter(u -> u.active() && u.role() == Role.ADMIN)
              .toList();
      assertThat(admins).as("round %d", round).hasSize(1);
      survivor = admins.get(0);
    }
  }

  @Test
  void two_administrators_adding_the_same_account_at_once_get_one_account_and_one_refusal() {
    NewsroomClient a =
        NewsroomClient.signIn(
            app, Newsroom.user(app.wiring(), Role.ADMIN, "Amani Admin").email(), Newsroom.PASSWORD);
    NewsroomClient b =
        NewsroomClient.signIn(
            app, Newsroom.user(app.wiring(), Role.ADMIN, "Bao Admin").email(), Newsroom.PASSWORD);
    for (int round = 1; round <= 3; round++) {
      String email = "new.hire." + round + "@newsroom.test";
      List<Callable<HttpResponse<String>>> adds = new ArrayList<>();
      for (NewsroomClient admin : List.of(a, b)) {
        adds.add(
            () ->
                admin.post(
                    "/newsroom/users",
                    "email",
                    email,
                    "name",
                    "新入社員 " + email,
                    "role",
                    "reporter",
                    "password",
                    "a long enough password"));
      }

      List<HttpResponse<String>> answers = race(adds);

      assertThat(answers)
          .extracting(HttpResponse::statusCode)
          .as("round %d", round)
          .containsExactlyInAnyOrder(303, 422);
      assertThat(answers)
          .filteredOn(r -> r.statusCode() == 422)
          .allSatisfy(
              r ->
                  assertThat(Jsoup.parse(r.body()).select(".error").text())
                      .contains("There is already an account for " + email));
      assertThat(app.wiring().users().all()).filteredOn(u -> u.email().equals(email)).hasSize(1);
    }
  }

  @Test
  void a_save_while_another_process_holds_the_write_lock_too_long_is_refused_with_503_and_kept()
      throws Exception {
    // A server of its own that waits SHORT, not production's time, for the other process's lock.
    app = TestApp.start(ownData, SHORT);
    User u = Newsroom.user(app.wiring(), Role.REPORTER, "Rosa Reporter");
    NewsroomClient reporter = NewsroomClient.signIn(app, u.email(), Newsroom.PASSWORD);
    Story own = Newsroom.written(app.wiring(), u, "Port strike enters second week");

    HttpResponse<String> refused;
    // Another process (an import from the command line, say) writes for longer than the busy
    // timeout: on SQLite it holds the database's write lock, on PostgreSQL the stories table's.
    java.util.Optional<org.dateline.storage.StoreUrl> pg = TestStore.url(ownData);
    try (Connection other =
            pg.isPresent()
                ? DriverManager.getConnection(pg.get().jdbcUrl(), "postgres", "")
                : DriverManager.getConnection("jdbc:sqlite:" + app.wiring().database().file());
        Statement st = other.createStatement()) {
      if (pg.isPresent()) {
        other.setAutoCommit(false);
        st.execute("LOCK TABLE stories IN EXCLUSIVE MODE");
      } else {
        st.execute("BEGIN IMMEDIATE");
      }
      refused = autosave(reporter, own.id(), own.version(), "Port strike enters third week");
      if (pg.isPresent()) {
        other.rollback();
      } else {
        st.execute("ROLLBACK");
      }
    }

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
    assertThat(refused.headers().firstValue("Retry-After")).isPresent();
    assertThat(JSON.readTree(refused.body()).path("error").asText()).contains("nothing was saved");
    assertThat(app.wiring().stories().find(own.id()).orElseThrow().version())
        .isEqualTo(own.version());
    HttpResponse<String> again =
        autosave(reporter, own.id(), own.version(), "Port strike enters third week");
    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    assertThat(app.wiring().stories().find(own.id()).orElseThrow().draft().headline())
        .isEqualTo("Port strike enters third week");
  }

  private List<String> autosaveRepeatedly(NewsroomClient client, Story story, int times)
      throws IOException {
    List<String> problems = new ArrayList<>();
    int version = story.version();
    for (int i = 0; i < times; i++) {
      HttpResponse<String> r = autosave(client, story.id(), version, story.id() + " draft " + i);
      if (r.statusCode() != 200) {
        problems.add("autosave " + i + ": " + r.statusCode() + " " + r.body());
        continue;
      }
      version = JSON.readTree(r.body()).path("version").asInt();
      HttpResponse<String> opened = client.get("/newsroom/stories/" + story.id());
      if (opened.statusCode() != 200) {
        problems.add("open " + i + ": " + opened.statusCode() + " " + opened.body());
      }
    }
    return problems;
  }

  private HttpResponse<String> autosave(
      NewsroomClient client, long storyId, int version, String headline) {
    List<String> fields = new ArrayList<>(List.of(form(version, headline, "<p>Autosaved.</p>")));
    fields.add("csrf");
    fields.add(client.csrf());
    return app.postForm(
        "/newsroom/stories/" + storyId + "/autosave",
        NewsroomClient.form(fields.toArray(String[]::new)),
        "Cookie",
        client.cookie(),
        "Accept",
        "application/json");
  }

  private RawHttp.Response feedback(long articleId, String address, String message) {
    return RawHttp.send(
        app.port(),
        "POST",
        "/article/" + articleId + "/feedback",
        List.of(
            "Content-Type",
            "application/x-www-form-urlencoded",
            "Origin",
            "http://127.0.0.1:" + app.port()),
        ("message=" + message.replace(' ', '+') + "&website=").getBytes(StandardCharsets.UTF_8),
        address);
  }

  /** Runs every task at the same moment (a start gate) and returns their results in order. */
  private <T> List<T> race(List<Callable<T>> tasks) {
    CountDownLatch gate = new CountDownLatch(1);
    List<Future<T>> futures = new ArrayList<>();
    for (Callable<T> task : tasks) {
      futures.add(
          pool.submit(
              () -> {
                gate.await();
                return task.call();
              }));
    }
    gate.countDown();
    List<T> results = new ArrayList<>();
    for (Future<T> f : futures) {
      try {
        results.add(f.get(120, TimeUnit.SECONDS));
      } catch (java.util.concurrent.ExecutionException e) {
        if (e.getCause() instanceof IOException io) {
          throw new UncheckedIOException(io);
        }
        throw new AssertionError(e.getCause());
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    }
    return results;
  }

  private static String headline(int round, int editor) {
    return "Round " + round + " by editor " + editor + " — 다리 개통";
  }

  private static String[] form(int version, String headline, String body) {
    return new String[] {
      "version", Integer.toString(version),
      "headline", headline,
      "summary", "A summary.",
      "section", "National",
      "urgency", "5",
      "bylines", "Test Reporter",
      "dateline_place", "SEOUL",
      "dateline_date", "Feb. 5",
      "dateline_source", "Dateline",
      "body", body,
      "tags", "testing"
    };
  }
}
