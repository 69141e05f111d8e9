package org.dateline;

import java.time.Clock;
import org.dateline.delivery.WebhookSettings;
import org.dateline.newsroom.auth.PasswordHasher;
import org.dateline.storage.Database;
import org.dateline.storage.Lease;

/**
 * Every feature, built over the store in dependency order: the public record, the newsroom,
 * partners' feeds, the wire. What the surfaces of a started server are built from.
 */
record Features(
    Config config,
    Clock clock,
    StoreParts store,
    NewsroomParts newsroom,
    IngestParts partners,
    WireParts wire) {

  /** Opens the store and builds every feature over it. */
  static Features build(
      Config config,
      Clock clock,
      WebhookSettings webhooks,
      PasswordHasher.Cost passwords,
      Database.Patience patience) {
    var store = StoreParts.open(config, clock, patience);
    // Of several nodes on one store, the one holding the lease publishes (decision 0051).
    String node = Lease.nodeName();
    var newsroom = NewsroomParts.build(store, passwords, node, clock);
    var partners = IngestParts.build(config, store, newsroom, clock);
    var wire = WireParts.build(config, store, webhooks, node, clock);
    return new Features(config, clock, store, newsroom, partners, wire);
  }

  /** The webhooks' default timings, sent only to the addresses the configuration allows. */
  static WebhookSettings webhooks(Config config) {
    return WebhookSettings.defaults()
        .allowing(
            config.ops().webhookAllow().stream()
                .map(r -> org.dateline.shared.Cidr.parse(r).orElseThrow())
                .toList());
  }
}
