package org.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.newsroom.RoleTable.action;
import static org.dateline.newsroom.RoleTable.nothing;
import static org.dateline.newsroom.RoleTable.page;

import java.util.List;
import java.util.Optional;
import org.dateline.Wiring;
import org.dateline.newsroom.RoleTable.Cell;
import org.dateline.newsroom.RoleTable.Request;
import org.dateline.newsroom.RoleTable.Who;
import org.dateline.subscriber.Subscriber;
import org.dateline.subscriber.SubscriberForm;
import org.dateline.subscriber.SubscriberState;
import org.dateline.testing.TestApp;

/**
 * {@link RoleTableIT}'s probes of the subscribers admin and the wire: each makes its own
 * subscriber, so a refused attempt leaves it as it was and an allowed one shows its effect.
 */
final class SubscriberProbes {
  private final Wiring w;
  private int serial;

  SubscriberProbes(TestApp app) {
    this.w = app.wiring();
  }

  private Subscriber fresh() {
    return w.subscribers()
        .add(
            new SubscriberForm(
                "Probe subscriber " + (++serial),
                "",
                List.of(),
                List.of(),
                List.of(),
                Optional.empty(),
                50))
        .subscriber();
  }

  private Subscriber now(Subscriber s) {
    return w.subscribers().find(s.id()).orElseThrow();
  }

  Cell list(Who who) {
    return page("/newsroom/subscribers", "Subscribers");
  }

  Cell view(Who who) {
    Subscriber s = fresh();
    return page("/newsroom/subscribers/" + s.id(), s.name());
  }

  Cell add(Who who) {
    String name = "Added by the route table " + (++serial);
    return new Cell(
        Request.post("/newsroom/subscribers", "name", name, "ninjs", "1", "rate", "50"),
        a -> {
          assertThat(a.status()).as(a.body()).isEqualTo(200);
          assertThat(a.h1()).contains(name);
          assertThat(a.body()).contains("id=\"api-key\"");
          assertThat(w.subscribers().byName(name)).isPresent();
        },
        () -> w.subscribers().byName(name).isPresent());
  }

  Cell update(Who who) {
    Subscriber s = fresh();
    String renamed = s.name() + " renamed";
    String path = "/newsroom/subscribers/" + s.id();
    return action(
        Request.post(path, "name", renamed, "ninjs", "1", "rate", "50"),
        path,
        () -> assertThat(now(s).name()).isEqualTo(renamed),
        () -> now(s).name());
  }

  Cell pause(Who who) {
    Subscriber s = fresh();
    String path = "/newsroom/subscribers/" + s.id();
    return action(
        Request.post(path + "/state", "action", "pause"),
        path,
        () -> assertThat(now(s).state()).isEqualTo(SubscriberState.PAUSED),
        () -> now(s).state());
  }

  Cell rotate(Who who) {
    Subscriber s = fresh();
    return new Cell(
        Request.post("/newsroom/subscribers/" + s.id() + "/rotate"),
        a -> {
          assertThat(a.status()).as(a.body()).isEqualTo(200);
          assertThat(a.body()).contains("id=\"api-key\"");
          assertThat(now(s).keyGeneration()).isEqualTo(2);
        },
        () -> now(s).keyPrefix());
  }

  Cell redeliver(Who who) {
    Subscriber s = fresh();
    String path = "/newsroom/subscribers/" + s.id();
    return action(
        Request.post(path + "/redeliver", "since", "2020-01-01T00:00"), path, () -> {}, nothing());
  }

  /** The wire answers API keys only: no newsroom session gets anything from it. */
  /** A push with a session but without the provider's key: refused, nothing taken. */
  Cell push() {
    String name = "probe-push-" + (++serial);
    w.incoming()
        .add(
            new org.dateline.ingest.ProviderForm(
                name, "ninjs", org.dateline.ingest.Provider.SourceKind.PUSH, "", ""));
    return new Cell(
        Request.post("/ingest/v1/" + name, "uri", "x"),
        a -> assertThat(a.status()).isEqualTo(200),
        () -> w.incoming().incoming(Optional.of(name), 10).size());
  }

  Cell wire(String path) {
    return new Cell(Request.get(path), a -> assertThat(a.status()).isEqualTo(200), nothing());
  }
}
