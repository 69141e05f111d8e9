package org.dateline.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.dateline.article.ArticleId;
import org.dateline.newsroom.auth.Role;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.workflow.Action;
import org.dateline.newsroom.workflow.Story;
import org.dateline.newsroom.workflow.Workflow;
import org.dateline.subscriber.Issued;
import org.dateline.subscriber.SubscriberForm;
import org.dateline.subscriber.SubscriberState;
import org.dateline.testing.MutableClock;
import org.dateline.testing.Newsroom;
import org.dateline.testing.TestApp;
import org.dateline.testing.WebhookReceiver;
import org.dateline.testing.WireStories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Webhooks to real receivers on loopback, from a real app and store. */
class WebhooksIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path data;
  TestApp app;
  final List<WebhookReceiver> receivers = new ArrayList<>();

  private static WebhookSettings fast(int pauseAfter) {
    return new WebhookSettings(
        Duration.ofMillis(500),
        Duration.ofMillis(700),
        4,
        Duration.ofMillis(50),
        Duration.ofMillis(400),
        1000,
        pauseAfter);
  }

  /** The app, sending webhooks to this machine's receivers as an operator may allow. */
  private void start(WebhookSettings settings) {
    startAllowing(settings.allowing(WebhookReceiver.loopback()));
  }

  private void startAllowing(WebhookSettings settings) {
    app = TestApp.start(data, false, Clock.systemUTC(), settings);
    app.wiring().sections().ensure("Politics");
  }

  @AfterEach
  void stop() {
    if (app != null) {
      app.close();
    }
    receivers.forEach(WebhookReceiver::close);
  }

  private WebhookReceiver receiver() {
    WebhookReceiver r = WebhookReceiver.start();
    receivers.add(r);
    return r;
  }

  private Issued subscriber(String name, String url) {
    return app.wiring()
        .subscribers()
        .add(new SubscriberForm(name, "", List.of(), List.of(), List.of(), Optional.of(url), 1000));
  }

  /** The documented verification (docs/WIRE.md), written again here with the JDK alone. */
  private static boolean verifies(String secret, String header, String body) throws Exception {
    Map<String, String> parts = WebhookReceiver.parseSignature(header);
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    byte[] expected = mac.doFinal((parts.get("t") + "." + body).getBytes(StandardCharsets.UTF_8));
    long age = Instant.now().getEpochSecond() - Long.parseLong(parts.get("t"));
    return java.security.MessageDigest.isEqual(expected, HexFormat.of().parseHex(parts.get("v1")))
        && Math.abs(age) <= 300;
  }

  /** Per story, the versions of the events in order of their first arrival. */
  private static Map<Long, List<Integer>> versionsPerStory(WebhookReceiver r) throws Exception {
    Map<Long, List<Integer>> out = new LinkedHashMap<>();
    List<String> seen = new ArrayList<>();
    for (WebhookReceiver.Received got : r.received()) {
      if (seen.contains(got.eventId())) {
        continue;
      }
      seen.add(got.eventId());
      JsonNode event = JSON.readTree(got.body()).path("event");
      out.computeIfAbsent(event.path("story").asLong(), k -> new ArrayList<>())
          .add(event.path("version").asInt());
    }
    return out;
  }

  @Test
  void every_event_arrives_signed_with_the_item_at_its_own_version_in_order_per_story()
      throws Exception {
    start(fast(1000));
    WebhookReceiver r = receiver();
    Issued s = subscriber("Signed 서울", r.url());
    var articles = app.wiring().articles();
    ArticleId a = WireStories.publish(app, "First story", "Politics", "en");
    articles.update(
        a, WireStories.content("First story, updated", "Politics", "en"), Optional.empty());
    ArticleId b = WireStories.publish(app, "Second story", "Politics", "en");
    articles.update(
        a, WireStories.content("First story, corrected", "Politics", "en"), Optional.of("Fixed."));
    articles.kill(a, Optional.of("Wrong person named"));

    assertThat(r.await(() -> r.firstArrivals().size() == 5)).isTrue();
    for (WebhookReceiver.Received got : r.received()) {
      assertThat(verifies(s.webhookSecret(), got.signature(), got.body())).isTrue();
      assertThat(verifies(s.webhookSecret() + "x", got.signature(), got.body())).isFalse();
      JsonNode body = JSON.readTree(got.body());
      assertThat(body.path("event").path("id").asText()).isEqualTo(got.eventId());
      assertThat(body.path("item").path("version").asText())
          .isEqualTo(body.path("event").path("version").asText());
    }
    assertThat(versionsPerStory(r))
        .containsEntry(a.value(), List.of(1, 2, 3, 4))
        .containsEntry(b.value(), List.of(1));
    JsonNode kill = JSON.readTree(r.received().get(r.received().size() - 1).body());
    assertThat(kill.path("event").path("type").asText()).isEqualTo("kill");
    assertThat(kill.path("item").path("pubstatus").asText()).isEqualTo("canceled");
    assertThat(kill.path("item").path("ednote").asText()).contains("Wrong person named");
    JsonNode first = JSON.readTree(r.received().get(0).body());
    assertThat(first.path("item").path("headlines").get(0).path("value").asText())
        .isEqualTo("First story");
  }

  @Test
  void a_receiver_down_then_slow_then_failing_then_back_gets_every_event_once_as_new_in_order()
      throws Exception {
    start(fast(1000));
    WebhookReceiver r = receiver();
    Issued s = subscriber("Flaky", r.url());
    var articles = app.wiring().articles();
    List<ArticleId> stories = new ArrayList<>();
    int expected = 0;

    r.down();
    for (int i = 0; i < 3; i++) {
      stories.add(WireStories.publish(app, "Down " + i, "Politics", "en"));
      expected++;
    }
    articles.update(
        stories.get(0), WireStories.content("Down 0 updated", "Politics", "en"), Optional.empty());
    expected++;
    // Wait until the outbox recorded failed attempts while the receiver was down.
    assertThat(awaitLog(s, d -> d.attempts() >= 2 && d.state() == DeliveryState.PENDING)).isTrue();

    r.slow(1500); // longer than the request timeout: the sender gives up on each attempt
    r.up();
    articles.update(
        stories.get(1),
        WireStories.content("Down 1 corrected", "Politics", "en"),
        Optional.of("Fix."));
    expected++;
    assertThat(r.await(() -> r.received().size() >= 3)).isTrue();
    assertThat(awaitLog(s, d -> d.lastError().orElse("").contains("timed out"))).isTrue();

    r.slow(0);
    r.answer(500);
    articles.kill(stories.get(2), Optional.empty());
    expected++;
    int before = r.received().size();
    assertThat(r.await(() -> r.received().size() >= before + 3)).isTrue();
    assertThat(awaitLog(s, d -> d.lastStatus().orElse(0) == 500)).isTrue();

    r.answer(200);
    int total = expected;
    assertThat(
            r.await(
                () -> {
                  var counts = app.wiring().deliveries().counts(s.subscriber().id());
                  return counts.get(DeliveryState.DELIVERED) == total;
                }))
        .isTrue();

    assertThat(r.firstArrivals()).hasSize(expected);
    // Every event the log holds arrived; a repeat is only ever the same event id (same body).
    Map<String, String> bodies = new LinkedHashMap<>();
    for (WebhookReceiver.Received got : r.received()) {
      String earlier = bodies.putIfAbsent(got.eventId(), got.body());
      if (earlier != null) {
        assertThat(got.body()).isEqualTo(earlier);
      }
    }
    Map<Long, List<Integer>> versions = versionsPerStory(r);
    assertThat(versions.get(stories.get(0).value())).containsExactly(1, 2);
    assertThat(versions.get(stories.get(1).value())).containsExactly(1, 2);
    assertThat(versions.get(stories.get(2).value())).containsExactly(1, 2);
    // The failures stay visible in the delivery log.
    assertThat(app.wiring().deliveries().log(s.subscriber().id(), 100))
        .allSatisfy(d -> assertThat(d.state()).isEqualTo(DeliveryState.DELIVERED))
        .anySatisfy(d -> assertThat(d.attempts()).isGreaterThan(1));
  }

  private boolean awaitLog(Issued s, java.util.function.Predicate<Delivery> any)
      throws InterruptedException {
    for (int i = 0; i < 600; i++) {
      if (app.wiring().deliveries().log(s.subscriber().id(), 100).stream().anyMatch(any)) {
        return true;
      }
      Thread.sleep(50);
    }
    return false;
  }

  @Test
  void a_webhook_url_on_this_machine_is_not_called_unless_the_operator_allows_it()
      throws Exception {
    // Given the default policy (public addresses only) and receivers on loopback
    startAllowing(fast(1000));
    WebhookReceiver byAddress = receiver();
    WebhookReceiver byName = receiver();
    Issued literal = subscriber("Loopback literal", byAddress.url());
    Issued named = subscriber("Loopback by name", byName.url().replace("127.0.0.1", "localhost"));
    // When a story is published
    WireStories.publish(app, "Not for internal addresses", "Politics", "en");
    // Then neither receiver is called, and each delivery says why
    for (Issued s : List.of(literal, named)) {
      assertThat(
              awaitLog(
                  s,
                  d ->
                      d.attempts() >= 2
                          && d.lastError().orElse("").contains("is not a public address")))
          .as("the refusal is recorded on %s's delivery", s.subscriber().name())
          .isTrue();
    }
    assertThat(byAddress.received()).isEmpty();
    assertThat(byName.received()).isEmpty();
  }

  @Test
  void a_receiver_that_never_answers_does_not_delay_another() throws Exception {
    // A due batch of 4, the slots one subscriber may hold: the hanging one's backlog outgrows it.
    start(
        new WebhookSettings(
            Duration.ofSeconds(2),
            Duration.ofSeconds(60),
            4,
            Duration.ofSeconds(1),
            Duration.ofSeconds(10),
            10,
            1000,
            4));
    WebhookReceiver hanging = receiver();
    hanging.slow(60_000);
    WebhookReceiver live = receiver();
    subscriber("Hanging", hanging.url());
    subscriber("Live", live.url());
    for (int i = 0; i < 10; i++) {
      WireStories.publish(app, "Story " + i, "Politics", "en");
    }
    assertThat(live.await(() -> live.firstArrivals().size() == 10)).isTrue();
    // All of the live one's events arrived while the hanging one still held its requests open.
    assertThat(hanging.answered()).isZero();
    assertThat(hanging.received().size()).isBetween(1, 4);
  }

  @Test
  void a_paused_subscribers_backlog_does_not_hold_back_another_subscribers_events()
      throws Exception {
    // A due batch of 4 and a pause after 2 failures: the paused one's backlog outgrows a batch.
    start(
        new WebhookSettings(
            Duration.ofMillis(500),
            Duration.ofMillis(700),
            4,
            Duration.ofMillis(50),
            Duration.ofMillis(400),
            1000,
            2,
            4));
    WebhookReceiver away = receiver();
    away.down();
    WebhookReceiver live = receiver();
    Issued paused = subscriber("Away", away.url());
    subscriber("Live", live.url());
    for (int i = 1; i <= 10; i++) {
      WireStories.publish(app, "Story " + i, "Politics", "en");
      int n = i;
      assertThat(live.await(() -> live.firstArrivals().size() == n))
          .as("event %d reached the live subscriber while the other one is paused", n)
          .isTrue();
    }
    assertThat(app.wiring().subscribers().find(paused.subscriber().id()).orElseThrow().state())
        .isEqualTo(SubscriberState.PAUSED);
    // Nothing of the paused one's backlog was lost: resumed, it gets all ten events.
    away.up();
    app.wiring().deliveries().resume(paused.subscriber().id());
    assertThat(away.await(() -> away.firstArrivals().size() == 10)).isTrue();
  }

  @Test
  void a_4xx_is_not_retried_and_a_run_of_failures_pauses_the_subscriber_until_resumed()
      throws Exception {
    start(fast(3));
    WebhookReceiver r = receiver();
    Issued s = subscriber("Strict", r.url());
    r.answer(410);
    ArticleId a = WireStories.publish(app, "Gone story", "Politics", "en");
    assertThat(awaitLog(s, d -> d.state() == DeliveryState.FAILED)).isTrue();
    assertThat(app.wiring().deliveries().log(s.subscriber().id(), 10))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.attempts()).isEqualTo(1);
              assertThat(d.lastStatus()).hasValue(410);
            });
    // The story's next event goes: the first was given up.
    r.answer(500);
    app.wiring()
        .articles()
        .update(a, WireStories.content("Gone story 2", "Politics", "en"), Optional.empty());
    assertThat(
            awaitLog(
                s,
                d ->
                    app.wiring().subscribers().find(s.subscriber().id()).orElseThrow().state()
                        == SubscriberState.PAUSED))
        .isTrue();
    // The 410 and two 500s are three failed attempts in a row: paused, nothing more is sent.
    assertThat(r.received()).hasSize(3);
    r.answer(200);
    WireStories.publish(app, "While paused", "Politics", "en");
    app.wiring().deliveries().resume(s.subscriber().id());
    assertThat(
            r.await(
                () ->
                    app.wiring()
                            .deliveries()
                            .counts(s.subscriber().id())
                            .get(DeliveryState.DELIVERED)
                        == 2))
        .isTrue();
  }

  @Test
  void retry_after_is_honoured_and_events_can_be_redelivered_with_the_same_id() throws Exception {
    start(fast(1000));
    WebhookReceiver r = receiver();
    Issued s = subscriber("Busy receiver", r.url());
    r.answer(429, "3");
    WireStories.publish(app, "Throttled", "Politics", "en");
    assertThat(awaitLog(s, d -> d.lastStatus().orElse(0) == 429)).isTrue();
    Delivery throttled = app.wiring().deliveries().log(s.subscriber().id(), 1).get(0);
    assertThat(throttled.nextAttemptAt())
        .isAfterOrEqualTo(throttled.lastAttemptAt().orElseThrow().plusSeconds(3));
    r.answer(200);
    assertThat(awaitLog(s, d -> d.state() == DeliveryState.DELIVERED)).isTrue();
    int before = r.received().size();
    assertThat(app.wiring().deliveries().redeliver(s.subscriber().id(), throttled.seq())).isTrue();
    assertThat(r.await(() -> r.received().size() == before + 1)).isTrue();
    assertThat(r.received().get(before).eventId()).isEqualTo(throttled.eventId());
    assertThat(
            app.wiring()
                .deliveries()
                .redeliverSince(s.subscriber().id(), Instant.now().minusSeconds(3600)))
        .isEqualTo(1);
    assertThat(r.await(() -> r.received().size() >= before + 2)).isTrue();
    assertThat(r.received()).hasSize(before + 2);
    assertThat(r.received().get(before + 1).eventId()).isEqualTo(throttled.eventId());
  }

  @Test
  void a_scheduled_publish_and_an_embargo_lift_fire_webhooks_like_any_publish() throws Exception {
    MutableClock clock = new MutableClock(Instant.now());
    // The clock stands still, so a retry would never fall due: the timeouts are long enough that
    // a loaded machine does not turn a slow first answer into a lost event.
    WebhookSettings patient =
        new WebhookSettings(
            Duration.ofSeconds(5),
            Duration.ofSeconds(30),
            4,
            Duration.ofMillis(50),
            Duration.ofMillis(400),
            1000,
            1000);
    app = TestApp.start(data, false, clock, patient.allowing(WebhookReceiver.loopback()));
    WebhookReceiver r = receiver();
    subscriber("Scheduled desk", r.url());
    var w = app.wiring();
    User reporter = Newsroom.user(w, Role.REPORTER, "reporter@example.com");
    User editor = Newsroom.user(w, Role.EDITOR, "editor@example.com");
    Story scheduled = Newsroom.written(w, reporter, "Scheduled story");
    w.workflow()
        .apply(
            scheduled.id(),
            new Workflow.Request(
                Action.SCHEDULE, Optional.of(clock.instant().plus(Duration.ofMinutes(10))), ""),
            editor);
    Story embargoed = Newsroom.written(w, reporter, "Embargoed story");
    w.workflow()
        .apply(
            embargoed.id(),
            new Workflow.Request(
                Action.EMBARGO, Optional.of(clock.instant().plus(Duration.ofMinutes(30))), ""),
            editor);
    assertThat(r.await(() -> r.firstArrivals().size() == 1)).isTrue();

    clock.advance(Duration.ofMinutes(11));
    w.scheduler().runDue();
    assertThat(r.await(() -> r.firstArrivals().size() == 2)).isTrue();
    clock.advance(Duration.ofMinutes(30));
    w.scheduler().runDue();
    assertThat(r.await(() -> r.firstArrivals().size() == 3)).isTrue();

    // Each event once in the order sent (a repeat after a slow answer is the same event id)
    List<String> types = new ArrayList<>();
    List<JsonNode> bodies = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    for (WebhookReceiver.Received got : r.received()) {
      if (!seen.contains(got.eventId())) {
        seen.add(got.eventId());
        bodies.add(JSON.readTree(got.body()));
        types.add(bodies.get(bodies.size() - 1).path("event").path("type").asText());
      }
    }
    assertThat(types).containsExactly("embargo", "publish", "lift");
    JsonNode lift = bodies.get(2);
    assertThat(lift.path("item").path("pubstatus").asText()).isEqualTo("usable");
    JsonNode embargo = bodies.get(0);
    assertThat(embargo.path("item").path("pubstatus").asText()).isEqualTo("withheld");
    assertThat(embargo.path("item").path("embargoed").asText()).isNotEmpty();
  }
}
