package org.dateline.newsroom.workflow;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes scheduled stories when their time comes and lifts embargoes when they end. It reads due
 * stories from the store, so after a restart it publishes whatever fell due meanwhile. Runs on one
 * named thread, once a second.
 */
public final class Scheduler implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Scheduler.class);
  private final StoryRepository repository;
  private final Workflow workflow;
  private final Clock clock;
  private ScheduledExecutorService executor;

  public Scheduler(StoryRepository repository, Workflow workflow, Clock clock) {
    this.repository = repository;
    this.workflow = workflow;
    this.clock = clock;
  }

  /** Publishes everything due now; returns how many stories it published. */
  public int runDue() {
    int published = 0;
    for (Story story : repository.due(clock.instant())) {
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
                runDue();
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
    }
  }
}
