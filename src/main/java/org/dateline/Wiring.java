package org.dateline;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.dateline.article.Articles;
import org.dateline.article.Directory;
import org.dateline.article.jdbi.ArticleTables;
import org.dateline.backup.Backups;
import org.dateline.changelog.ChangeLog;
import org.dateline.changelog.jdbi.ChangeLogTables;
import org.dateline.curation.Curation;
import org.dateline.curation.jdbi.CurationTables;
import org.dateline.delivery.Deliveries;
import org.dateline.delivery.WebhookSettings;
import org.dateline.delivery.jdbi.DeliveryTables;
import org.dateline.demo.DemoContent;
import org.dateline.distribution.WireSite;
import org.dateline.edition.Editions;
import org.dateline.edition.jdbi.EditionTables;
import org.dateline.feedback.Feedbacks;
import org.dateline.feedback.jdbi.FeedbackTables;
import org.dateline.ingest.Incoming;
import org.dateline.ingest.IncomingDesk;
import org.dateline.ingest.Ingest;
import org.dateline.ingest.Routing;
import org.dateline.ingest.format.SeedItems;
import org.dateline.ingest.jdbi.IngestTables;
import org.dateline.ingest.source.HttpPictures;
import org.dateline.ingest.source.IngestPoller;
import org.dateline.media.Photos;
import org.dateline.newsroom.auth.PasswordHasher;
import org.dateline.newsroom.auth.Users;
import org.dateline.newsroom.auth.jdbi.AuthTables;
import org.dateline.newsroom.workflow.Desk;
import org.dateline.newsroom.workflow.GeneratedStories;
import org.dateline.newsroom.workflow.Scheduler;
import org.dateline.newsroom.workflow.Stories;
import org.dateline.newsroom.workflow.StoryNotes;
import org.dateline.newsroom.workflow.Workflow;
import org.dateline.newsroom.workflow.jdbi.StoryTables;
import org.dateline.ops.ChangeCounts;
import org.dateline.ops.Purges;
import org.dateline.ops.Readiness;
import org.dateline.ops.jdbi.OpsTables;
import org.dateline.readership.Readership;
import org.dateline.readership.jdbi.ReadershipTables;
import org.dateline.search.Reindex;
import org.dateline.search.Search;
import org.dateline.search.jdbi.SearchTables;
import org.dateline.search.lucene.LuceneSearch;
import org.dateline.section.Sections;
import org.dateline.section.jdbi.SectionTables;
import org.dateline.storage.Database;
import org.dateline.storage.Lease;
import org.dateline.storage.Transactions;
import org.dateline.subscriber.SigningSecrets;
import org.dateline.subscriber.Subscribers;
import org.dateline.subscriber.jdbi.SubscriberTables;
import org.dateline.translation.Translations;
import org.dateline.translation.jdbi.TranslationTables;
import org.dateline.web.Assets;
import org.dateline.web.CacheFollower;
import org.dateline.web.CacheHeaders;
import org.dateline.web.EditionHosts;
import org.dateline.web.Errors;
import org.dateline.web.HttpMetrics;
import org.dateline.web.HttpServer;
import org.dateline.web.PageCache;
import org.dateline.web.PublicPages;
import org.dateline.web.Routes;
import org.dateline.web.TrustedProxies;
import org.dateline.web.Views;
import org.dateline.web.api.ApiRoutes;
import org.dateline.web.api.ContentApi;
import org.dateline.web.newsroom.AccountPages;
import org.dateline.web.newsroom.CurationPages;
import org.dateline.web.newsroom.DashboardPages;
import org.dateline.web.newsroom.DeskBulk;
import org.dateline.web.newsroom.DeskPages;
import org.dateline.web.newsroom.DeskRows;
import org.dateline.web.newsroom.EditionPages;
import org.dateline.web.newsroom.FeedbackPages;
import org.dateline.web.newsroom.HistoryPages;
import org.dateline.web.newsroom.IncomingPages;
import org.dateline.web.newsroom.LoginPages;
import org.dateline.web.newsroom.NewsroomAccess;
import org.dateline.web.newsroom.NewsroomChrome;
import org.dateline.web.newsroom.NewsroomErrors;
import org.dateline.web.newsroom.NewsroomRoutes;
import org.dateline.web.newsroom.PhotoUpload;
import org.dateline.web.newsroom.RulePages;
import org.dateline.web.newsroom.SectionPages;
import org.dateline.web.newsroom.StoryPages;
import org.dateline.web.newsroom.SubscriberPages;
import org.dateline.web.newsroom.TranslationPages;
import org.dateline.web.newsroom.UserPages;
import org.dateline.web.ops.OpsRoutes;
import org.dateline.web.ops.ServerMetrics;
import org.dateline.web.site.ArticlePages;
import org.dateline.web.site.FeedPages;
import org.dateline.web.site.FeedbackForm;
import org.dateline.web.site.ListPages;
import org.dateline.web.site.MediaFiles;
import org.dateline.web.site.SearchPages;
import org.dateline.web.site.SideLists;
import org.dateline.web.site.SiteChrome;
import org.dateline.web.site.SitemapPages;
import org.dateline.web.site.ViewBeacon;
import org.dateline.web.wire.WireAccess;
import org.dateline.web.wire.WireApi;
import org.dateline.web.wire.WireRoutes;
import org.dateline.wire.ChangeSignal;
import org.dateline.wire.Wire;
import org.dateline.wire.jdbi.WireTables;
import org.jspecify.annotations.Nullable;

