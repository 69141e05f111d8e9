package org.dateline.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.dateline.Config;
import org.dateline.Wiring;
import org.dateline.newsroom.auth.Role;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.workflow.Action;
import org.dateline.newsroom.workflow.Story;
import org.dateline.newsroom.workflow.Workflow;
import org.dateline.storage.StoreUrl;
import org.dateline.subscriber.Issued;
import org.dateline.subscriber.SubscriberForm;
import org.dateline.testing.Await;
import org.dateline.testing.Newsroom;
import org.dateline.testing.TestApp;
import org.dateline.testing.TestStore;
import org.dateline.testing.WebhookReceiver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The webhook dispatcher's lease changing hands while an attempt is in flight (decision 0125): the
 * node that took the lease over must not send that attempt again. Two nodes in this JVM, each with
 * its own data folder, on one PostgreSQL (several nodes need it, decision 0051; so this class runs
 * on PostgreSQL in every run, like {@code SeveralNodesIT}). Node B's clock runs 20 s ahead of A's,
 * so B finds A's lease expired at its first look and A cannot take it back: the hand-over a stalled
 * holder (a pause longer than the lease, on a loaded machine) meets, made certain. Before the fix B
 * sent the attempt A still had in flight, and the subscriber got the event twice.
 */
class DispatcherTwoNodesIT {
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @TempDir Path dataA;
  @TempDir Path dataB;

  @Test
  void an_attempt_in_flight_when_another_node_takes_the_lease_over_is_not_sent_again()
      throws Exception {
    StoreUrl store = TestStore.postgresql(dataA);
    // An answer may take up to 30 s: the slow receiver below (12 s) is answered, not timed out.
    WebhookSettings settings =
        new WebhookSettings(
                Duration.ofSeconds(1),
                Duration.ofSeconds(30),
                4,
                Duration.ofMillis(50),
                Duration.ofMillis(400),
                1000,
                1000)
            .allowing(WebhookReceiver.loopback());
    try (WebhookReceiver r = WebhookReceiver.start();
        TestApp a =
            TestApp.start(
                Config.of(dataA, "127.0.0.1", 0).withDatabase(store),
                Clock.systemUTC(),
                settings)) {
      Wiring w = a.wiring();
      User editor = Newsroom.user(w, Role.EDITOR, "Nguyễn Thị Lan");
      w.sections().ensure("National");
      Issued subscriber =
          w.subscribers()
              .add(
                  new SubscriberForm(
                      "두 노드 통신", "", List.of(), List.of(), List.of(), Optional.of(r.url()), 1000));
      await(() -> holder(w).isPresent(), "node A holds the dispatcher's lease");
      String nodeA = holder(w).orElseThrow();

      // Given node A sending an event to a receiver that takes 12 s to answer
      r.slow(12_000);
      publish(w, editor, "東京で新しい図書館が開館");
      await(() -> r.received().size() >= 1, "the first attempt reaches the receiver");

      // When node B starts and takes the dispatcher's lease over while that attempt is in flight
      try (TestApp b =
          TestApp.start(
              Config.of(dataB, "127.0.0.1", 0).withDatabase(store),
              Clock.offset(Clock.systemUTC(), Duration.ofSeconds(20)),
              settings)) {
        await(
            () -> holder(w).filter(h -> !h.equals(nodeA)).isPresent(),
            "node B takes the dispatcher's lease over");
        // and A's attempt is answered and recorded
        await(() -> delivered(w, subscriber.subscriber().id()) >= 1, "A records its answer");

        // Then B sends what comes next, and nothing was sent twice
        r.slow(0);
        publish(w, editor, "Ahmed Al-Farsi named harbour master (أحمد الفارسي)");
        await(() -> r.firstArrivals().size() >= 2, "the second event reaches the receiver");
        Thread.sleep(1500); // a second send of either would come within the dispatcher's pass
        List<String> ids = r.received().stream().map(WebhookReceiver.Received::eventId).toList();
        assertThat(ids).as("event ids received").doesNotHaveDuplicates().hasSize(2);
        assertThat(holder(w)).as("the lease stays with node B").isNotEqualTo(Optional.of(nodeA));
      }
    }
  }

  private static void publish(Wiring w, User editor, String headline) {
    Story s = Newsroom.written(w, editor, headline);
    w.workflow().apply(s.id(), new Workflow.Request(Action.PUBLISH, Optional.empty(), ""), editor);
  }

  private static Optional<String> holder(Wiring w) {
    return w.database()
        .jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT holder FROM leases WHERE name = :n")
                    .bind("n", Deliveries.LEASE)
                    .mapTo(String.class)
                    .findOne());
  }

  private static long delivered(Wiring w, long subscriberId) {
    return w.database()
        .jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        "SELECT COUNT(*) FROM deliveries WHERE subscriber_id = :s"
                            + " AND state = 'delivered'")
                    .bind("s", subscriberId)
                    .mapTo(Long.class)
                    .one());
  }

  private static void await(Await.Check condition, String what) throws Exception {
    Await.until(condition, what, PATIENCE);
  }
}
