package org.dateline.delivery;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.dateline.delivery.DeliveryRepository.Outcome;
import org.dateline.storage.Lease;
import org.dateline.subscriber.Subscriber;
import org.dateline.subscriber.SubscriberState;
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

  /** The name of the dispatcher's lease among the nodes (decision 0067). */
  public static final String LEASE = DispatchLease.NAME;

  private final DeliveryRepository repository;
  private final Subscribers subscribers;
  private final Wire wire;
  private final WebhookSettings settings;
  private final Clock clock;
  private final ExecutorService httpThreads;
  private final WebhookSender sender;
  private final Semaphore wake = new Semaphore(0);
  private final AtomicBoolean fill = new AtomicBoolean(true);
  private final AtomicBoolean recheck = new AtomicBoolean(true);
  private final Queue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
  private final DispatchLease lease;
  private final Outbox outbox;

  /** Per subscriber: the deliveries sent and not yet recorded (seq → story). */
  private final Map<Long, Map<Long, Long>> inFlight = new ConcurrentHashMap<>();

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
    this.wire = wire;
    this.settings = settings;
    this.clock = clock;
    this.httpThreads =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "webhook-http");
              t.setDaemon(true);
              return t;
            });
    HttpClient http =
        HttpClient.newBuilder()
            .connectTimeout(settings.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .executor(httpThreads)
            .build();
    this.seed = System.nanoTime();
    this.sender =
        new WebhookSender(
            http,
            wire,
            settings,
            new Backoff(settings.backoffBase(), settings.backoffCap(), new SplittableRandom(seed)),
            clock);
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
    while (running) {
      try {
        recordOutcomes();
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
        Map<Long, Subscriber> receiving = receiving();
        boolean blocked = sendDue(receiving);
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

  /**
   * The subscribers whose webhooks can be sent now: active, with a webhook URL, and a free slot. A
   * paused subscriber's backlog or a slow one's full slots are not read, so they never fill the due
   * batch ahead of the others' events; a freed slot wakes the dispatcher.
   */
  private Map<Long, Subscriber> receiving() {
    Map<Long, Subscriber> out = new HashMap<>();
    for (Subscriber s : subscribers.all()) {
      if (s.receivesWebhooks()
          && inFlight.getOrDefault(s.id(), Map.of()).size() < settings.maxInFlight()) {
        out.put(s.id(), s);
      }
    }
    return out;
  }

  /** Sends what is due and allowed; true when something due waits for a slot. */
  private boolean sendDue(Map<Long, Subscriber> receiving) {
    List<Delivery> due =
        repository.due(
            clock.instant(), receiving.keySet(), 2 * settings.maxInFlight(), settings.dueBatch());
    if (due.isEmpty()) {
      return false;
    }
    boolean blocked = false;
    for (Delivery d : due) {
      Subscriber s = receiving.get(d.subscriberId());
      if (s == null) {
        continue;
      }
      Map<Long, Long> mine = inFlight.computeIfAbsent(s.id(), id -> new ConcurrentHashMap<>());
      // One event per story at a time (order), a few per subscriber (a slow one holds only its
      // own).
      if (mine.containsKey(d.seq())
          || mine.containsValue(d.storyId())
          || mine.size() >= settings.maxInFlight()) {
        blocked = true;
        continue;
      }
      mine.put(d.seq(), d.storyId());
      // The outcome, failure included, is recorded by whenComplete; nothing waits on the future.
      var unused =
          sender
              .send(s, subscribers.secret(s), d)
              .whenComplete(
                  (outcome, failure) -> {
                    Instant now = clock.instant();
                    outcomes.add(
                        outcome != null
                            ? outcome
                            : new Outcome(
                                d.subscriberId(),
                                d.seq(),
                                d.round(),
                                DeliveryState.PENDING,
                                now,
                                java.util.Optional.empty(),
                                java.util.Optional.of(String.valueOf(failure)),
                                now.plusSeconds(1)));
                    wake.release();
                  });
    }
    return blocked;
  }

  /** Writes the answers that came in, then frees their slots and pauses failing subscribers. */
  private void recordOutcomes() {
    List<Outcome> done = new ArrayList<>();
    for (Outcome o; (o = outcomes.poll()) != null; ) {
      done.add(o);
    }
    if (done.isEmpty()) {
      return;
    }
    try {
      repository.record(done);
    } catch (RuntimeException e) {
      outcomes.addAll(done); // not written: keep them (and their slots) for the next pass
      throw e;
    }
    // Freed only once written: until then the store says pending, and it must not go twice.
    for (Outcome o : done) {
      Map<Long, Long> mine = inFlight.get(o.subscriberId());
      if (mine != null) {
        mine.remove(o.seq());
      }
    }
    Map<Long, Integer> runs = repository.failureRuns();
    for (Long id : done.stream().map(Outcome::subscriberId).distinct().toList()) {
      if (runs.getOrDefault(id, 0) >= settings.pauseAfter()) {
        subscribers
            .find(id)
            .filter(s -> s.state() == SubscriberState.ACTIVE)
            .ifPresent(
                s ->
                    subscribers.pause(
                        id, "paused after " + settings.pauseAfter() + " failed attempts in a row"));
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
