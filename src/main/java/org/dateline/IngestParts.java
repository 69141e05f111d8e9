package org.dateline;

import java.time.Clock;
import org.dateline.ingest.Incoming;
import org.dateline.ingest.IncomingDesk;
import org.dateline.ingest.Routing;
import org.dateline.ingest.format.SeedItems;
import org.dateline.ingest.jdbi.IngestTables;
import org.dateline.ingest.source.HttpPictures;
import org.dateline.media.Photos;

/** Partners' feeds: the routing rules, the providers and their items, the incoming desk. */
record IngestParts(Routing routing, Incoming incoming, IncomingDesk incomingDesk) {

  /**
   * Partners' items: every version stored is routed by the rules in the same transaction; the
   * incoming desk takes and publishes them (decision 0070). A rule's edition must be one of the
   * editions (decision 0068).
   */
  static IngestParts build(Config config, StoreParts store, NewsroomParts newsroom, Clock clock) {
    var jdbi = store.database().jdbi();
    var editions = store.editions();
    var sections = store.sections();
    var articles = store.articles();
    var transactions = store.transactions();
    var stories = newsroom.stories();
    var users = newsroom.users();
    var providerTable = IngestTables.providers(jdbi);
    var incomingTable = IngestTables.incoming(jdbi);
    var routing =
        new Routing(
            IngestTables.rules(jdbi),
            providerTable,
            incomingTable,
            stories,
            articles,
            editions,
            users::byId,
            sections,
            code -> editions.byCode(code).isPresent(),
            transactions,
            clock);
    var incoming =
        new Incoming(
            providerTable,
            incomingTable,
            transactions,
            () -> {
              var edition = editions.current();
              return new SeedItems(edition.datePattern(), edition.zone(), edition.language());
            },
            routing,
            // Partners' pictures, fetched and checked like uploads (decision 0084).
            new HttpPictures(
                new Photos(config.mediaDir()),
                config.ops().ingestAllow().stream()
                    .map(r -> org.dateline.shared.Cidr.parse(r).orElseThrow())
                    .toList()),
            clock);
    var incomingDesk =
        new IncomingDesk(
            incomingTable,
            providerTable,
            stories,
            articles,
            sections,
            editions,
            transactions,
            clock);
    return new IngestParts(routing, incoming, incomingDesk);
  }
}
