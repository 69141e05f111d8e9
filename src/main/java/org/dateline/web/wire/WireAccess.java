package org.dateline.web.wire;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Optional;
import org.dateline.subscriber.Subscriber;
import org.dateline.subscriber.Subscribers;
import org.dateline.web.Guarded;
import org.dateline.wire.WireRefused;

/**
 * The wire's guard: {@code Authorization: Bearer KEY} names an active or paused subscriber (a
 * revoked key is refused at once), the request is counted for it and admitted under its rate limit
 * (429 with {@code Retry-After} otherwise).
 */
public final class WireAccess {
  static final String SUBSCRIBER = "dateline.wire.subscriber";
  private final Subscribers subscribers;

  public WireAccess(Subscribers subscribers) {
    this.subscribers = subscribers;
  }

  /** A route for subscribers. */
  public Handler subscriber(Handler handler) {
    return new Guarded(
        "subscriber",
        ctx -> {
          Subscriber s = authenticate(ctx);
          subscribers.count(s);
          Optional<Long> retry = subscribers.admit(s);
          if (retry.isPresent()) {
            ctx.header("Retry-After", Long.toString(retry.get()));
            throw new WireRefused(
                "rate_limited",
                "Too many requests: your limit is "
                    + s.ratePerSecond()
                    + " a second. Try again in "
                    + retry.get()
                    + " s.");
          }
          ctx.attribute(SUBSCRIBER, s);
          handler.handle(ctx);
        });
  }

  static Subscriber of(Context ctx) {
    Subscriber s = ctx.attribute(SUBSCRIBER);
    if (s == null) {
      throw new IllegalStateException("a wire route without the subscriber guard");
    }
    return s;
  }

  private Subscriber authenticate(Context ctx) {
    String header = ctx.header("Authorization");
    String key =
        header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
            ? header.substring(7).strip()
            : "";
    ctx.header("WWW-Authenticate", "Bearer realm=\"wire\"");
    if (key.isEmpty()) {
      throw new WireRefused("unauthorized", "Send your API key as \"Authorization: Bearer KEY\".");
    }
    return subscribers
        .authenticate(key)
        .orElseThrow(
            () -> new WireRefused("unauthorized", "This API key is not valid (or was revoked)."));
  }
}
