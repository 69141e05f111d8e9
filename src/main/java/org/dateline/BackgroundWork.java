package org.dateline;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.dateline.ingest.source.IngestPoller;
import org.dateline.ops.ChangeCounts;
import org.dateline.ops.Purges;
import org.dateline.ops.Readiness;
import org.dateline.ops.jdbi.OpsTables;
import org.dateline.readership.Readership;
import org.dateline.search.Search;
import org.dateline.subscriber.Subscribers;
import org.dateline.web.CacheFollower;
import org.dateline.web.site.SideLists;
import org.jspecify.annotations.Nullable;

/**
 * What a started server runs beside its requests: the followers of the change log (page cache,
 * wire, metrics, CDN purges), the poller of other processes' changes, the flushes of counts, the
 * scheduler, the webhook dispatcher and the partners' feeds. Started once; stopped by {@link
 * Wiring#close}.
 */
final class BackgroundWork {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Wiring.class);
  private final ScheduledExecutorService poller;
  private final AtomicLong polls = new AtomicLong();
  private final ChangeCounts changeCounts;
  private final @Nullable Purges purges;
  private final IngestPoller ingestPoller;
  private final Subscribers subscribers;
  private final Readership readership;
  private final SideLists sideLists;

  private BackgroundWork(
      ChangeCounts changeCounts,
      @Nullable Purges purges,
      IngestPoller ingestPoller,
      Subscribers subscribers,
      Readership readership,
      SideLists sideLists) {
    this.changeCounts = changeCounts;
    this.purges = purges;
    this.ingestPoller = ingestPoller;
    this.subscribers = subscribers;
    this.readership = readership;
    this.sideLists = sideLists;
    this.poller =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "changelog-poller");
              t.setDaemon(true);
              return t;
            });
  }

  /** Starts every follower and background thread of a server over these parts. */
  static BackgroundWork start(
      Features features,
      SiteSurface siteSurface,
      Search search,
      Readiness readiness,
      PrometheusRegistry metrics,
      Duration purgeBackoff) {
    var config = features.config();
    var store = features.store();
    var newsroom = features.newsroom();
    var partners = features.partners();
    var wireParts = features.wire();
    var changeLog = store.changeLog();
    var curation = store.curation();
    var sections = store.sections();
    var editions = store.editions();
    var wire = wireParts.wire();
    var subscribers = wireParts.subscribers();
    var deliveries = wireParts.deliveries();
    var cache = siteSurface.cache();
    // The page cache follows the change log: after each commit here at once, and every half
    // second for other processes (an import, a second node), dropping only the pages a change
    // touches. Curation, sections and editions are no story change: each has its own version.
    CacheFollower follower = new CacheFollower(cache, changeLog, curation, sections, editions);
    follower.start();
    readiness.follow(new Readiness.Follower("page-cache", follower::position));
    readiness.follow(new Readiness.Follower("search", search::position));
    var changeCounts = new ChangeCounts(changeLog, metrics);
    readiness.follow(new Readiness.Follower("metrics", changeCounts::position));
    // The CDN purge hook, when configured: its own thread, woken after each commit here and by
    // the poller for other processes' commits (decision 0062).
    @Nullable Purges purges =
        config
            .ops()
            .purgeUrl()
            .map(
                url -> {
                  Purges purging =
                      new Purges(
                          changeLog,
                          OpsTables.purgePosition(store.database().jdbi()),
                          url,
                          config.ops().purgeToken(),
                          purgeBackoff);
                  purging.start();
                  readiness.follow(new Readiness.Follower("cdn-purge", purging::position, false));
                  changeLog.onCommit(seq -> purging.changed());
                  return purging;
                })
            .orElse(null);
    // After a commit the change is stored: a failure to follow it must not fail the request
    // (the poller catches up).
    Runnable catchUp =
        () -> {
          try {
            follower.catchUp();
          } catch (RuntimeException e) {
            LOG.warn("change log catch-up failed", e);
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
            LOG.warn("wire follow failed", e);
          }
        };
    wire.follow();
    changeLog.onCommit(seq -> followWire.run());
    curation.onChange(version -> catchUp.run());
    sections.onChange(version -> catchUp.run());
    editions.onChange(version -> catchUp.run());
    // Partners' feeds: the poller reads the providers table at every tick, so providers added from
    // the command line are followed without a restart (decision 0056).
    var ingestPoller = new IngestPoller(partners.incoming());
    var work =
        new BackgroundWork(
            changeCounts,
            purges,
            ingestPoller,
            subscribers,
            store.readership(),
            siteSurface.sideLists());
    ScheduledExecutorService poller = work.poller;
    // Another process (an import, a second node) may write: follow the log every half second,
    // counting the looks (tests wait on them rather than on the clock).
    ScheduledFuture<?> unused =
        poller.scheduleWithFixedDelay(
            () -> {
              catchUp.run();
              work.countChanges();
              if (purges != null) {
                purges.changed();
              }
              work.polls.incrementAndGet();
            },
            500,
            500,
            TimeUnit.MILLISECONDS);
    ScheduledFuture<?> wireFollower =
        poller.scheduleWithFixedDelay(followWire, 500, 500, TimeUnit.MILLISECONDS);
    ScheduledFuture<?> usageFlusher =
        poller.scheduleWithFixedDelay(work::flushUsage, 5, 5, TimeUnit.SECONDS);
    ScheduledFuture<?> sideRefresher =
        poller.scheduleWithFixedDelay(
            work::refreshSideLists,
            SideLists.REFRESH_SECONDS,
            SideLists.REFRESH_SECONDS,
            TimeUnit.SECONDS);
    newsroom.scheduler().start();
    deliveries.start();
    ingestPoller.start();
    return work;
  }

  /** How many looks the change-log poller has finished. */
  long polls() {
    return polls.get();
  }

  /** The CDN purge follower, when a purge URL is configured. */
  @Nullable Purges purges() {
    return purges;
  }

  IngestPoller ingestPoller() {
    return ingestPoller;
  }

  /** Stops the poller, flushes the counts since the last flush, stops the partners' feeds. */
  void stopPolling() {
    poller.shutdownNow();
    flushUsage(); // the counts since the last flush
    flushViews();
    ingestPoller.close();
  }

  /** Stops the CDN purges (after the scheduler and the dispatcher, whose commits it follows). */
  void stopPurges() {
    if (purges != null) {
      purges.close();
    }
  }

  private void countChanges() {
    try {
      changeCounts.catchUp();
    } catch (RuntimeException e) {
      LOG.warn("change counting failed", e);
    }
  }

  private void flushViews() {
    try {
      readership.flush();
    } catch (RuntimeException e) {
      LOG.warn("view counts flush failed", e);
    }
  }

  private void flushUsage() {
    try {
      subscribers.flushUsage();
    } catch (RuntimeException e) {
      LOG.warn("usage flush failed", e);
    }
  }

  private void refreshSideLists() {
    try {
      sideLists.refresh();
    } catch (RuntimeException e) {
      LOG.warn("side lists refresh failed", e);
    }
  }
}
