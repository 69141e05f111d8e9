package org.dateline.delivery;

import java.time.Duration;
import java.util.List;
import org.dateline.shared.Cidr;

/**
 * How webhooks are sent: timeouts, how many requests may be in flight per subscriber, the backoff
 * (doubling from {@code backoffBase} up to {@code backoffCap}, with jitter), when to give up on an
 * event, after how many failed attempts in a row a subscriber is paused, and how many due
 * deliveries one pass of the dispatcher reads; and the ranges of non-public addresses webhooks may
 * still go to ({@code webhooks.allow}; none by default, decision 0074).
 */
public record WebhookSettings(
    Duration connectTimeout,
    Duration requestTimeout,
    int maxInFlight,
    Duration backoffBase,
    Duration backoffCap,
    int maxAttempts,
    int pauseAfter,
    int dueBatch,
    List<Cidr> allowedTargets) {

  /** To public addresses only. */
  public WebhookSettings(
      Duration connectTimeout,
      Duration requestTimeout,
      int maxInFlight,
      Duration backoffBase,
      Duration backoffCap,
      int maxAttempts,
      int pauseAfter,
      int dueBatch) {
    this(
        connectTimeout,
        requestTimeout,
        maxInFlight,
        backoffBase,
        backoffCap,
        maxAttempts,
        pauseAfter,
        dueBatch,
        List.of());
  }

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

  /** The same settings, also sending to addresses in {@code ranges}. */
  public WebhookSettings allowing(List<Cidr> ranges) {
    return new WebhookSettings(
        connectTimeout,
        requestTimeout,
        maxInFlight,
        backoffBase,
        backoffCap,
        maxAttempts,
        pauseAfter,
        dueBatch,
        ranges);
  }

  public WebhookSettings {
    allowedTargets = List.copyOf(allowedTargets);
    if (maxInFlight < 1 || maxAttempts < 1 || pauseAfter < 1 || dueBatch < 1) {
      throw new IllegalArgumentException(
          "in-flight, attempts, pause-after and due batch must be positive");
    }
  }
}
