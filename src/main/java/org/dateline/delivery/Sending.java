package org.dateline.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.dateline.delivery.DeliveryRepository.Outcome;
import org.dateline.subscriber.Subscriber;
import org.dateline.subscriber.SubscriberState;
import org.dateline.subscriber.Subscribers;

/**
 * The dispatcher's sending, for {@link Deliveries}: which subscribers have a free slot, what is
 * sent now (one event per story at a time, at most {@code maxInFlight} per subscriber), and the
 * answers written in batches, freeing their slots and pausing subscribers that keep failing. Its
 * methods run on the dispatcher thread; the answers arrive on the HTTP client's threads, through a
 * concurrent queue, and {@code answered} wakes the dispatcher.
 */
final class Sending {
  private final DeliveryRepository repository;
  private final Subscribers subscribers;
  private final WebhookSettings settings;
  private final Clock clock;
  private final WebhookSender sender;
  private final Runnable answered;
  private static final Duration CLAIM_MARGIN = Duration.ofSeconds(30);

  private final Queue<Outcome> outcomes = new ConcurrentLinkedQueue<>();

  /** Per subscriber: the deliveries sent and not yet recorded (seq → story). */
  private final Map<Long, Map<Long, Long>> inFlight = new ConcurrentHashMap<>();

  Sending(
      DeliveryRepository repository,
      Subscribers subscribers,
      WebhookSettings settings,
      Clock clock,
      WebhookSender sender,
      Runnable answered) {
    this.repository = repository;
    this.subscribers = subscribers;
    this.settings = settings;
    this.clock = clock;
    this.sender = sender;
    this.answered = answered;
  }

  /**
   * The subscribers whose webhooks can be sent now: active, with a webhook URL, and a free slot. A
   * paused subscriber's backlog or a slow one's full slots are not read, so they never fill the due
   * batch ahead of the others' events; a freed slot wakes the dispatcher.
   */
  Map<Long, Subscriber> receiving() {
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
  boolean sendDue(Map<Long, Subscriber> receiving) {
    List<Delivery> due =
        repository.due(
            clock.instant(), receiving.keySet(), 2 * settings.maxInFlight(), settings.dueBatch());
    if (due.isEmpty()) {
      return false;
    }
    boolean blocked = false;
    List<Delivery> chosen = new ArrayList<>();
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
      chosen.add(d);
    }
    // Claimed in the store before they go (decision 0125): another node's dispatcher (one that
    // took the lease over while these were in flight, or one that lost it) never sends them too.
    Instant now = clock.instant();
    List<Delivery> claimed = List.of();
    try {
      claimed = repository.claim(chosen, now, now.plus(claimWindow()));
    } finally {
      for (Delivery d : chosen) {
        if (!claimed.contains(d)) {
          Objects.requireNonNull(inFlight.get(d.subscriberId())).remove(d.seq());
        }
      }
    }
    for (Delivery d : claimed) {
      Subscriber s = Objects.requireNonNull(receiving.get(d.subscriberId()));
      // The outcome, failure included, is recorded by whenComplete; nothing waits on the future.
      var unused =
          sender
              .send(s, subscribers.secret(s), d)
              .whenComplete(
                  (outcome, failure) -> {
                    Instant at = clock.instant();
                    outcomes.add(
                        outcome != null
                            ? outcome
                            : new Outcome(
                                d.subscriberId(),
                                d.seq(),
                                d.round(),
                                DeliveryState.PENDING,
                                at,
                                Optional.empty(),
                                Optional.of(String.valueOf(failure)),
                                at.plusSeconds(1)));
                    answered.run();
                  });
    }
    return blocked;
  }

  /**
   * How long a claimed attempt is kept from other dispatchers: longer than the attempt can take
   * (its connect and request timeouts) with room for writing its answer, so only a dispatcher that
   * died while sending lets another send it again, once the window has passed.
   */
  private Duration claimWindow() {
    return settings.connectTimeout().plus(settings.requestTimeout()).plus(CLAIM_MARGIN);
  }

  /** Writes the answers that came in, then frees their slots and pauses failing subscribers. */
  void recordOutcomes() {
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
}
