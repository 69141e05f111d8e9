package org.dateline.web.ops;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.Config;
import org.dateline.testing.TestApp;
import org.dateline.testing.WireStories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** Liveness, readiness, metrics and request ids on a real server over real HTTP. */
class OperationsIT {
  @TempDir Path data;
  TestApp app;

  @BeforeEach
  void start() {
    app = TestApp.start(data, true);
  }

  @AfterEach
  void stop() {
    if (app != null) {
      app.close();
    }
  }

  private String anArticle() {
    Matcher m = Pattern.compile("href=\"(/article/[0-9]+/[^\"]+)\"").matcher(app.get("/").body());
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  @Test
  void healthz_answers_and_readyz_reports_each_check_and_turns_503_when_stopping() {
    HttpResponse<String> health = app.get("/healthz");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).isEqualTo("ok\n");
    HttpResponse<String> ready = app.get("/readyz");
    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(ready.body())
        .contains("\"ready\":true", "\"store\":{\"ok\":true", "\"migrations\":{\"ok\":true")
        .contains("\"follower page-cache\":{\"ok\":true", "\"follower search\":{\"ok\":true");
    assertThat(ready.headers().firstValue("Cache-Control")).contains("no-store");
    // When shutdown begins, the balancer is told to stop sending traffic.
    app.wiring().readiness().stopping();
    HttpResponse<String> draining = app.get("/readyz");
    assertThat(draining.statusCode()).isEqualTo(503);
    assertThat(draining.body()).contains("\"ready\":false", "shutting down");
  }

  @Test
  void metrics_count_requests_by_route_pattern_also_for_cached_pages_answered_in_jetty()
      throws InterruptedException {
    String article = anArticle();
    assertThat(app.get(article).statusCode()).isEqualTo(200); // rendered (or cached by "/")
    assertThat(app.get(article).statusCode()).isEqualTo(200); // answered by FastPages
    app.get("/no/such/page");
    WireStories.publish(app, "Metrics story", "Politics", "en");
    // The poller counts changes: wait for two of its looks after the publish.
    long polls = app.wiring().polls();
    for (int i = 0; i < 3000 && app.wiring().polls() < polls + 2; i++) {
      Thread.sleep(20);
    }
    HttpResponse<String> metrics = app.get("/metrics");
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
    String text = metrics.body();
    assertThat(text)
        .contains("http_requests_total{route=\"/\",status=\"200\"}")
        .contains("http_requests_total{route=\"page-cache\",status=\"200\"}")
        .contains("http_requests_total{route=\"unmatched\",status=\"404\"}")
        .contains("http_request_duration_seconds_bucket{route=\"/\",le=\"0.005\"}")
        .contains("dateline_page_cache_hit_ratio ")
        .contains("dateline_page_cache_hits_total ")
        .contains("dateline_changelog_lag{follower=\"page-cache\"} 0")
        .contains("dateline_changelog_lag{follower=\"search\"}")
        .contains("dateline_changes_total{action=\"published\"} 1.0")
        .contains(
            "dateline_db_pool_connections{state=\"max\"} "
                + app.wiring().database().poolUse().max())
        .contains("jvm_memory_used_bytes{area=\"heap\"}")
        .contains("jvm_gc_collection_seconds");
    // The raw path is never a label (bounded cardinality).
    assertThat(text).doesNotContain("route=\"" + article + "\"").doesNotContain("/no/such/page");
  }

  @Test
  void metrics_refuse_a_request_forwarded_by_a_proxy_that_is_not_trusted() {
    assertThat(app.get("/metrics", "X-Forwarded-For", "203.0.113.5").statusCode()).isEqualTo(403);
    assertThat(app.get("/metrics", "Forwarded", "for=203.0.113.5").statusCode()).isEqualTo(403);
  }

  @Test
  void metrics_refuse_clients_outside_the_allowed_networks() {
    app.close();
    app =
        TestApp.start(
            Config.of(data, "127.0.0.1", 0)
                .withOps(
                    new Config.Ops(
                        List.of("127.0.0.1"),
                        List.of("10.0.0.0/8"),
                        "text",
                        java.time.Duration.ofSeconds(5),
                        300,
                        60,
                        java.util.Optional.empty(),
                        java.util.Optional.empty(),
                        java.util.Optional.empty(),
                        java.util.Optional.empty(),
                        List.of(),
                        List.of(),
                        java.time.Duration.ofSeconds(10))),
            false);
    assertThat(app.get("/metrics").statusCode()).isEqualTo(403); // 127.0.0.1 is not allowed
    assertThat(app.get("/metrics", "X-Forwarded-For", "203.0.113.5").statusCode()).isEqualTo(403);
    assertThat(app.get("/metrics", "X-Forwarded-For", "10.1.2.3").statusCode()).isEqualTo(200);
  }

  @Test
  void every_response_has_a_request_id_which_every_log_line_of_the_request_carries()
      throws InterruptedException {
    Logger access = (Logger) LoggerFactory.getLogger("org.dateline.access");
    List<ILoggingEvent> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
    var appender =
        new ch.qos.logback.core.AppenderBase<ILoggingEvent>() {
          @Override
          protected void append(ILoggingEvent event) {
            event.prepareForDeferredProcessing();
            lines.add(event);
          }
        };
    appender.start();
    access.addAppender(appender);
    try {
      HttpResponse<String> first = app.get("/news");
      HttpResponse<String> second = app.get("/no/such/page");
      String id1 = first.headers().firstValue("X-Request-Id").orElseThrow();
      String id2 = second.headers().firstValue("X-Request-Id").orElseThrow();
      assertThat(id1).isNotEqualTo(id2);
      // The access line is written once the response is complete: wait for both (other tests
      // running at the same time write access lines too).
      for (int i = 0;
          i < 3000
              && !(lines.stream().anyMatch(e -> id1.equals(e.getMDCPropertyMap().get("request_id")))
                  && lines.stream()
                      .anyMatch(e -> id2.equals(e.getMDCPropertyMap().get("request_id"))));
          i++) {
        Thread.sleep(10);
      }
      assertThat(lines)
          .anySatisfy(
              e -> {
                assertThat(e.getFormattedMessage()).startsWith("GET /news 200");
                assertThat(e.getMDCPropertyMap()).containsEntry("request_id", id1);
              })
          .anySatisfy(
              e -> {
                assertThat(e.getFormattedMessage()).startsWith("GET /no/such/page 404");
                assertThat(e.getMDCPropertyMap()).containsEntry("request_id", id2);
              });
    } finally {
      access.detachAppender(appender);
    }
    // A cached page answered in Jetty has one too.
    app.get("/");
    assertThat(app.get("/").headers().firstValue("X-Request-Id")).isPresent();
  }

  @Test
  void an_incoming_request_id_is_kept_only_from_a_trusted_proxy_and_only_when_sane() {
    assertThat(app.get("/news", "X-Request-Id", "edge-123").headers().firstValue("X-Request-Id"))
        .isNotEqualTo(java.util.Optional.of("edge-123"));
    app.close();
    app =
        TestApp.start(
            Config.of(data, "127.0.0.1", 0)
                .withOps(Config.Ops.defaults().withTrustedProxies(List.of("127.0.0.0/8"))),
            false);
    assertThat(app.get("/news", "X-Request-Id", "edge-123").headers().firstValue("X-Request-Id"))
        .contains("edge-123");
    String insane = "x".repeat(200);
    assertThat(app.get("/news", "X-Request-Id", insane).headers().firstValue("X-Request-Id"))
        .isPresent()
        .isNotEqualTo(java.util.Optional.of(insane));
  }
}
