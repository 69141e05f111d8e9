package org.dateline.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.dateline.Config;
import org.dateline.testing.Polls;
import org.dateline.testing.TestApp;
import org.dateline.testing.WireStories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PostgreSQL server goes away under a running site and comes back (decision 0043): readers keep
 * getting the pages already cached, a write is refused with 503 and a message that says nothing was
 * saved, and once the server is back the same write succeeds, without restarting the site. Runs its
 * own PostgreSQL (the shared test server must not stop), in every run of the tests.
 */
class DatabaseRestartIT {
  @TempDir Path data;
  @TempDir Path serverFiles;

  @Test
  void while_the_database_restarts_cached_pages_stay_and_writes_get_503_then_succeed()
      throws Exception {
    EmbeddedPostgres server = start(0);
    int port = server.getPort();
    try (Connection c = server.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE site");
    }
    Config config =
        Config.of(data, "127.0.0.1", 0)
            .withDatabase(StoreUrl.parse("postgresql://postgres@localhost:" + port + "/site"));
    try (TestApp app = TestApp.start(config, Clock.systemUTC())) {
      // Given a published story whose page a reader has seen (so it is cached)
      app.wiring().sections().ensure("Politics");
      long id =
          app.wiring()
              .articles()
              .publish(
                  WireStories.content("Harbour reopens", "Politics", "en"),
                  Instant.now(),
                  Optional.of("k:restart"))
              .article()
              .id()
              .value();
      String page = canonical(app, id);
      // (once the poller has looked at the log twice: no drop of the sections is still to come)
      Polls.after(app);
      HttpResponse<String> before = app.get(page);
      assertThat(before.statusCode()).isEqualTo(200);
      // The index update that follows the publish (decision 0128) drops only the search pages: the
      // article page seen meanwhile is kept (it was not, and this test failed, before decision
      // 0131)
      assertThat(app.wiring().pageCache()).isNotNull();
      assertThat(app.wiring().pageCache().peek(page)).as("the page seen is cached").isNotNull();

      // When the database goes away
      server.close();

      // Then the cached page is still served, and a write is refused, with nothing saved
      HttpResponse<String> cached = app.get(page);
      assertThat(cached.statusCode()).isEqualTo(200);
      assertThat(cached.body()).isEqualTo(before.body());
      HttpResponse<String> refused = feedback(app, id, "Typo in the second paragraph");
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
      assertThat(refused.headers().firstValue("Retry-After")).isPresent();
      assertThat(refused.body()).contains("cannot be reached", "nothing was saved");

      // When it is back (same files, same port), the same write succeeds, with no restart
      server = start(port);
      // The pool replaces its dead connections as it meets them: while it does, a write may still
      // be refused — with the same clear 503, never anything else — and then it goes through.
      HttpResponse<String> accepted = feedback(app, id, "Typo in the second paragraph");
      for (int i = 0; i < 20 && accepted.statusCode() == 503; i++) {
        assertThat(accepted.body()).contains("cannot be reached", "nothing was saved");
        Thread.sleep(500);
        accepted = feedback(app, id, "Typo in the second paragraph");
      }
      assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(303);
      long stored =
          app.wiring()
              .database()
              .jdbi()
              .withHandle(
                  h ->
                      h.createQuery("SELECT COUNT(*) FROM feedback WHERE message = :m")
                          .bind("m", "Typo in the second paragraph")
                          .mapTo(Long.class)
                          .one());
      assertThat(stored).isEqualTo(1);
    } finally {
      server.close();
    }
  }

  private EmbeddedPostgres start(int port) throws java.io.IOException {
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder().setDataDirectory(serverFiles).setCleanDataDirectory(false);
    return (port == 0 ? builder : builder.setPort(port)).start();
  }

  private static String canonical(TestApp app, long id) {
    HttpResponse<String> r = app.get("/article/" + id);
    return r.statusCode() == 200
        ? "/article/" + id
        : r.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
  }

  private static HttpResponse<String> feedback(TestApp app, long id, String message) {
    return app.postForm(
        "/article/" + id + "/feedback",
        "message=" + URLEncoder.encode(message, StandardCharsets.UTF_8) + "&website=");
  }
}
