package org.dateline;

import java.time.Clock;
import java.time.Duration;
import org.dateline.delivery.Deliveries;
import org.dateline.delivery.WebhookSettings;
import org.dateline.delivery.jdbi.DeliveryTables;
import org.dateline.distribution.WireSite;
import org.dateline.storage.Lease;
import org.dateline.subscriber.SigningSecrets;
import org.dateline.subscriber.Subscribers;
import org.dateline.subscriber.jdbi.SubscriberTables;
import org.dateline.wire.ChangeSignal;
import org.dateline.wire.Wire;
import org.dateline.wire.jdbi.WireTables;

/** The wire and its delivery: subscribers, the pull API's facade, the webhooks' outbox. */
record WireParts(Subscribers subscribers, Wire wire, Deliveries deliveries) {

  /** Builds them over the store; {@code node} names this process for the dispatcher's lease. */
  static WireParts build(
      Config config, StoreParts store, WebhookSettings webhooks, String node, Clock clock) {
    var jdbi = store.database().jdbi();
    var sections = store.sections();
    var editions = store.editions();
    var changeLog = store.changeLog();
    var articles = store.articles();
    var subscriberStore = SubscriberTables.repository(jdbi);
    var subscribers =
        new Subscribers(
            subscriberStore,
            sections,
            editions,
            changeLog,
            SigningSecrets.of(subscriberStore, config.dataDir()),
            clock);
    var wire =
        new Wire(
            articles,
            changeLog,
            WireTables.translationLinks(jdbi),
            new WireSite(
                editions.current().siteName(),
                config.agencyDomain(),
                config.agencySince(),
                config.baseUrl()),
            editions,
            new ChangeSignal(),
            clock);
    editions.onChange(version -> wire.editionsChanged());
    var deliveries =
        new Deliveries(
            DeliveryTables.repository(jdbi),
            subscribers,
            wire,
            webhooks,
            clock,
            // Of several nodes, the one holding the lease sends (decision 0067).
            new Lease(jdbi, Deliveries.LEASE, node, Duration.ofSeconds(10), clock));
    return new WireParts(subscribers, wire, deliveries);
  }
}
