package org.dateline.newsroom.workflow;

import java.time.Clock;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.dateline.storage.Lease;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes scheduled stories when their time comes and lifts embargoes when they end. It reads due
 * stories from the store, so after a restart it publishes whatever fell due meanwhile. Runs on one
 * named thread, once a second, and only on the node that holds the lease {@value #LEASE}: of
 * several nodes on one store, one publishes (decision 0051); when it dies, another takes the lease
 * over once it has expired.
 */
public final class Scheduler implements AutoCloseable {
  /** The name of the scheduler's lease among the nodes. */
  public static final String LEASE = "newsroom.scheduler";

  private static final Logger LOG = LoggerFactory.getLogger(Scheduler.class);
  private final StoryRepository repository;
  private final Workflow workflow;
  private final Clock clock;
  private final Lease lease;
  private @Nullable ScheduledExecutorService executor;

  public Scheduler(StoryRepository repository, Workflow workflow, Clock clock, Lease lease) {
    this.repository = repository;
    this.workflow = workflow;
    this.clock = clock;
    this.lease = lease;
  }

  /** Publishes everything due now; returns how many stories it published. */
  public int runDue() {
    return runDue(() -> true);
  }

  /**
   * What the running scheduler does each second: takes or renews the lease and, when this node
   * holds it, publishes what is due, renewing the lease before each story (a run slower than the
   * lease stops rather than overlap a node that took it over). Empty when another node holds the
   * lease; else how many stories it published.
   */
  public OptionalInt tick() {
    if (!lease.hold()) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(runDue(lease::hold));
  }

  private int runDue(BooleanSupplier holding) {
    int published = 0;
    for (Story story : repository.due(clock.instant())) {
      if (!holding.getAsBoolean()) {
        break;
      }
      try {
        workflow.apply(story.id(), Workflow.Request.of(Action.PUBLISH), Optional.empty());
        published++;
      } catch (RuntimeException e) {
        LOG.warn("could not publish due story {}: {}", story.id(), e.getMessage());
      }
    }
    return published;
  }

  public void start() {
    executor =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "newsroom-scheduler");
              t.setDaemon(true);
              return t;
            });
    ScheduledFuture<?> unused =
        executor.scheduleWithFixedDelay(
            () -> {
              try {
                tick().ifPresent(n -> LOG.debug("published {} due stories", n));
              } catch (RuntimeException e) {
                LOG.warn("scheduler run failed", e);
              }
            },
            0,
            1,
            TimeUnit.SECONDS);
  }

  @Override
  public void close() {
    if (executor != null) {
      executor.shutdownNow();
      try {
        if (executor.awaitTermination(5, TimeUnit.SECONDS)) {
          // Another node may take over at once instead of waiting for the lease to expire.
          lease.release();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (RuntimeException e) {
        LOG.warn("could not give up the scheduler's lease: {}", e.getMessage());
      }
    }
  }
}
