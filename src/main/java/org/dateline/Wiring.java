package org.dateline;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.time.Clock;
import org.dateline.article.Articles;
import org.dateline.backup.Backups;
import org.dateline.changelog.ChangeLog;
import org.dateline.curation.Curation;
import org.dateline.delivery.Deliveries;
import org.dateline.delivery.WebhookSettings;
import org.dateline.demo.DemoContent;
import org.dateline.edition.Editions;
import org.dateline.feedback.Feedbacks;
import org.dateline.ingest.Incoming;
import org.dateline.ingest.IncomingDesk;
import org.dateline.ingest.Ingest;
import org.dateline.ingest.Routing;
import org.dateline.ingest.source.IngestPoller;
import org.dateline.newsroom.auth.PasswordHasher;
import org.dateline.newsroom.auth.Users;
import org.dateline.newsroom.workflow.GeneratedStories;
import org.dateline.newsroom.workflow.Scheduler;
import org.dateline.newsroom.workflow.Stories;
import org.dateline.newsroom.workflow.StoryNotes;
import org.dateline.newsroom.workflow.Workflow;
import org.dateline.newsroom.workflow.jdbi.StoryTables;
import org.dateline.ops.Purges;
import org.dateline.ops.Readiness;
import org.dateline.readership.Readership;
import org.dateline.search.Reindex;
import org.dateline.search.Search;
import org.dateline.section.Sections;
import org.dateline.storage.Database;
import org.dateline.subscriber.Subscribers;
import org.dateline.translation.Translations;
import org.dateline.web.HttpServer;
import org.dateline.web.PageCache;
import org.dateline.web.Views;
import org.dateline.web.site.SideLists;
import org.dateline.web.site.SitemapPages;
import org.dateline.wire.Wire;
import org.jspecify.annotations.Nullable;

/**
 * The composition root: builds every object by hand, in dependency order, each part by a
 * package-private builder beside it ({@link Features}, {@link ServerParts}; decision 0100).
 */
public final class Wiring implements AutoCloseable {
  private final Features features;
  private long sitemapPageSize = SitemapPages.PAGE_SIZE;
  private java.time.Duration purgeBackoff = java.time.Duration.ofSeconds(1);
  private @Nullable ServerParts started;
  private final PrometheusRegistry metrics = new PrometheusRegistry();
  private final Readiness readiness;

  public Wiring(Config config, Clock clock) {
    this(config, clock, Features.webhooks(config));
  }

  /** With webhook timings of one's own (tests shorten the backoff). */
  public Wiring(Config config, Clock clock, WebhookSettings webhooks) {
    this(config, clock, webhooks, PasswordHasher.PRODUCTION, Database.Patience.PRODUCTION);
  }

  /**
   * With a password hashing cost (the tests' is lower, decision 0092) and lock waits (the tests of
   * the refusal wait less, decision 0099) of one's own.
   */
  public Wiring(
      Config config,
      Clock clock,
      WebhookSettings webhooks,
      PasswordHasher.Cost passwords,
      Database.Patience patience) {
    this.features = Features.build(config, clock, webhooks, passwords, patience);
    // Database.open applied every migration (Flyway) or failed: an open store is migrated.
    this.readiness = new Readiness(features.store().changeLog()::latestSeq, true);
  }

  /** Sitemap pages of {@code ids} story ids each instead of 40,000 (tests); before the start. */
  public Wiring sitemapPageSize(long ids) {
    this.sitemapPageSize = ids;
    return this;
  }

  /** Starts the public site; the page cache follows the change log, also of other processes. */
  public HttpServer startServer() {
    ServerParts server =
        ServerParts.start(features, readiness, metrics, sitemapPageSize, purgeBackoff);
    this.started = server;
    return server.server();
  }

  /** The first wait after a failed CDN purge (tests shorten it); before the start. */
  public Wiring purgeBackoff(java.time.Duration first) {
    this.purgeBackoff = first;
    return this;
  }

  /** The CDN purge follower (null unless a purge URL is configured and the server started). */
  public @Nullable Purges purges() {
    ServerParts server = started;
    return server == null ? null : server.background().purges();
  }

  /** Whether the server should get traffic. */
  public Readiness readiness() {
    return readiness;
  }

  /** How many looks the change-log poller has finished (tests wait on it, not on the clock). */
  public long polls() {
    ServerParts server = started;
    return server == null ? 0 : server.background().polls();
  }

  /** The started server's templates (null before {@link #startServer}). */
  public @Nullable Views views() {
    ServerParts server = started;
    return server == null ? null : server.site().views();
  }

