package org.dateline.subscriber;

import java.util.Locale;

/**
 * Whether a subscriber receives the wire: active; paused (no webhooks until an admin resumes them,
 * the pull API stays open); revoked (the key is refused at once, nothing is delivered).
 */
public enum SubscriberState {
  ACTIVE,
  PAUSED,
  REVOKED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static SubscriberState ofCode(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