/** The composition root: builds every object by hand, in dependency order. */
public final class Wiring implements AutoCloseable {
  private final Config config;
  private final Clock clock;
  private final Database database;
  private final Editions editions;
  private final Sections sections;
  private final ChangeLog changeLog;
  private final Articles articles;
  private final Directory directory;
  private long sitemapPageSize = SitemapPages.PAGE_SIZE;
  private java.time.Duration purgeBackoff = java.time.Duration.ofSeconds(1);
  private final Feedbacks feedbacks;
  private final Curation curation;
  private final Ingest ingest;
  private final Incoming incoming;
  private final Routing routing;
  private final IncomingDesk incomingDesk;
  private @Nullable IngestPoller ingestPoller;
  private final DemoContent demo;
  private final Transactions transactions;
  private final Users users;
  private final Stories stories;
  private final Desk desk;
  private final Workflow workflow;
  private final Translations translations;
  private final StoryNotes notes;
  private final Scheduler scheduler;
  private final Subscribers subscribers;
  private final Wire wire;
  private final Deliveries deliveries;
  private final Readership readership;
  private @Nullable SideLists sideLists;
  private @Nullable ScheduledExecutorService poller;
  private @Nullable PageCache pageCache;
  private @Nullable Search search;
  private @Nullable HttpServer server;
  private @Nullable Views views;
  private final AtomicLong polls = new AtomicLong();
  private final PrometheusRegistry metrics = new PrometheusRegistry();
  private final Readiness readiness;
  private @Nullable ChangeCounts changeCounts;
  private @Nullable Purges purges;

  public Wiring(Config config, Clock clock) {
    this(
        config,
        clock,
        WebhookSettings.defaults()
            .allowing(
                config.ops().webhookAllow().stream()
                    .map(r -> org.dateline.shared.Cidr.parse(r).orElseThrow())
                    .toList()));
  }

  /** With webhook timings of one's own (tests shorten the backoff). */
  public Wiring(Config config, Clock clock, WebhookSettings webhooks) {
    this(config, clock, webhooks, PasswordHasher.PRODUCTION);
  }

  /** With a password hashing cost of one's own: the tests' is lower (decision 0092). */
  public Wiring(
      Config config, Clock clock, WebhookSettings webhooks, PasswordHasher.Cost passwords) {
    this(config, clock, webhooks, passwords, Database.Patience.PRODUCTION);
  }

