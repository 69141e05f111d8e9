package org.dateline.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.dateline.delivery.DeliveryRepository.Outcome;
import org.dateline.subscriber.Subscriber;
import org.dateline.wire.Cursors;
import org.dateline.wire.Wire;
import org.dateline.wire.WireEvent;
import org.dateline.wire.WireRefused;

/**
 * Sends one delivery: the event and the ninjs item at the event's version as JSON, signed, with its
 * idempotency key; and judges the answer (2xx delivered; 408, 429, 5xx, timeouts and connection
 * failures retried; any other answer given up). A URL that resolves to an address webhooks may not
 * go to counts as a failed attempt, with the reason. Thread-safe.
 */
final class WebhookSender {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Supplier<HttpClient> http;
  private final Wire wire;
  private final WebhookSettings settings;
  private final Backoff backoff;
  private final Clock clock;
  private final WebhookTargets targets;

  WebhookSender(
      Supplier<HttpClient> http,
      Wire wire,
      WebhookSettings settings,
      Backoff backoff,
      Clock clock) {
    this.http = http;
    this.wire = wire;
    this.settings = settings;
    this.backoff = backoff;
    this.clock = clock;
    this.targets = new WebhookTargets(settings.allowedTargets());
  }

  /** The body of a delivery's webhook: the same bytes on every attempt. */
  String body(Delivery d) {
    WireEvent e = new WireEvent(d.seq(), d.storyId(), d.action(), d.version(), d.eventAt());
    ObjectNode event = JSON.createObjectNode();
    event
        .put("id", e.id())
        .put("type", e.type())
        .put("story", e.storyId())
        .put("version", e.version())
        .put("at", e.at().toString())
        .put("cursor", Cursors.of(e.seq()));
    String item;
    try {
      item = wire.ninjs(d.storyId(), d.version());
    } catch (WireRefused gone) {
      item = "null"; // no stored snapshot of that version (a bulk load): the event alone
    }
    return "{\"event\":" + event + ",\"item\":" + item + "}";
  }

  CompletableFuture<Outcome> send(Subscriber s, String secret, Delivery d) {
    String body;
    try {
      body = body(d);
    } catch (RuntimeException e) {
      return CompletableFuture.completedFuture(
          retry(
              d,
              Optional.empty(),
              "could not build the event: " + e.getMessage(),
              Optional.empty()));
    }
    URI url = URI.create(s.webhookUrl().orElseThrow());
    Optional<String> refused = targets.refusal(url);
    if (refused.isPresent()) {
      return CompletableFuture.completedFuture(
          retry(d, Optional.empty(), refused.get(), Optional.empty()));
    }
    Instant now = clock.instant();
    HttpRequest request =
        HttpRequest.newBuilder(url)
            .timeout(settings.requestTimeout())
            .header("Content-Type", "application/json; charset=utf-8")
            .header("User-Agent", "Dateline-Webhooks/1")
            .header(
                "X-Dateline-Event",
                new WireEvent(d.seq(), d.storyId(), d.action(), d.version(), d.eventAt()).type())
            .header("X-Dateline-Event-Id", d.eventId())
            .header("Idempotency-Key", d.eventId())
            .header("X-Dateline-Attempt", Integer.toString(d.attempts() + 1))
            .header("X-Dateline-Signature", Signatures.header(secret, now.getEpochSecond(), body))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return http.get()
        .sendAsync(request, HttpResponse.BodyHandlers.discarding())
        .handle(
            (response, failure) -> {
              if (failure != null) {
                Throwable cause =
                    failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause()
                        : failure;
                String what =
                    cause instanceof HttpTimeoutException
                        ? "timed out"
                        : cause.getClass().getSimpleName()
                            + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
                return retry(d, Optional.empty(), what, Optional.empty());
              }
              return judge(d, response);
            });
  }

  private Outcome judge(Delivery d, HttpResponse<Void> response) {
    int status = response.statusCode();
    Instant now = clock.instant();
    if (status >= 200 && status < 300) {
      return new Outcome(
          d.subscriberId(),
          d.seq(),
          d.round(),
          DeliveryState.DELIVERED,
          now,
          Optional.of(status),
          Optional.empty(),
          now);
    }
    if (status == 408 || status == 429 || status >= 500) {
      return retry(
          d, Optional.of(status), "HTTP " + status, response.headers().firstValue("Retry-After"));
    }
    return new Outcome(
        d.subscriberId(),
        d.seq(),
        d.round(),
        DeliveryState.FAILED,
        now,
        Optional.of(status),
        Optional.of("HTTP " + status + ": not retried"),
        now);
  }

  private Outcome retry(
      Delivery d, Optional<Integer> status, String error, Optional<String> retryAfter) {
    Instant now = clock.instant();
    int attempts = d.attempts() + 1;
    if (attempts >= settings.maxAttempts()) {
      return new Outcome(
          d.subscriberId(),
          d.seq(),
          d.round(),
          DeliveryState.FAILED,
          now,
          status,
          Optional.of(error + "; gave up after " + attempts + " attempts"),
          now);
    }
    return new Outcome(
        d.subscriberId(),
        d.seq(),
        d.round(),
        DeliveryState.PENDING,
        now,
        status,
        Optional.of(error),
        backoff.next(now, attempts, retryAfter));
  }
}
