package org.dateline.delivery;

import java.time.Duration;

/**
 * How webhooks are sent: timeouts, how many requests may be in flight per subscriber, the backoff
 * (doubling from {@code backoffBase} up to {@code backoffCap}, with jitter), when to give up on an
 * event, after how many failed attempts in a row a subscriber is paused, and how many due
 * deliveries one pass of the dispatcher reads.
 */
public record WebhookSettings(
    Duration connectTimeout,
    Duration requestTimeout,
    int maxInFlight,
    Duration backoffBase,
    Duration backoffCap,
    int maxAttempts,
    int pauseAfter,
    int dueBatch) {

  /** The usual due batch of 500. */
  public WebhookSettings(
      Duration connectTimeout,
      Duration requestTimeout,
      int maxInFlight,
      Duration backoffBase,
      Duration backoffCap,
      int maxAttempts,
      int pauseAfter) {
    this(
        connectTimeout,
        requestTimeout,
        maxInFlight,
        backoffBase,
        backoffCap,
        maxAttempts,
        pauseAfter,
        500);
  }

  public static WebhookSettings defaults() {
    return new WebhookSettings(
        Duration.ofSeconds(3),
        Duration.ofSeconds(10),
        4,
        Duration.ofSeconds(1),
        Duration.ofMinutes(10),
        15,
        50);
  }

  public WebhookSettings {
    if (maxInFlight < 1 || maxAttempts < 1 || pauseAfter < 1 || dueBatch < 1) {
      throw new IllegalArgumentException(
          "in-flight, attempts, pause-after and due batch must be positive");
    }
  }
}
