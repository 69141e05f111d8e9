package org.dateline.delivery;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Port: the webhook outbox and, per subscriber, how far it was filled and its failure run. */
public interface DeliveryRepository {
  /** How far the outbox was filled for the subscriber (absent before its first fill). */
  Optional<Long> enqueuedUpTo(long subscriberId);

  /**
   * Adds the events for the subscriber and moves its fill mark to {@code upTo}, in one transaction
   * (with the other subscribers' fills of the same call).
   */
  void enqueue(Map<Long, Fill> fills, Instant at);

  /** The events to add for one subscriber and how far its fill mark moves. */
  record Fill(List<NewDelivery> deliveries, long upTo) {}

  /** An event to add. */
  record NewDelivery(long seq, long storyId, int version, String action, Instant eventAt) {}

  /**
   * Pending deliveries due by {@code now} for the given subscribers (those that receive webhooks),
   * oldest first, each the earliest pending one of its story for its subscriber (so a story's
   * events go in order), at most {@code perSubscriber} of each subscriber (so one subscriber's
   * backlog never crowds the others out of the batch) and {@code limit} in all.
   */
  List<Delivery> due(Instant now, Collection<Long> subscriberIds, int perSubscriber, int limit);

  /** When the next pending delivery of one of the given subscribers falls due, if any. */
  Optional<Instant> nextDue(Collection<Long> subscriberIds);

  /**
   * Records attempts' outcomes and the subscribers' failure runs, in one transaction; an outcome of
   * an earlier round (the delivery was redelivered meanwhile) changes nothing.
   */
  void record(Collection<Outcome> outcomes);

  /** What one attempt gave and what becomes of the delivery. */
  record Outcome(
      long subscriberId,
      long seq,
      int round,
      DeliveryState state,
      Instant attemptedAt,
      Optional<Integer> status,
      Optional<String> error,
      Instant nextAttemptAt) {}

  /**
   * Claims the attempts this dispatcher is about to send (decision 0125): each delivery still
   * pending, of the same round and due by {@code now} gets its next attempt moved to {@code until},
   * so no other dispatcher selects it while this one sends — a node that lost the dispatcher's
   * lease while an attempt was in flight, and the node that took the lease over, never both send
   * it. The answer's {@link #record} sets the real next attempt; a node that dies mid-send leaves
   * the delivery due again at {@code until}. Returns the deliveries claimed (those another
   * dispatcher claimed or answered first are left out).
   */
  List<Delivery> claim(List<Delivery> deliveries, Instant now, Instant until);

  /** Each subscriber's run of failed attempts. */
  Map<Long, Integer> failureRuns();

  void resetFailureRun(long subscriberId);

  /** The newest deliveries of a subscriber, newest first. */
  List<Delivery> log(long subscriberId, int limit);

  /** How many of the subscriber's deliveries are in each state. */
  Map<DeliveryState, Long> counts(long subscriberId);

  /** Makes one delivery pending again, due now; false when there is none. */
  boolean redeliver(long subscriberId, long seq, Instant now);

  /** Makes every delivery of events since {@code since} pending again; returns how many. */
  int redeliverSince(long subscriberId, Instant since, Instant now);
}
