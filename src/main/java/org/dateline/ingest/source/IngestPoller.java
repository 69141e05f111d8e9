package org.dateline.ingest.source;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.dateline.ingest.Incoming;
import org.dateline.ingest.Provider;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks at every due provider on one named thread ({@code ingest-poller}), a few times a second. It
 * reads the providers table at every tick, so a provider added, paused or removed from the command
 * line is followed by a running server without a restart (decision 0056). A folder that changed is
 * looked at on the next tick, before its interval is up ({@link FolderSource#wantsLook}).
 */
public final class IngestPoller implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(IngestPoller.class);
  private static final long TICK_MILLIS = 250;

  private final Incoming incoming;
  private final FolderSource folders;
  private final HttpSource feeds;
  private final AtomicLong ticks = new AtomicLong();
  private @Nullable ScheduledExecutorService executor;

  public IngestPoller(Incoming incoming) {
    this.incoming = incoming;
    this.folders = new FolderSource(incoming);
    this.feeds = new HttpSource(incoming);
  }

  /** Starts looking. */
  public synchronized void start() {
    executor =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "ingest-poller");
              t.setDaemon(true);
              return t;
            });
    ScheduledFuture<?> unused =
        executor.scheduleWithFixedDelay(
            this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
  }

  /**
   * Looks at every due provider once, now, and at every folder that changed since the last tick
   * (the poller's tick; tests call it too).
   */
  public void tick() {
    try {
      List<Provider> all = incoming.providers(); // read once a tick
      Set<Long> looked = new HashSet<>();
      for (Provider p : incoming.due(all)) {
        looked.add(p.id());
        look(p);
      }
      for (Provider p : all) {
        if (p.kind() == Provider.SourceKind.FOLDER
            && !p.paused()
            && !looked.contains(p.id())
            && folders.wantsLook(p)) {
          look(p);
        }
      }
    } catch (RuntimeException e) {
      LOG.warn("ingest poll failed", e);
    }
    ticks.incrementAndGet();
  }

  private void look(Provider p) {
    try {
      switch (p.kind()) {
        case FOLDER -> folders.look(p);
        case URL -> feeds.fetch(p);
        case PUSH -> {}
      }
    } catch (RuntimeException e) {
      LOG.warn("ingest of provider {} failed", p.name(), e);
      incoming.fail(p, "failed: " + e.getMessage());
    }
  }

  /** Ticks finished (tests wait on them rather than on the clock). */
  public long ticks() {
    return ticks.get();
  }

  @Override
  public synchronized void close() {
    if (executor != null) {
      executor.shutdownNow();
    }
    folders.close();
  }
}