  /** With lock waits of one's own: the tests of the refusal wait less (decision 0099). */
  public Wiring(
      Config config,
      Clock clock,
      WebhookSettings webhooks,
      PasswordHasher.Cost passwords,
      Database.Patience patience) {
    this.config = config;
    this.clock = clock;
    this.database = Database.open(config.dataDir(), config.database(), patience);
    var jdbi = database.jdbi();
    this.editions = new Editions(EditionTables.repository(jdbi), clock);
    this.sections = new Sections(SectionTables.repository(jdbi));
    this.changeLog = new ChangeLog(ChangeLogTables.repository(jdbi), clock);
    this.transactions = new Transactions(jdbi);
    this.articles =
        new Articles(
            ArticleTables.repository(jdbi),
            ArticleTables.versions(jdbi),
            sections,
            changeLog,
            transactions,
            clock);
    this.directory = new Directory(ArticleTables.directory(jdbi));
    this.feedbacks = new Feedbacks(FeedbackTables.repository(jdbi), articles, clock);
    this.curation = new Curation(CurationTables.repository(jdbi), articles);
    this.ingest = new Ingest(articles, sections, editions);
    this.demo = new DemoContent(articles, sections, ingest, editions, config.mediaDir());
    this.users =
        new Users(
            AuthTables.users(jdbi),
            AuthTables.throttle(jdbi),
            new PasswordHasher(passwords),
            transactions,
            clock);
    var storyRepository = StoryTables.repository(jdbi);
    this.stories = new Stories(storyRepository, articles, editions, transactions, clock);
    this.desk = new Desk(StoryTables.desk(jdbi), clock);
    this.notes =
        new StoryNotes(StoryTables.notes(jdbi), storyRepository, stories, transactions, clock);
    this.workflow =
        new Workflow(storyRepository, stories, articles, editions, transactions, clock, notes);
    this.translations =
        new Translations(
            stories, editions, TranslationTables.notices(database.jdbi()), transactions, clock);
    workflow.onAction(translations::followed);
    // Partners' items: every version stored is routed by the rules in the same transaction; the
    // incoming desk takes and publishes them (decision 0070). A rule's edition must be one of the
    // editions (decision 0068).
    var providerTable = IngestTables.providers(jdbi);
    var incomingTable = IngestTables.incoming(jdbi);
    this.routing =
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
    this.incoming =
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
    this.incomingDesk =
        new IncomingDesk(
            incomingTable,
            providerTable,
            stories,
            articles,
            sections,
            editions,
            transactions,
            clock);
    // Of several nodes on one store, the one holding the lease publishes (decision 0051).
    String node = Lease.nodeName();
    this.scheduler =
        new Scheduler(
            storyRepository,
            workflow,
            clock,
            new Lease(jdbi, Scheduler.LEASE, node, Duration.ofSeconds(10), clock));
    var subscriberStore = SubscriberTables.repository(jdbi);
    this.subscribers =
        new Subscribers(
            subscriberStore,
            sections,
            editions,
            changeLog,
            SigningSecrets.of(subscriberStore, config.dataDir()),
            clock);
    this.wire =
        new Wire(
            articles,
            changeLog,
            WireTables.translationLinks(jdbi),
            new WireSite(
                editions.current().siteName(),
                config.agencyDomain(),
                config.agencySince(),
                config.baseUrl()),
            new ChangeSignal(),
            clock);
    this.deliveries =
        new Deliveries(
            DeliveryTables.repository(jdbi),
            subscribers,
            wire,
            webhooks,
            clock,
            // Of several nodes, the one holding the lease sends (decision 0067).
            new Lease(jdbi, Deliveries.LEASE, node, Duration.ofSeconds(10), clock));
    this.readership = new Readership(ReadershipTables.views(jdbi), clock);
    // Database.open applied every migration (Flyway) or failed: an open store is migrated.
    this.readiness = new Readiness(changeLog::latestSeq, true);
  }

  /** Sitemap pages of {@code ids} story ids each instead of 40,000 (tests); before the start. */
  public Wiring sitemapPageSize(long ids) {
    this.sitemapPageSize = ids;
    return this;
  }