  /** The started server (null before {@link #startServer}). */
  public @Nullable HttpServer server() {
    ServerParts server = started;
    return server == null ? null : server.server();
  }

  /** The public pages' cache of the started server (null before {@link #startServer}). */
  public @Nullable PageCache pageCache() {
    ServerParts server = started;
    return server == null ? null : server.site().cache();
  }

  /** Views of stories and the most viewed list. */
  public Readership readership() {
    return features.store().readership();
  }

  /** The lists beside stories (null before {@link #startServer}); tests refresh them, not wait. */
  public @Nullable SideLists sideLists() {
    ServerParts server = started;
    return server == null ? null : server.site().sideLists();
  }

  public Subscribers subscribers() {
    return features.wire().subscribers();
  }

  public Wire wire() {
    return features.wire().wire();
  }

  public Deliveries deliveries() {
    return features.wire().deliveries();
  }

  /** Search of the started server (null before {@link #startServer}). */
  public @Nullable Search search() {
    ServerParts server = started;
    return server == null ? null : server.search();
  }

  /** Rebuilds the search index next to the one in use, which keeps answering until it is done. */
  public Reindex reindex() {
    return SearchParts.reindex(features);
  }

  public Database database() {
    return features.store().database();
  }

  /** Backups of this store and data folder (decision 0071). */
  public Backups backups() {
    return new Backups(features.store().database(), features.config().dataDir(), features.clock());
  }

  public Editions editions() {
    return features.store().editions();
  }

  public Sections sections() {
    return features.store().sections();
  }

  public Articles articles() {
    return features.store().articles();
  }

  public Feedbacks feedbacks() {
    return features.store().feedbacks();
  }

  public Curation curation() {
    return features.store().curation();
  }

  public Ingest ingest() {
    return features.store().ingest();
  }

  /** Partners' feeds onto the incoming desk. */
  public Incoming incoming() {
    return features.partners().incoming();
  }

  /** The routing rules of partners' items. */
  public Routing routing() {
    return features.partners().routing();
  }

  /** The incoming desk: partners' items to take or publish. */
  public IncomingDesk incomingDesk() {
    return features.partners().incomingDesk();
  }

  /** The poller of providers' folders and feeds (null before {@link #startServer}). */
  public @Nullable IngestPoller ingestPoller() {
    ServerParts server = started;
    return server == null ? null : server.background().ingestPoller();
  }

  public DemoContent demo() {
    return features.store().demo();
  }

  public ChangeLog changeLog() {
    return features.store().changeLog();
  }

  public Users users() {
    return features.newsroom().users();
  }

  /** The translations' facade (decision 0076). */
  public Translations translations() {
    return features.newsroom().translations();
  }

  public Stories stories() {
    return features.newsroom().stories();
  }

  /** Generated newsroom stories, for benchmarks of the desk (decision 0091). */
  public GeneratedStories generatedStories() {
    return new GeneratedStories(
        StoryTables.bulk(features.store().database().jdbi()), features.newsroom().stories());
  }

  /** The fill of stories' missing draft fingerprints, for {@code serve} and an operator (0132). */
  public org.dateline.newsroom.workflow.FingerprintFill fingerprintFill() {
    return features.newsroom().fingerprintFill();
  }

  public Workflow workflow() {
    return features.newsroom().workflow();
  }

  public StoryNotes notes() {
    return features.newsroom().notes();
  }

  public Scheduler scheduler() {
    return features.newsroom().scheduler();
  }

  /**
   * Stops in order (a graceful shutdown on SIGTERM runs this): readiness turns false, the server
   * stops accepting and lets the requests in flight finish (at most the configured grace), then the
   * background work stops (pollers, scheduler, webhook dispatcher, CDN purges, search) and the
   * store closes last.
   */
  @Override
  public void close() {
    var log = org.slf4j.LoggerFactory.getLogger(Wiring.class);
    readiness.stopping();
    ServerParts server = started;
    if (server != null) {
      log.info("shutdown: stopping the server, requests in flight may finish");
      server.server().stop();
      log.info("shutdown: server stopped");
      server.background().stopPolling();
    }
    features.newsroom().scheduler().close();
    features.wire().deliveries().close();
    if (server != null) {
      server.background().stopPurges();
      server.search().close();
    }
    // Commands (import, user, ...) close a Wiring too: only a server's stop is worth a log line.
    boolean served = server != null;
    if (served) {
      log.info("shutdown: background work stopped");
    }
    features.store().database().close();
    if (served) {
      log.info("shutdown: store closed");
    }
  }
}
