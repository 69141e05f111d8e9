package org.dateline.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.dateline.Wiring;
import org.dateline.changelog.ChangeEntry;
import org.dateline.subscriber.SubscriberForm;
import org.dateline.testing.ServerProcess;
import org.dateline.testing.TestStore;
import org.dateline.testing.WireStories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A subscriber follows {@code /wire/v1/changes} of the real jar while it is killed with SIGKILL and
 * started again, twice, as another process keeps publishing into the same store: it resumes from
 * its cursor and ends with every change-log entry exactly once, in order.
 */
class ChangesAcrossACrashIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  @Test
  void a_follower_resumes_from_its_cursor_after_a_kill_and_restart_without_a_gap(@TempDir Path data)
      throws Exception {
    assertThat(ServerProcess.JAR).as("the app jar (built in the package phase)").exists();
    String key;
    try (Wiring setup = new Wiring(TestStore.config(data), Clock.systemUTC())) {
      setup.sections().ensure("Politics");
      key =
          setup
              .subscribers()
              .add(
                  new SubscriberForm(
                      "Follower", "", List.of(), List.of(), List.of(), Optional.empty(), 100_000))
              .apiKey();
    }
    AtomicInteger port = new AtomicInteger();
    AtomicBoolean following = new AtomicBoolean(true);
    List<Long> seen = new ArrayList<>();
    ServerProcess server = ServerProcess.start(data, false);
    port.set(server.port());
    Thread follower =
        new Thread(
            () -> {
              String cursor = "";
              while (following.get()) {
                try {
                  HttpResponse<String> r =
                      http.send(
                          HttpRequest.newBuilder(
                                  URI.create(
                                      "http://127.0.0.1:"
                                          + port.get()
                                          + "/wire/v1/changes?wait=1&limit=7&after="
                                          + cursor))
                              .timeout(Duration.ofSeconds(5))
                              .header("Authorization", "Bearer " + key)
                              .build(),
                          HttpResponse.BodyHandlers.ofString());
                  if (r.statusCode() != 200) {
                    continue;
                  }
                  JsonNode page = JSON.readTree(r.body());
                  synchronized (seen) {
                    for (JsonNode e : page.path("events")) {
                      seen.add(Long.parseLong(e.path("id").asText().substring(4)));
                    }
                  }
                  cursor = page.path("next").asText();
                } catch (IOException down) {
                  sleep(50); // killed or restarting: try again from the same cursor
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "follower");
    follower.start();
    try (Wiring publisher = new Wiring(TestStore.config(data), Clock.systemUTC())) {
      int n = 0;
      for (int round = 0; round < 2; round++) {
        for (int i = 0; i < 15; i++, n++) {
          publish(publisher, n);
        }
        awaitSeen(seen, n - 5);
        server.kill();
        for (int i = 0; i < 10; i++, n++) {
          publish(publisher, n); // while the server is down
        }
        server = ServerProcess.start(data, false);
        port.set(server.port());
      }
      for (int i = 0; i < 10; i++, n++) {
        publish(publisher, n);
      }
      List<Long> all =
          publisher.changeLog().after(0, 10_000).stream().map(ChangeEntry::seq).toList();
      assertThat(all).hasSize(n);
      awaitSeen(seen, n);
      following.set(false);
      follower.join(10_000);
      synchronized (seen) {
        assertThat(seen).containsExactlyElementsOf(all);
      }
    } finally {
      following.set(false);
      server.kill();
    }
  }

  private static void publish(Wiring w, int n) {
    w.articles()
        .publish(
            WireStories.content("Story " + n + " 속보", "Politics", "en"),
            java.time.Instant.now(),
            Optional.of("crash:" + n));
  }

  private static void awaitSeen(List<Long> seen, int count) throws InterruptedException {
    for (int i = 0; i < 1200; i++) {
      synchronized (seen) {
        if (seen.size() >= count) {
          return;
        }
      }
      Thread.sleep(50);
    }
    synchronized (seen) {
      throw new AssertionError("the follower saw " + seen.size() + " of " + count);
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
