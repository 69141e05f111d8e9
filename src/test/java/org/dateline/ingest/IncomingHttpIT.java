package org.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.dateline.Config;
import org.dateline.Wiring;
import org.dateline.ingest.source.IngestPoller;
import org.dateline.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * URL providers against a real local feed server (the JDK's): conditional GET with the last ETag, a
 * newer version over HTTP, a kill, and the backoff of a failing feed. The poller is ticked by the
 * test and time is a mutable clock, so the backoff is read from the provider's state.
 */
class IncomingHttpIT {
  @TempDir Path data;
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T10:00:00Z"));
  private Wiring wiring;
  private Incoming incoming;
  private IngestPoller poller;
  private HttpServer feedServer;
  private final AtomicReference<String> body = new AtomicReference<>("");
  private final AtomicReference<String> etag = new AtomicReference<>("\"v1\"");
  private final AtomicInteger status = new AtomicInteger(200);
  private final List<String> ifNoneMatch = new CopyOnWriteArrayList<>();

  @BeforeEach
  void open() throws IOException {
    wiring = new Wiring(Config.of(data, "127.0.0.1", 0), clock);
    incoming = wiring.incoming();
    poller = new IngestPoller(incoming);
    feedServer =
        HttpServer.create(new InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
    feedServer.createContext(
        "/feed",
        exchange -> {
          String sent = exchange.getRequestHeaders().getFirst("If-None-Match");
          ifNoneMatch.add(sent == null ? "" : sent);
          if (status.get() != 200) {
            exchange.sendResponseHeaders(status.get(), -1);
          } else if (etag.get().equals(sent)) {
            exchange.getResponseHeaders().add("ETag", etag.get());
            exchange.sendResponseHeaders(304, -1);
          } else {
            byte[] bytes = body.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("ETag", etag.get());
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
          }
          exchange.close();
        });
    feedServer.start();
  }

  @AfterEach
  void close() {
    feedServer.stop(0);
    wiring.close();
  }

  private String url() {
    return "http://127.0.0.1:" + feedServer.getAddress().getPort() + "/feed";
  }

  private void due() {
    clock.advance(Duration.ofMinutes(10));
    poller.tick();
  }

  @Test
  void a_polled_rss_feed_is_fetched_conditionally_and_a_changed_item_replaces_the_old()
      throws IOException {
    body.set(rss("Markets open", "Mon, 30 Nov 2026 09:00:00 GMT"));
    incoming.add(new ProviderForm("wire", "rss", Provider.SourceKind.URL, url(), "5m"));

    due();
    due(); // unchanged: the server answers 304 to the ETag it gave

    assertThat(ifNoneMatch).containsExactly("", "\"v1\"");
    assertThat(incoming.incoming(Optional.of("wire"), 10))
        .singleElement()
        .satisfies(r -> assertThat(r.headline()).isEqualTo("Markets open"));

    body.set(rss("Markets close higher", "Mon, 30 Nov 2026 16:00:00 GMT"));
    etag.set("\"v2\"");
    due();

    assertThat(incoming.incoming(Optional.of("wire"), 10))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.headline()).isEqualTo("Markets close higher");
              assertThat(r.state()).isEqualTo(IncomingState.UPDATED);
            });
    Provider p = incoming.provider("wire").orElseThrow();
    assertThat(p.etag()).isEqualTo("\"v2\"");
    assertThat(p.failures()).isZero();
  }

  @Test
  void a_kill_sent_over_http_flags_the_item_on_the_desk() {
    body.set(IncomingFolderIT.ninjs("1", "2026-11-30T09:00:00Z", "usable", "Story"));
    incoming.add(new ProviderForm("ninjs-feed", "ninjs", Provider.SourceKind.URL, url(), "1m"));
    due();
    body.set(IncomingFolderIT.ninjs("2", "2026-11-30T09:30:00Z", "canceled", "Story"));
    etag.set("\"v2\"");
    due();

    assertThat(incoming.incoming(Optional.of("ninjs-feed"), 10))
        .singleElement()
        .satisfies(r -> assertThat(r.state()).isEqualTo(IncomingState.KILLED));
  }

  @Test
  void a_failing_feed_backs_off_doubling_its_wait_and_recovers_on_success() {
    incoming.add(new ProviderForm("flaky", "rss", Provider.SourceKind.URL, url(), "1m"));
    status.set(503);

    due();
    Provider first = incoming.provider("flaky").orElseThrow();
    due();
    Provider second = incoming.provider("flaky").orElseThrow();

    assertThat(first.failures()).isEqualTo(1);
    assertThat(second.failures()).isEqualTo(2);
    assertThat(Duration.between(second.lastErrorAt().orElseThrow(), second.nextPollAt()))
        .isEqualTo(
            Duration.between(first.lastErrorAt().orElseThrow(), first.nextPollAt())
                .multipliedBy(2));
    assertThat(second.lastError()).contains("HTTP 503");
    assertThat(incoming.log(second, 5))
        .hasSize(2)
        .allSatisfy(l -> assertThat(l).contains("HTTP 503"));

    // Not due before its backoff ends: a tick then fetches nothing.
    int fetches = ifNoneMatch.size();
    poller.tick();
    assertThat(ifNoneMatch).hasSize(fetches);

    status.set(200);
    body.set(rss("Back", "Mon, 30 Nov 2026 09:00:00 GMT"));
    clock.advance(Duration.ofHours(2));
    poller.tick();
    Provider recovered = incoming.provider("flaky").orElseThrow();
    assertThat(recovered.failures()).isZero();
    assertThat(recovered.itemsOn("2026-11-30")).isEqualTo(1);
  }

  static String rss(String title, String date) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Wire</title><link>https://wire.example/</link>
        <description>d</description>
        <item><title>%s</title><guid isPermaLink="false">wire-1</guid><pubDate>%s</pubDate>
        <description>Text of %s</description></item>
        </channel></rss>
        """
        .formatted(title, date, title);
  }
}