  /** Starts the public site; the page cache follows the change log, also of other processes. */
  public HttpServer startServer() {
    // The search index follows the change log: at once after a commit here, and every quarter
    // second for other processes and for a rebuilt index (decision 0029).
    search =
        new Search(
            LuceneSearch.open(searchDir(), editions.current().zone(), clock),
            articles,
            changeLog,
            stories,
            SearchTables.storyTexts(database.jdbi()));
    // A few entries behind: caught up now. Far behind (an index being built for an existing
    // store): the follower thread catches up in the background, the site answers meanwhile and
    // /readyz says "not ready" until the index follows (decision 0090).
    if (changeLog.latestSeq() - search.position() <= Readiness.MAX_LAG) {
      search.catchUp();
    }
    search.start(250);
    Search following = search;
    changeLog.onCommit(seq -> following.changed());
    // Development mode reads templates and static files from the source folders at every request.
    PageCache cache = config.dev().isPresent() ? PageCache.off() : new PageCache();
    pageCache = cache;
    Views views =
        config
            .dev()
            .map(dev -> Views.fromSources(dev.templates(), dev.compiledTemplates()))
            .orElseGet(Views::new);
    this.views = views;
    Assets assets =
        config.dev().map(dev -> Assets.fromSources(dev.staticFiles())).orElseGet(Assets::new);
    CacheHeaders caching =
        new CacheHeaders(config.ops().sharedMaxAge(), config.ops().staleWhileRevalidate());
    PublicPages pages = new PublicPages(cache, views, clock, caching);
    SiteChrome site =
        new SiteChrome(
            editions,
            sections,
            assets,
            config.baseUrl(),
            clock,
            config.agencyDomain(),
            config.agencySince());
    // Latest and most viewed beside stories: snapshots refreshed every two minutes (decision 0045).
    sideLists = new SideLists(articles, readership, cache);
    sideLists.refresh();
    ArticlePages articlePages = new ArticlePages(articles, site, pages, search, sideLists);
    NewsroomChrome newsroomChrome = new NewsroomChrome(editions, feedbacks, assets, views);
    NewsroomAccess access = new NewsroomAccess(users);
    MediaFiles media = new MediaFiles(config.mediaDir(), articles);
    // Translations between editions (decision 0076): notices follow the workflow's corrections and
    // kills, in their transactions.
    TranslationPages translationPages = new TranslationPages(translations, stories, editions);
    var deskPages =
        new DeskPages(
            stories,
            desk,
            sections,
            users,
            newsroomChrome,
            search,
            new DeskRows(stories, desk, articles),
            translationPages,
            config.baseUrl());
    NewsroomRoutes newsroom =
        new NewsroomRoutes(
            access,
            new LoginPages(users, newsroomChrome),
            deskPages,
            new DeskBulk(workflow, deskPages),
            new StoryPages(
                stories,
                desk,
                workflow,
                sections,
                newsroomChrome,
                articlePages,
                incomingDesk,
                notes,
                translationPages),
            new PhotoUpload(new Photos(config.mediaDir()), media),
            new HistoryPages(stories, newsroomChrome),
            new FeedbackPages(feedbacks, articles, newsroomChrome),
            new CurationPages(curation, articles, newsroomChrome, search),
            new SectionPages(sections, newsroomChrome),
            new UserPages(users, newsroomChrome),
            new AccountPages(users, newsroomChrome),
            new DashboardPages(
                articles, feedbacks, stories, notes, newsroomChrome, translationPages, clock),
            new SubscriberPages(subscribers, deliveries, sections, editions, newsroomChrome),
            new IncomingPages(incomingDesk, incoming, newsroomChrome),
            new RulePages(routing, incoming, sections, newsroomChrome),
            new EditionPages(editions, newsroomChrome),
            translationPages,
            new NewsroomErrors(newsroomChrome));
    Routes routes =
        new Routes(
            new ListPages(articles, sections, curation, site, pages, sideLists),
            articlePages,
            new FeedbackForm(feedbacks, articlePages, pages),
            media,
            assets,
            new FeedPages(articles, sections, site, pages),
            new SitemapPages(directory, sections, site, pages, clock, sitemapPageSize),
            new SearchPages(search, site, pages),
            new ViewBeacon(readership));
    search.onApplied(() -> cache.invalidate(java.util.Set.of(SearchPages.CACHE_KEY)));
    ApiRoutes api =
        new ApiRoutes(
            new ContentApi(articles, directory, sections, site, pages), pages, config.baseUrl());
    // The page cache follows the change log: after each commit here at once, and every half
    // second for other processes (an import, a second node), dropping only the pages a change
    // touches. Curation, sections and editions are no story change: each has its own version.
    CacheFollower follower = new CacheFollower(cache, changeLog, curation, sections, editions);
    follower.start();
    readiness.follow(new Readiness.Follower("page-cache", follower::position));
    readiness.follow(new Readiness.Follower("search", search::position));
    changeCounts = new ChangeCounts(changeLog, metrics);
    readiness.follow(new Readiness.Follower("metrics", changeCounts::position));
    // The CDN purge hook, when configured: its own thread, woken after each commit here and by
    // the poller for other processes' commits (decision 0062).
    config
        .ops()
        .purgeUrl()
        .ifPresent(
            url -> {
              purges =
                  new Purges(
                      changeLog,
                      OpsTables.purgePosition(database.jdbi()),
                      url,
                      config.ops().purgeToken(),
                      purgeBackoff);
              purges.start();
              readiness.follow(new Readiness.Follower("cdn-purge", purges::position, false));
              Purges purging = purges;
              changeLog.onCommit(seq -> purging.changed());
            });
    // After a commit the change is stored: a failure to follow it must not fail the request
    // (the poller catches up).
    Runnable catchUp =
        () -> {
          try {
            follower.catchUp();
          } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(Wiring.class).warn("change log catch-up failed", e);
          }
        };
    changeLog.onCommit(seq -> catchUp.run());
    // The wire follows the log too: long-polls wake at once on a commit here, and on the poll for
    // other processes' commits.
    Runnable followWire =
        () -> {
          try {
            wire.follow();
            subscribers.refresh();
            deliveries.wake();
          } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(Wiring.class).warn("wire follow failed", e);
          }
        };
    wire.follow();
    changeLog.onCommit(seq -> followWire.run());
    curation.onChange(version -> catchUp.run());
    sections.onChange(version -> catchUp.run());
    editions.onChange(version -> catchUp.run());
    poller =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "changelog-poller");
              t.setDaemon(true);
              return t;
            });
    // Another process (an import, a second node) may write: follow the log every half second,
    // counting the looks (tests wait on them rather than on the clock).
    ScheduledFuture<?> unused =
        poller.scheduleWithFixedDelay(
            () -> {
              catchUp.run();
              countChanges();
              if (purges != null) {
                purges.changed();
              }
              polls.incrementAndGet();
            },
            500,
            500,
            TimeUnit.MILLISECONDS);
    ScheduledFuture<?> wireFollower =
        poller.scheduleWithFixedDelay(followWire, 500, 500, TimeUnit.MILLISECONDS);
    ScheduledFuture<?> usageFlusher =
        poller.scheduleWithFixedDelay(this::flushUsage, 5, 5, TimeUnit.SECONDS);
    ScheduledFuture<?> sideRefresher =
        poller.scheduleWithFixedDelay(
            this::refreshSideLists,
            SideLists.REFRESH_SECONDS,
            SideLists.REFRESH_SECONDS,
            TimeUnit.SECONDS);
    scheduler.start();
    deliveries.start();
    // Partners' feeds: the poller reads the providers table at every tick, so providers added from
    // the command line are followed without a restart (decision 0056).
    ingestPoller = new IngestPoller(incoming);
    ingestPoller.start();
    ServerMetrics.register(metrics, cache, readiness, changeLog::latestSeq, database::poolUse);
    TrustedProxies proxies = new TrustedProxies(config.ops().trustedProxies());
    server =
        new HttpServer(
                routes,
                newsroom,
                new WireRoutes(new WireAccess(subscribers), new WireApi(wire)),
                api,
                new org.dateline.web.ingest.IngestRoutes(
                    new org.dateline.web.ingest.PushApi(incoming)),
                new Errors(site, pages),
                cache,
                new HttpServer.Operations(
                    proxies,
                    new HttpMetrics(metrics),
                    new OpsRoutes(readiness, metrics, config.ops().metricsAllow(), proxies),
                    caching,
                    config.ops().shutdownGrace(),
                    new EditionHosts(editions, proxies, config.baseUrl())))
            .start(config.host(), config.port());
    return server;
  }

  private void countChanges() {
    try {
      Objects.requireNonNull(changeCounts, "set by startServer").catchUp();
    } catch (RuntimeException e) {
      org.slf4j.LoggerFactory.getLogger(Wiring.class).warn("change counting failed", e);
    }
  }

  /** The first wait after a failed CDN purge (tests shorten it); before the start. */
  public Wiring purgeBackoff(java.time.Duration first) {
    this.purgeBackoff = first;
    return this;
  }

  /** The CDN purge follower (null unless a purge URL is configured and the server started). */
  public @Nullable Purges purges() {
    return purges;
  }

  /** Whether the server should get traffic. */
  public Readiness readiness() {
    return readiness;
  }

  /**
   * How many looks the change-log poller has finished (tests wait on it rather than on the clock).
   */
  public long polls() {
    return polls.get();
  }

  /** The started server's templates (null before {@link #startServer}). */
  public @Nullable Views views() {
    return views;
  }

  /** The started server (null before {@link #startServer}). */
  public @Nullable HttpServer server() {
    return server;
  }

  /** The public pages' cache of the started server (null before {@link #startServer}). */
  public @Nullable PageCache pageCache() {
    return pageCache;
  }

  private void flushViews() {
    try {
      readership.flush();
    } catch (RuntimeException e) {
      org.slf4j.LoggerFactory.getLogger(Wiring.class).warn("view counts flush failed", e);
    }
  }

  private void flushUsage() {
    try {
      subscribers.flushUsage();
    } catch (RuntimeException e) {
      org.slf4j.LoggerFactory.getLogger(Wiring.class).warn("usage flush failed", e);
    }
  }

  private void refreshSideLists() {
    try {
      Objects.requireNonNull(sideLists, "set by startServer").refresh();
    } catch (RuntimeException e) {
      org.slf4j.LoggerFactory.getLogger(Wiring.class).warn("side lists refresh failed", e);
    }
  }

  /** Views of stories and the most viewed list. */
  public Readership readership() {
    return readership;
  }

  /**
   * The latest and most viewed lists beside stories (null before {@link #startServer}); tests
   * refresh them rather than wait.
   */
  public @Nullable SideLists sideLists() {
    return sideLists;
  }

  public Subscribers subscribers() {
    return subscribers;
  }

  public Wire wire() {
    return wire;
  }

  public Deliveries deliveries() {
    return deliveries;
  }

  /** Search of the started server (null before {@link #startServer}). */
  public @Nullable Search search() {
    return search;
  }

  /** Rebuilds the search index next to the one in use, which keeps answering until it is done. */
  public Reindex reindex() {
    return new Reindex(
        articles,
        changeLog,
        stories,
        () -> LuceneSearch.build(searchDir(), editions.current().zone()),
        clock);
  }

  private java.nio.file.Path searchDir() {
    return config.dataDir().resolve("search");
  }

  public Database database() {
    return database;
  }

  /** Backups of this store and data folder (decision 0071). */
  public Backups backups() {
    return new Backups(database, config.dataDir(), clock);
  }

  public Editions editions() {
    return editions;
  }

  public Sections sections() {
    return sections;
  }

  public Articles articles() {
    return articles;
  }

  public Feedbacks feedbacks() {
    return feedbacks;
  }

  public Curation curation() {
    return curation;
  }

  public Ingest ingest() {
    return ingest;
  }

  /** Partners' feeds onto the incoming desk. */
  public Incoming incoming() {
    return incoming;
  }

  /** The routing rules of partners' items. */
  public Routing routing() {
    return routing;
  }

  /** The incoming desk: partners' items to take or publish. */
  public IncomingDesk incomingDesk() {
    return incomingDesk;
  }

  /** The poller of providers' folders and feeds (null before {@link #startServer}). */
  public @Nullable IngestPoller ingestPoller() {
    return ingestPoller;
  }

  public DemoContent demo() {
    return demo;
  }

  public ChangeLog changeLog() {
    return changeLog;
  }

  public Users users() {
    return users;
  }

  /** The translations' facade (decision 0076). */
  public Translations translations() {
    return translations;
  }

  public Stories stories() {
    return stories;
  }

  /** Generated newsroom stories, for benchmarks of the desk (decision 0091). */
  public GeneratedStories generatedStories() {
    return new GeneratedStories(StoryTables.bulk(database.jdbi()), stories);
  }

  public Workflow workflow() {
    return workflow;
  }

  public StoryNotes notes() {
    return notes;
  }

  public Scheduler scheduler() {
    return scheduler;
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
    if (server != null) {
      log.info("shutdown: stopping the server, requests in flight may finish");
      server.stop();
      log.info("shutdown: server stopped");
    }
    if (poller != null) {
      poller.shutdownNow();
      flushUsage(); // the counts since the last flush
      flushViews();
    }
    if (ingestPoller != null) {
      ingestPoller.close();
    }
    scheduler.close();
    deliveries.close();
    if (purges != null) {
      purges.close();
    }
    if (search != null) {
      search.close();
    }
    // Commands (import, user, ...) close a Wiring too: only a server's stop is worth a log line.
    boolean served = server != null;
    if (served) {
      log.info("shutdown: background work stopped");
    }
    database.close();
    if (served) {
      log.info("shutdown: store closed");
    }
  }
}
