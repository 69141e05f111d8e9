package org.dateline.web.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dateline.ingest.Incoming;
import org.dateline.ingest.IncomingState;
import org.dateline.ingest.Provider;
import org.dateline.ingest.ProviderForm;
import org.dateline.testing.RawHttp;
import org.dateline.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /ingest/v1/{provider}} on a real server and store. */
class PushIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path data;
  private static TestApp app;
  private static String key;

  @BeforeAll
  static void start() {
    app = TestApp.start(data, false);
    key =
        app.wiring()
            .incoming()
            .add(new ProviderForm("pusher", "ninjs", Provider.SourceKind.PUSH, "", ""))
            .pushKey()
            .orElseThrow();
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static HttpResponse<String> push(String provider, String auth, byte[] body) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(app.url("/ingest/v1/" + provider)))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (auth != null) {
      b.header("Authorization", auth);
    }
    return app.send(b.build());
  }

  private static byte[] item(String guid, String version, String headline) {
    return ("{\"uri\":\""
            + guid
            + "\",\"version\":\""
            + version
            + "\",\"headlines\":[{\"value\":\""
            + headline
            + "\"}]}")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static JsonNode json(HttpResponse<String> r) throws Exception {
    return JSON.readTree(r.body());
  }

  @Test
  void a_partner_pushes_an_item_with_its_key_and_it_is_on_the_desk() throws Exception {
    HttpResponse<String> r = push("pusher", "Bearer " + key, item("urn:p:1", "1", "Pushed 뉴스"));

    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(json(r).path("added").asInt()).isEqualTo(1);
    assertThat(app.wiring().incoming().incoming(Optional.of("pusher"), 10))
        .anySatisfy(row -> assertThat(row.headline()).isEqualTo("Pushed 뉴스"));
  }

  @Test
  void a_wrong_or_missing_key_is_refused_in_json_and_nothing_is_taken() throws Exception {
    for (String auth : new String[] {null, "Bearer wrong", "Bearer " + key + "x", "Basic " + key}) {
      HttpResponse<String> r = push("pusher", auth, item("urn:p:refused", "1", "Refused"));
      assertThat(r.statusCode()).as(String.valueOf(auth)).isEqualTo(401);
      assertThat(json(r).path("error").path("code").asText()).isEqualTo("unauthorized");
    }
    // Another provider's name with this key is refused too.
    assertThat(push("nobody", "Bearer " + key, item("urn:p:x", "1", "X")).statusCode())
        .isEqualTo(401);
    assertThat(app.wiring().incoming().incoming(Optional.of("pusher"), 100))
        .noneSatisfy(row -> assertThat(row.guid()).isEqualTo("urn:p:refused"));
  }

  @Test
  void a_malformed_file_is_422_with_the_reason_and_a_huge_one_413() throws Exception {
    HttpResponse<String> bad =
        push("pusher", "Bearer " + key, "{\"uri\": \"cut".getBytes(StandardCharsets.UTF_8));
    assertThat(bad.statusCode()).isEqualTo(422);
    assertThat(json(bad).path("error").path("message").asText()).startsWith("push: not JSON");

    // The huge one is streamed while the answer is read: the server answers 413 and closes the
    // connection before it has read the body, so a client that only reads after sending everything
    // may meet a reset connection instead of the answer.
    for (long size : new long[] {Incoming.MAX_BYTES + 1L, 4L * Incoming.MAX_BYTES}) {
      RawHttp.Streamed big =
          RawHttp.streamChunked(
              app.port(),
              "POST",
              "/ingest/v1/pusher",
              List.of("Content-Type", "application/json", "Authorization", "Bearer " + key),
              "[".getBytes(StandardCharsets.UTF_8),
              size);
      assertThat(big.response().status()).as("%d bytes", size).isEqualTo(413);
      assertThat(JSON.readTree(big.response().text()).path("error").path("code").asText())
          .isEqualTo("too_large");
      if (size > 2L * Incoming.MAX_BYTES) {
        // Far over the limit, the answer comes while the client is still sending.
        assertThat(big.finishedSending()).as("refused before the whole body was read").isFalse();
      }
    }
  }

  @Test
  void the_same_item_pushed_in_parallel_is_stored_once_and_no_request_fails() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        calls.add(() -> push("pusher", "Bearer " + key, item("urn:p:same", "1", "Same")));
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<HttpResponse<String>> f : pool.invokeAll(calls)) {
        statuses.add(f.get().statusCode());
      }
      assertThat(statuses).containsOnly(200);
    } finally {
      pool.shutdownNow();
    }
    assertThat(app.wiring().incoming().incoming(Optional.of("pusher"), 100))
        .filteredOn(row -> row.guid().equals("urn:p:same"))
        .singleElement()
        .satisfies(row -> assertThat(row.state()).isEqualTo(IncomingState.NEW));
  }

  @Test
  void a_paused_push_provider_is_refused_until_resumed() throws Exception {
    String pausedKey =
        app.wiring()
            .incoming()
            .add(new ProviderForm("paused-pusher", "ninjs", Provider.SourceKind.PUSH, "", ""))
            .pushKey()
            .orElseThrow();
    app.wiring().incoming().pause("paused-pusher");

    HttpResponse<String> r = push("paused-pusher", "Bearer " + pausedKey, item("urn:q", "1", "Q"));
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(app.wiring().incoming().incoming(Optional.of("paused-pusher"), 10)).isEmpty();

    app.wiring().incoming().resume("paused-pusher");
    assertThat(push("paused-pusher", "Bearer " + pausedKey, item("urn:q", "1", "Q")).statusCode())
        .isEqualTo(200);
  }
}
