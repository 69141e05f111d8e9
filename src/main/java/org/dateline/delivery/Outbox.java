package org.dateline.delivery;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dateline.article.ArticleVersionRepository;
import org.dateline.subscriber.Subscriber;
import org.dateline.subscriber.SubscriberState;
import org.dateline.subscriber.Subscribers;
import org.dateline.wire.Wire;

/**
 * The webhook outbox's filling: the change log's events, filtered by each webhook subscriber's
 * sections and editions, added to its deliveries from its own fill mark, a thousand events at a
 * time. Only the dispatcher's thread calls it.
 */
final class Outbox {
  private static final int FILL_BATCH = 1000;

  private final DeliveryRepository repository;
  private final Subscribers subscribers;
  private final Wire wire;
  private final Clock clock;
  private long filledTo = -1;

  Outbox(DeliveryRepository repository, Subscribers subscribers, Wire wire, Clock clock) {
    this.repository = repository;
    this.subscribers = subscribers;
    this.wire = wire;
    this.clock = clock;
  }

  /**
   * Adds the change log's new events to each subscriber's outbox, each with its fill mark; with
   * {@code recheck} (the subscribers changed) even when the log has not moved.
   */
  void fill(boolean recheck) {
    long latest = wire.latestSeq();
    if (!recheck && latest <= filledTo) {
      return;
    }
    List<Subscriber> receivers =
        subscribers.all().stream()
            .filter(s -> s.state() != SubscriberState.REVOKED && s.webhookUrl().isPresent())
            .toList();
    Map<Long, Long> marks = new HashMap<>();
    for (Subscriber s : receivers) {
      marks.put(s.id(), repository.enqueuedUpTo(s.id()).orElse(s.startSeq()));
    }
    if (marks.isEmpty()
        || (latest <= filledTo && marks.values().stream().allMatch(m -> m >= latest))) {
      filledTo = latest;
      return;
    }
    long from = marks.values().stream().mapToLong(Long::longValue).min().orElse(latest);
    while (from < latest) {
      var events = wire.eventsAfter(from, FILL_BATCH);
      if (events.isEmpty()) {
        break;
      }
      var facts = wire.facts(events);
      long last = events.get(events.size() - 1).seq();
      Map<Long, DeliveryRepository.Fill> fills = new HashMap<>();
      for (Subscriber s : receivers) {
        long mark = marks.getOrDefault(s.id(), s.startSeq()); // every receiver has one (above)
        if (mark >= last) {
          continue;
        }
        List<DeliveryRepository.NewDelivery> add = new ArrayList<>();
        for (var e : events) {
          var f = facts.get(new ArticleVersionRepository.VersionKey(e.storyId(), e.version()));
          if (e.seq() > mark && f != null && s.wants(f.section(), f.edition())) {
            add.add(
                new DeliveryRepository.NewDelivery(
                    e.seq(), e.storyId(), e.version(), e.action().code(), e.at()));
          }
        }
        fills.put(s.id(), new DeliveryRepository.Fill(add, last));
        marks.put(s.id(), last);
      }
      if (!fills.isEmpty()) {
        repository.enqueue(fills, clock.instant());
      }
      from = last;
    }
    filledTo = latest;
  }
}
