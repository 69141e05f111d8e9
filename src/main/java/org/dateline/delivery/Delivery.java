package org.dateline.delivery;

import java.time.Instant;
import java.util.Optional;
import org.dateline.changelog.ChangeAction;

/** One event for one subscriber in the outbox, with what its attempts gave. */
public record Delivery(
    long subscriberId,
    long seq,
    long storyId,
    int version,
    ChangeAction action,
    Instant eventAt,
    DeliveryState state,
    int attempts,
    Instant nextAttemptAt,
    Optional<Integer> lastStatus,
    Optional<String> lastError,
    Optional<Instant> lastAttemptAt,
    Optional<Instant> deliveredAt,
    int round) {

  /** The event's id, also the idempotency key: the same on every attempt and redelivery. */
  public String eventId() {
    return "evt_" + seq;
  }
}
