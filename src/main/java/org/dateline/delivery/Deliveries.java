package org.dateline.delivery;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.dateline.shared.OnFirstUse;
import org.dateline.storage.Lease;
import org.dateline.subscriber.Subscriber;
import org.dateline.subscriber.Subscribers;
import org.dateline.wire.Wire;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Facade of webhook delivery. One dispatcher thread fills the outbox from the change log (woken
 * after each commit here, and by the poller for other processes), sends what is due without waiting
 * for answers (at most {@code maxInFlight} per subscriber, one event per story at a time, so a slow
 * receiver holds only its own), and records the answers in batches; admins read the log, redeliver,
 * and resume paused subscribers. Thread-safe.
 */
public final class Deliveries implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Deliveries.class);
  private static final long CLIENT_AFTER_NANOS = TimeUnit.SECONDS.toNanos(3);

  /** The name of the dispatcher's lease among the nodes (decision 0067). */
  public static final String LEASE = DispatchLease.NAME;

  private final DeliveryRepository repository;
  private final Subscribers subscribers;
  private final Clock clock;
  private final ExecutorService httpThreads;
  private final OnFirstUse<HttpClient> http;
  private final Semaphore wake = new Semaphore(0);
  private final AtomicBoolean fill = new AtomicBoolean(true);
  private final AtomicBoolean recheck = new AtomicBoolean(true);
  private final DispatchLease lease;
  private final Outbox outbox;
  private final Sending sending;

  private volatile boolean running;
  private @Nullable Thread loop;
  private final long seed;

  public Deliveries(
      DeliveryRepository repository,
      Subscribers subscribers,
      Wire wire,
      WebhookSettings settings,
      Clock clock,
      Lease lease) {
    this.lease =
        new DispatchLease(
            lease,
            () -> {
              // Newly the dispatcher: what the previous holder left is filled and sent from here.
              fill.set(true);
              recheck.set(true);
            });
    this.outbox = new Outbox(repository, subscribers, wire, clock);
    this.repository = repository;
    this.subscribers = subscribers;
    this.clock = clock;
    this.httpThreads =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "webhook-http");
              t.setDaemon(true);
              return t;
            });
    // Made by the dispatcher thread a few seconds after it starts, not on the thread that starts
    // the server (decisions 0095, 0105): the first webhook finds it ready, as before.
    this.http =
        OnFirstUse.of(
            () ->
                HttpClient.newBuilder()
                    .connectTimeout(settings.connectTimeout())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .executor(httpThreads)
                    .build());
    this.seed = System.nanoTime();
    WebhookSender sender =
        new WebhookSender(
            http,
            wire,
            settings,
            new Backoff(settings.backoffBase(), settings.backoffCap(), new SplittableRandom(seed)),
            clock);
    this.sending = new Sending(repository, subscribers, settings, clock, sender, wake::release);
    subscribers.onChange(
        id -> {
          recheck.set(true);
          wake();
        });
  }

  /** Starts the dispatcher thread. */
  public synchronized void start() {
    if (running) {
      return;
    }
    running = true;
    LOG.info("webhook dispatcher started; backoff jitter seed {}", seed);
    loop = new Thread(this::run, "webhook-dispatcher");
    loop.setDaemon(true);
    loop.start();
  }

  /** The change log (or the subscribers) moved: fill the outbox and send. Returns at once. */
  public void wake() {
    fill.set(true);
    wake.release();
  }

  /** The subscriber's newest deliveries, newest first. */
  public List<Delivery> log(long subscriberId, int limit) {
    return repository.log(subscriberId, limit);
  }

  /** How many of its deliveries are pending, delivered and failed. */
  public Map<DeliveryState, Long> counts(long subscriberId) {
    return repository.counts(subscriberId);
  }

  /** Its current run of failed attempts. */
  public int failureRun(long subscriberId) {
    return repository.failureRuns().getOrDefault(subscriberId, 0);
  }

  /** Sends one event again (same event id); false when the subscriber never had it. */
  public boolean redeliver(long subscriberId, long seq) {
    boolean found = repository.redeliver(subscriberId, seq, clock.instant());
    wake.release();
    return found;
  }

  /** Sends again every event since {@code since}; returns how many. */
  public int redeliverSince(long subscriberId, Instant since) {
    int n = repository.redeliverSince(subscriberId, since, clock.instant());
    wake.release();
    return n;
  }

  /** Resumes a paused subscriber with a fresh failure run; what waited goes first. */
  public Subscriber resume(long subscriberId) {
    repository.resetFailureRun(subscriberId);
    Subscriber s = subscribers.resume(subscriberId);
    wake();
    return s;
  }

  private void run() {
    long started = System.nanoTime();
    while (running) {
      try {
        // The client (TLS, a selector thread) is made here once the server has been up a few
        // seconds, off a start's busiest moment (decision 0105), or at the first send before.
        if (!http.made() && System.nanoTime() - started >= CLIENT_AFTER_NANOS) {
          var unused = http.get();
        }
        sending.recordOutcomes();
        if (!lease.holds()) {
          // Another node dispatches (decision 0067): look again in a second, to take over when
          // its lease runs out.
          wake.tryAcquire(1000, TimeUnit.MILLISECONDS);
          wake.drainPermits();
          continue;
        }
        if (fill.getAndSet(false)) {
          outbox.fill(recheck.getAndSet(false));
        }
        Map<Long, Subscriber> receiving = sending.receiving();
        boolean blocked = sending.sendDue(receiving);
        long waitMillis = 500;
        if (!blocked) {
          var next = repository.nextDue(receiving.keySet());
          if (next.isPresent()) {
            long until = next.get().toEpochMilli() - clock.millis();
            waitMillis = Math.max(1, Math.min(500, until));
          }
        }
        wake.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
        wake.drainPermits();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        LOG.warn("webhook dispatcher pass failed; trying again", e);
        try {
          Thread.sleep(500);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  @Override
  public void close() {
    running = false;
    Thread t = loop;
    if (t != null) {
      t.interrupt();
      try {
        t.join(2000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    httpThreads.shutdownNow();
    lease.release();
  }
}
